package org.openbbic.forms;

import java.util.Locale;
import org.openbbic.model.code.Code;

/**
 * Typ av genomförandeplan (Kind of implementation plan).
 *
 * <p>The wire code of each constant is its name; names are never changed or reused.
 *
 * @since 0.1
 */
public enum ImplementationPlanKind implements Code {
  /**
   * Genomförandeplan för öppenvårdsinsatser, egen regi (Open-care interventions, own provision).
   * Information set 9.
   */
  OPEN_CARE_OWN,

  /**
   * Genomförandeplan för öppenvårdsinsatser, kontaktperson m.fl. (Open-care interventions, contact
   * person and similar). Information set 10.
   */
  OPEN_CARE_CONTACT,

  /** Genomförandeplan för placering (Placement). Information set 11. */
  PLACEMENT;

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return FormLabels.BUNDLE.get("ImplementationPlanKind." + name(), locale);
  }
}
