package org.openbbic.model.code;

import java.util.Locale;

/**
 * Placeringsform (Placement form).
 *
 * <p>The wire code of each constant is its name; names are never changed or reused.
 *
 * @since 0.1
 */
public enum PlacementForm implements Code {
  /** Familjehem (Foster family home). */
  FAMILY_HOME,

  /** Jourhem (Emergency foster home). */
  EMERGENCY_HOME,

  /** Hem för vård eller boende (HVB) (Residential care home (HVB)). */
  HVB,

  /** Stödboende (Supported housing). */
  SUPPORTED_HOUSING,

  /** Särskilt ungdomshem (Special youth home (SiS)). */
  SPECIAL_YOUTH_HOME,

  /**
   * Skyddat boende (Protected housing): a placement form in its own right under lag (2024:79) om
   * kvalitetskrav på skyddade boenden and SoL 1 kap. 4 § (lag 2024:85).
   */
  PROTECTED_HOUSING;

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return ModelLabels.BUNDLE.get("PlacementForm." + name(), locale);
  }
}
