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
    /**
     * A character other than a digit (or the letter of an interim number), or the birth number
     * {@code 000}, which is never assigned.
     */
    FORMAT("characters other than digits, or birth number 000"),
    /** Not 10 or 12 digits (11 or 13 characters with a separator before the last four). */
    LENGTH("not 10 or 12 digits"),
    /** A separator other than {@code -} or {@code +}, or one not before the last four digits. */
    SEPARATOR("separator is not - or + before the last four digits"),
    /** The Luhn check digit does not match. */
    CHECK_DIGIT("check digit does not match"),
    /**
     * The date part is not a calendar date (for a samordningsnummer: the day is not 61–91, or the
     * day minus 60 is not a date), or does not exist in the century a 10-digit form gives it.
     */
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
