package org.openbbic.export.internal;

import org.openbbic.export.Strictness;
import org.openbbic.validation.Severity;

/**
 * The one place a read's strictness decides anything: how it grades content it can step over (an
 * unknown, repeated or out-of-order field) and whether such content stops the read before binding.
 * The JSON and XML readers, single and batch, ask it instead of branching on {@link Strictness}.
 * Immutable and thread-safe.
 */
public enum ReadErrors {
  /** {@link Strictness#STRICT}: stepped-over content is an error, and the read yields no object. */
  STRICT(Severity.ERROR),
  /** {@link Strictness#LENIENT}: stepped-over content is a warning; the object is still read. */
  LENIENT(Severity.WARNING);

  private final Severity steppedOver;

  ReadErrors(Severity steppedOver) {
    this.steppedOver = steppedOver;
  }

  /** The handler of {@code strictness}. */
  public static ReadErrors of(Strictness strictness) {
    return strictness == Strictness.STRICT ? STRICT : LENIENT;
  }

  /** The severity of content the read can step over: a field unknown, repeated or out of order. */
  public Severity steppedOver() {
    return steppedOver;
  }

  /**
   * Whether a blocking finding of the scan (a repeated field) ends the read before binding, and the
   * binding itself refuses a repeated field: when stepped-over content is an error.
   */
  public boolean stopsAtSteppedOver() {
    return steppedOver.isBlocking();
  }
}
