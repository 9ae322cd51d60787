package org.openbbic.model;

/**
 * Upper bounds on free text, in characters. BBIC free text is plain text (no markup); the bounds
 * keep one field from carrying a whole archive and are checked at every validation level.
 *
 * @since 0.1
 */
public final class TextLimits {

  /** A name, title, code-like value or short phrase. */
  public static final int NAME = 200;

  /** A short text: a reason, an arrangement, a contact. */
  public static final int SHORT = 4_000;

  /** A long narrative: a concern, a description, an analysis. */
  public static final int LONG = 50_000;

  private TextLimits() {}
}
