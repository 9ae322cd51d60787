package org.openbbic.model.law;

/**
 * How well a legal fact (a provision's content, its period, its time limit) is sourced, as the
 * project's checked list of legal facts grades it.
 *
 * <p>A finding that rests on a fact {@link #NOT_FOUND not found} in any source is never more than a
 * warning.
 *
 * @since 0.1
 */
public enum Confidence {
  /** Read in the statute, a bill, an authority's text or a court or JO decision. */
  CONFIRMED("C"),
  /** Likely: secondary sources agree, the primary source was not read. */
  LIKELY("L"),
  /** Not found in any source; kept as marked data until checked. */
  NOT_FOUND("N");

  private final String letter;

  Confidence(String letter) {
    this.letter = letter;
  }

  /** The letter used in the provisions table: C, L or N. */
  public String letter() {
    return letter;
  }

  /** The confidence of a letter C, L or N. */
  public static Confidence ofLetter(String letter) {
    for (Confidence c : values()) {
      if (c.letter.equals(letter)) {
        return c;
      }
    }
    throw new IllegalArgumentException("confidence must be C, L or N");
  }
}
