package org.openbbic.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A Swedish personal identity number (personnummer), coordination number (samordningsnummer, day +
 * 60) or interim number (interimsnummer, a letter in the first of the four last positions).
 *
 * <p>Always held in its 12-character form with century ({@code YYYYMMDDNNNC}). A 10-digit form
 * ({@code YYMMDD-NNNC}, {@code YYMMDD+NNNC}) can only be read against a reference date, because its
 * century depends on it: the {@code +} separator marks a person who turns 100 in the reference
 * date's year or earlier ({@link #parse(CharSequence, LocalDate)}). The check digit is the Luhn
 * digit over the ten last positions (a letter counts as 1). The date must be a real calendar date;
 * a samordningsnummer's day is 61–91 and its day minus 60 must be one.
 *
 * <p>{@link #toString()} is masked: the number never reaches a log line or an exception message by
 * accident. Use {@link #format()} and friends where the full number is wanted. The date part need
 * not be the person's true birth date.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Personnummer implements Comparable<Personnummer> {

  /** What kind of number this is. */
  public enum Kind {
    /** Personnummer, assigned at birth or immigration. */
    PERSONNUMMER,
    /** Samordningsnummer: the day of month plus 60. */
    SAMORDNINGSNUMMER,
    /** Interimsnummer: a letter instead of the first birth-number digit; carries no sex. */
    INTERIM
  }

  private static final String INTERIM_LETTERS = "TRSUWXJKLMNP";

  private final String value;
  private final Kind kind;
  private final LocalDate date;

  private Personnummer(String value, Kind kind, LocalDate date) {
    this.value = value;
    this.kind = kind;
    this.date = date;
  }

  /**
   * Reads a 12-character number ({@code YYYYMMDDNNNC}, optionally with {@code -} or {@code +}
   * before the last four). A 10-digit number is refused with {@link
   * InvalidPersonnummerException.Reason#NEEDS_REFERENCE_DATE}: its century depends on a date, and
   * this method does not guess one; use {@link #parse(CharSequence, LocalDate)}.
   *
   * @throws InvalidPersonnummerException when the text is not a valid number; the message never
   *     contains the text
   */
  public static Personnummer parse(CharSequence text) {
    return parse(text, null);
  }

  /**
   * Reads a number as people write it: the 12-character forms of {@link #parse(CharSequence)}, or a
   * 10-digit form {@code YYMMDD-NNNC}, {@code YYMMDD+NNNC} or {@code YYMMDDNNNC} whose century
   * comes from the separator and {@code referenceDate}, as folkbokföringslagen (1991:481) 18 §
   * writes it:
   *
   * <ul>
   *   <li>{@code -} (or no separator): the latest century that gives a real date not after the
   *       reference date, so the person is under 100 on it (a date that does not exist in that
   *       century, 29 February of 2100, moves one century back);
   *   <li>{@code +}: the latest century whose year is at least 100 years before the reference
   *       date's year. The plus sign is written from the year the person turns 100, so on 23
   *       November 2026 {@code 261124+NNNC} is the person born in 1926, who turns 100 the next day.
   * </ul>
   *
   * <p>A 10-digit form without separator cannot carry the {@code +}: it is read as {@code -}.
   * Someone aged 100 or more must be written with {@code +} or with 12 digits.
   *
   * @param referenceDate the date the short form is read against, typically the date of the
   *     document it stands in; {@code null} refuses short forms ({@link
   *     InvalidPersonnummerException.Reason#NEEDS_REFERENCE_DATE})
   * @throws InvalidPersonnummerException when the text is not a valid number; its {@link
   *     InvalidPersonnummerException#reason() reason} says why, the message never contains the text
   */
  public static Personnummer parse(CharSequence text, LocalDate referenceDate) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int n = s.length();
    char separator = 0;
    String compact;
    if (n == 13 || n == 11) {
      separator = s.charAt(n - 5);
      if (separator != '-' && separator != '+') {
        throw new InvalidPersonnummerException(
            allDigits(s)
                ? InvalidPersonnummerException.Reason.LENGTH
                : hasSeparator(s) || !Character.isLetterOrDigit(separator)
                    ? InvalidPersonnummerException.Reason.SEPARATOR
                    : InvalidPersonnummerException.Reason.FORMAT);
      }
      compact = s.substring(0, n - 5) + s.substring(n - 4);
    } else if (n == 12 || n == 10) {
      compact = s;
    } else {
      throw new InvalidPersonnummerException(InvalidPersonnummerException.Reason.LENGTH);
    }
    if (hasSeparator(compact)) {
      throw new InvalidPersonnummerException(InvalidPersonnummerException.Reason.SEPARATOR);
    }
    boolean interim = INTERIM_LETTERS.indexOf(compact.charAt(compact.length() - 4)) >= 0;
    for (int i = 0; i < compact.length(); i++) {
      char c = compact.charAt(i);
      boolean letterSlot = interim && i == compact.length() - 4;
      if (!letterSlot && (c < '0' || c > '9')) {
        throw new InvalidPersonnummerException(InvalidPersonnummerException.Reason.FORMAT);
      }
    }
    String ten = compact.length() == 12 ? compact.substring(2) : compact;
    if (ten.startsWith("000", 6)) {
      // Birth number 000 is never assigned.
      throw new InvalidPersonnummerException(InvalidPersonnummerException.Reason.FORMAT);
    }
    if (luhn(ten.substring(0, 9)) != ten.charAt(9) - '0') {
      throw new InvalidPersonnummerException(InvalidPersonnummerException.Reason.CHECK_DIGIT);
    }
    int yy = Integer.parseInt(ten.substring(0, 2));
    int month = Integer.parseInt(ten.substring(2, 4));
    int day = Integer.parseInt(ten.substring(4, 6));
    Kind kind = interim ? Kind.INTERIM : Kind.PERSONNUMMER;
    if (day > 60) {
      if (interim) {
        throw new InvalidPersonnummerException(InvalidPersonnummerException.Reason.DATE);
      }
      // Samordningsnummer: day 61-91, and the day minus 60 must be a real date (not 31 February).
      kind = Kind.SAMORDNINGSNUMMER;
      day -= 60;
    }
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      throw new InvalidPersonnummerException(InvalidPersonnummerException.Reason.DATE);
    }
    int year;
    if (compact.length() == 12) {
      year = Integer.parseInt(compact.substring(0, 4));
    } else {
      if (referenceDate == null) {
        throw new InvalidPersonnummerException(
            InvalidPersonnummerException.Reason.NEEDS_REFERENCE_DATE);
      }
      year = century(yy, month, day, separator == '+', referenceDate);
    }
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new InvalidPersonnummerException(InvalidPersonnummerException.Reason.DATE);
    }
    // The year has at most four digits (from the text or a century near the reference date).
    String digits = Integer.toString(year);
    String canonical = "0".repeat(4 - digits.length()) + digits + ten.substring(2);
    return new Personnummer(canonical, kind, date);
  }

  private static boolean hasSeparator(String s) {
    return s.indexOf('-') >= 0 || s.indexOf('+') >= 0;
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Like {@link #parse(CharSequence, LocalDate)} but empty instead of an exception. */
  public static Optional<Personnummer> tryParse(CharSequence text, LocalDate referenceDate) {
    try {
      return Optional.of(parse(text, referenceDate));
    } catch (InvalidPersonnummerException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code text} is a valid number, short forms read against {@code referenceDate}. */
  public static boolean isValid(CharSequence text, LocalDate referenceDate) {
    return text != null && tryParse(text, referenceDate).isPresent();
  }

  /**
   * Builds a number from its date, three-digit birth number and the computed check digit. For tests
   * and generators; {@code coordination} adds 60 to the day.
   */
  public static Personnummer of(LocalDate date, int birthNumber, boolean coordination) {
    if (birthNumber < 1 || birthNumber > 999) {
      throw new IllegalArgumentException("birth number must be 1-999");
    }
    if (date.getYear() < 1000 || date.getYear() > 9999) {
      throw new IllegalArgumentException("year must have four digits");
    }
    int day = date.getDayOfMonth() + (coordination ? 60 : 0);
    String nine =
        String.format(
            "%02d%02d%02d%03d", date.getYear() % 100, date.getMonthValue(), day, birthNumber);
    String ten = nine + luhn(nine);
    return parse(String.format("%02d", date.getYear() / 100) + ten);
  }

  /**
   * The year of a 10-digit form (see {@link #parse(CharSequence, LocalDate)}). The caller refuses a
   * date that does not exist in the year returned.
   */
  private static int century(int yy, int month, int day, boolean plus, LocalDate reference) {
    // The latest year ending in yy that is not after the reference year.
    int year = reference.getYear() - Math.floorMod(reference.getYear() - yy, 100);
    if (plus) {
      // 18 § FOL: '+' from the year the person turns 100.
      return year > reference.getYear() - 100 ? year - 100 : year;
    }
    if (!isDate(year, month, day) || LocalDate.of(year, month, day).isAfter(reference)) {
      year -= 100;
    }
    return year;
  }

  private static boolean isDate(int year, int month, int day) {
    return day <= YearMonth.of(year, month).lengthOfMonth();
  }

  /** The Luhn digit over nine positions, weights 2,1,2,...; a letter counts as 1. */
  static int luhn(String nine) {
    int sum = 0;
    for (int i = 0; i < nine.length(); i++) {
      char c = nine.charAt(i);
      int d = c >= '0' && c <= '9' ? c - '0' : 1;
      int p = d * (i % 2 == 0 ? 2 : 1);
      sum += p > 9 ? p - 9 : p;
    }
    return (10 - sum % 10) % 10;
  }

  /** What kind of number this is. */
  public Kind kind() {
    return kind;
  }

  /** Whether this is a samordningsnummer. */
  public boolean isCoordinationNumber() {
    return kind == Kind.SAMORDNINGSNUMMER;
  }

  /** Whether this is an interim number. */
  public boolean isInterim() {
    return kind == Kind.INTERIM;
  }

  /** The date the number encodes (for a samordningsnummer the day minus 60). */
  public LocalDate date() {
    return date;
  }

  /** The sex the second-to-last digit encodes (odd: male); empty for an interim number. */
  public Optional<Sex> sex() {
    if (kind == Kind.INTERIM) {
      return Optional.empty();
    }
    return Optional.of((value.charAt(10) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
  }

  /** The age in whole years on {@code on}, counted from {@link #date()}. */
  public int ageOn(LocalDate on) {
    return java.time.Period.between(date, on).getYears();
  }

  /** The canonical 12-character form {@code YYYYMMDDNNNC}, as stored and exchanged. */
  public String format() {
    return value;
  }

  /** The 13-character form {@code YYYYMMDD-NNNC}. */
  public String formatLong() {
    return value.substring(0, 8) + '-' + value.substring(8);
  }

  /**
   * The 11-character form {@code YYMMDD-NNNC}, with {@code +} when the person is 100 or more on
   * {@code referenceDate}. {@link #parse(CharSequence, LocalDate)} reads it back on that date, and
   * also reads the {@code +} that folkbokföringslagen writes from January of the year the person
   * turns 100.
   */
  public String formatShort(LocalDate referenceDate) {
    char separator = ageOn(referenceDate) >= 100 ? '+' : '-';
    return value.substring(2, 8) + separator + value.substring(8);
  }

  /**
   * A form safe for logs and messages: the year and nothing else ({@code 1990****-****}); it never
   * matches a personal-identity-number pattern.
   */
  public String masked() {
    return value.substring(0, 4) + "****-****";
  }

  @Override
  public int compareTo(Personnummer other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Personnummer && ((Personnummer) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Masked, see {@link #masked()}. */
  @Override
  public String toString() {
    return masked();
  }
}
