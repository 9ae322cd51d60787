package org.openbbic.model;

/**
 * A text that is not a valid identity number. Its message says why and never contains the text.
 *
 * @since 0.1
 */
public final class InvalidPersonnummerException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Why the text was refused. */
  public enum Reason {
    /** Not 10 or 12 characters of digits with an optional {@code -} or {@code +}. */
    FORMAT("not a 10- or 12-digit identity number"),
    /** The Luhn check digit does not match. */
    CHECK_DIGIT("check digit does not match"),
    /** The date part is not a calendar date. */
    DATE("date part is not a valid date"),
    /** A 10-digit form was read without a reference date to fix its century. */
    NEEDS_REFERENCE_DATE("10-digit form needs a reference date for its century");

    private final String text;

    Reason(String text) {
      this.text = text;
    }
  }

  private final Reason reason;

  InvalidPersonnummerException(Reason reason) {
    super("Invalid identity number: " + reason.text);
    this.reason = reason;
  }

  /** Why the text was refused. */
  public Reason reason() {
    return reason;
  }
}
