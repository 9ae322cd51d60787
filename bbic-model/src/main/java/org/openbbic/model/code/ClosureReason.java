package org.openbbic.model.code;

import java.util.Locale;

/**
 * Orsak till avslut (Reason for closure).
 *
 * <p>The wire code of each constant is its name; names are never changed or reused.
 *
 * @since 0.1
 */
public enum ClosureReason implements Code {
  /** Målen uppnådda (Goals met). */
  GOALS_MET,

  /** Inget fortsatt behov (No further need). */
  NO_FURTHER_NEED,

  /** Utredning inleds inte (No investigation opened). */
  NO_INVESTIGATION_OPENED,

  /** Flyttat från kommunen (Moved from the municipality). */
  MOVED,

  /** Uppnått 18 eller 21 år (Reached 18 or 21). */
  AGE_LIMIT,

  /** Samtycke återkallat (Consent withdrawn). */
  CONSENT_WITHDRAWN,

  /** Annan orsak (Other reason). */
  OTHER;

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return ModelLabels.BUNDLE.get("ClosureReason." + name(), locale);
  }
}
