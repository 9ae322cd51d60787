package org.openbbic.model.code;

import java.util.Locale;

/**
 * Sida i BBIC-triangeln (Side of the BBIC triangle).
 *
 * <p>The child's needs stand in the centre; the assessment weighs the three sides together.
 *
 * <p>The wire code of each constant is its name; names are never changed or reused.
 *
 * @since 0.1
 */
public enum TriangleSide implements Code {
  /** Barnets utveckling (The child's development). Called Barnets behov in the 2006 generation. */
  CHILD_DEVELOPMENT,

  /** Föräldrarnas förmåga (The parents' capacity). */
  PARENTING_CAPACITY,

  /** Familj och miljö (Family and environment). */
  FAMILY_AND_ENVIRONMENT;

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return ModelLabels.BUNDLE.get("TriangleSide." + name(), locale);
  }

  /**
   * The label as the given generation of the triangle words it (the child's side is "Barnets behov"
   * in generation 2006).
   */
  public String label(Locale locale, String generation) {
    return ModelLabels.BUNDLE
        .find("TriangleSide." + name() + "." + generation, locale)
        .orElseGet(() -> label(locale));
  }
}
