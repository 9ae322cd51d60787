package org.openbbic.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A valid document or case file with exactly one rule broken, and the finding a conforming
 * validator must give for it: the code of {@code docs/rules.md} and the JSON Pointer of the field
 * that breaks it (relative to the mutated value). A case file is judged on a stated day, {@link
 * #asOf()}: deadlines still open on it are due or overdue.
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
  private final LocalDate asOf;
  private final List<String> alsoCodes;

  Mutation(String name, String code, String pointer, T value) {
    this(name, code, pointer, value, null);
  }

  Mutation(String name, String code, String pointer, T value, LocalDate asOf) {
    this(name, code, pointer, value, asOf, List.of());
  }

  Mutation(
      String name, String code, String pointer, T value, LocalDate asOf, List<String> alsoCodes) {
    this.name = Objects.requireNonNull(name, "name");
    this.code = Objects.requireNonNull(code, "code");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.value = Objects.requireNonNull(value, "value");
    this.asOf = asOf;
    this.alsoCodes = List.copyOf(alsoCodes);
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

  /**
   * The day the value is judged on ({@code validateCase(value, level, asOf)}): present for every
   * case-file mutation, empty for a single document (whose rules need no reference day).
   */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /**
   * Codes the broken rule cannot come without in a generated value, found at any pointer (its own
   * code too when it is found at other pointers as well): empty for a mutation that breaks its rule
   * alone (no other ERROR or WARNING finding).
   */
  public List<String> alsoCodes() {
    return alsoCodes;
  }

  /**
   * The same mutation with {@code prefix} put before the pointer, another value and the day it is
   * judged on.
   */
  <U> Mutation<U> lift(String prefix, U newValue, LocalDate newAsOf) {
    return new Mutation<>(name, code, prefix + pointer, newValue, newAsOf, alsoCodes);
  }

  /** Name, code, pointer and day; never a value of the document. */
  @Override
  public String toString() {
    return name + " -> " + code + " at " + pointer + (asOf == null ? "" : " as of " + asOf);
  }
}
