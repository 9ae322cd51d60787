package org.openbbic.stats;

import java.util.Locale;
import java.util.Objects;

/**
 * How results are published: the small-number threshold (default 3: counts 1 and 2 are suppressed),
 * the language of labels (Swedish by default, English on request), and the CSV separator (default
 * {@code ;}) and UTF-8 byte-order mark (default on) that Excel expects.
 *
 * <p>Immutable and thread-safe; {@code with...} methods return copies.
 *
 * @since 0.1
 */
public final class PublishOptions {

  /** The default small-number threshold. */
  public static final int DEFAULT_THRESHOLD = 3;

  private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  private final int threshold;
  private final Locale locale;
  private final char separator;
  private final boolean bom;

  private PublishOptions(int threshold, Locale locale, char separator, boolean bom) {
    this.threshold = threshold;
    this.locale = locale;
    this.separator = separator;
    this.bom = bom;
  }

  /** Threshold 3, Swedish, {@code ;} and a byte-order mark. */
  public static PublishOptions defaults() {
    return new PublishOptions(DEFAULT_THRESHOLD, SWEDISH, ';', true);
  }

  /**
   * Counts from 1 to {@code threshold − 1} are suppressed; {@code 0} (or {@code 1}) suppresses
   * nothing, for respondents who answer in a public role.
   *
   * @throws IllegalArgumentException when {@code threshold < 0}
   */
  public PublishOptions withThreshold(int threshold) {
    if (threshold < 0) {
      throw new IllegalArgumentException("threshold < 0");
    }
    return new PublishOptions(threshold, locale, separator, bom);
  }

  /** Labels in {@code locale}: English for {@code en}, Swedish otherwise. */
  public PublishOptions withLocale(Locale locale) {
    return new PublishOptions(threshold, Objects.requireNonNull(locale, "locale"), separator, bom);
  }

  /**
   * The CSV field separator.
   *
   * @throws IllegalArgumentException for a quote, a line break or a letter or digit
   */
  public PublishOptions withSeparator(char separator) {
    if (separator == '"'
        || separator == '\n'
        || separator == '\r'
        || Character.isLetterOrDigit(separator)) {
      throw new IllegalArgumentException("unusable separator");
    }
    return new PublishOptions(threshold, locale, separator, bom);
  }

  /** Whether CSV files begin with a UTF-8 byte-order mark. */
  public PublishOptions withByteOrderMark(boolean bom) {
    return new PublishOptions(threshold, locale, separator, bom);
  }

  /** The small-number threshold. */
  public int threshold() {
    return threshold;
  }

  /** The language of labels. */
  public Locale locale() {
    return locale;
  }

  /** The CSV separator. */
  public char separator() {
    return separator;
  }

  /** Whether CSV files carry a byte-order mark. */
  public boolean byteOrderMark() {
    return bom;
  }
}
