package org.openbbic.model.code;

import java.util.Locale;

/**
 * Beslutstyp (Kind of decision).
 *
 * <p>The wire code of each constant is its name; names are never changed or reused.
 *
 * @since 0.1
 */
public enum DecisionKind implements Code {
  /** Bifall (Granted). */
  GRANTED,

  /** Delvis bifall (Partly granted). */
  PARTLY_GRANTED,

  /** Avslag (Refused). */
  REFUSED,

  /** Ansökan om vård enligt LVU (Application to the court for care under LVU). */
  APPLICATION_FOR_CARE_LVU,

  /** Omedelbart omhändertagande enligt 6 § LVU (Immediate custody under LVU 6 §). */
  IMMEDIATE_CUSTODY_LVU,

  /** Insats utan ansökan (Intervention decided without an application). */
  INTERVENTION_WITHOUT_APPLICATION,

  /** Utredningen avslutas utan insats (Investigation closed without intervention). */
  INVESTIGATION_CLOSED_WITHOUT_INTERVENTION,

  /** Insatsen upphör (Intervention ended). */
  INTERVENTION_ENDED;

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return ModelLabels.BUNDLE.get("DecisionKind." + name(), locale);
  }

  /**
   * Whether the party concerned can appeal this kind of decision, so that it must carry an appeal
   * instruction: a refusal or partial grant, an immediate custody under LVU 6 §, and ending an
   * intervention.
   */
  public boolean appealable() {
    return this == REFUSED
        || this == PARTLY_GRANTED
        || this == IMMEDIATE_CUSTODY_LVU
        || this == INTERVENTION_ENDED;
  }
}
