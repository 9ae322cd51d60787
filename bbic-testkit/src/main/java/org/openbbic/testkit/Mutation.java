package org.openbbic.testkit;

import java.util.Objects;

/**
 * A valid document or case file with exactly one rule broken, and the finding a conforming
 * validator must give for it: the code of {@code docs/rules.md} and the JSON Pointer of the field
 * that breaks it (relative to the mutated value).
 *
 * <p>Immutable and thread-safe as long as the mutated value is not shared with mutable code (the
 * BBIC form classes are immutable).
 *
 * @param <T> the document type or {@link org.openbbic.forms.CaseFile}
 * @since 0.1
 */
public final class Mutation<T> {

  private final String name;
  private final String code;
  private final String pointer;
  private final T value;

  Mutation(String name, String code, String pointer, T value) {
    this.name = Objects.requireNonNull(name, "name");
    this.code = Objects.requireNonNull(code, "code");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * A short, stable English name of what was broken, e.g. {@code investigation-without-analysis}.
   */
  public String name() {
    return name;
  }

  /** The finding code the broken rule yields, e.g. {@code BBIC-FLD-001}. */
  public String code() {
    return code;
  }

  /** The JSON Pointer of the finding, relative to {@link #value()}. */
  public String pointer() {
    return pointer;
  }

  /** The mutated document or case file. */
  public T value() {
    return value;
  }

  /** The same mutation with {@code prefix} put before the pointer and another value. */
  <U> Mutation<U> lift(String prefix, U newValue) {
    return new Mutation<>(name, code, prefix + pointer, newValue);
  }

  /** Name, code and pointer; never a value of the document. */
  @Override
  public String toString() {
    return name + " -> " + code + " at " + pointer;
  }
}
