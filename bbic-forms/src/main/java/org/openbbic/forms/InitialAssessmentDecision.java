package org.openbbic.forms;

import java.util.Locale;
import org.openbbic.model.code.Code;

/**
 * Beslut efter förhandsbedömning (Decision after initial assessment).
 *
 * <p>The wire code of each constant is its name; names are never changed or reused.
 *
 * @since 0.1
 */
public enum InitialAssessmentDecision implements Code {
  /** Inleda utredning (Open an investigation). */
  OPEN_INVESTIGATION,

  /** Inte inleda utredning (Not open an investigation). */
  NOT_OPEN,

  /** Utredning pågår redan (Investigation already ongoing). */
  INVESTIGATION_ALREADY_ONGOING;

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return FormLabels.BUNDLE.get("InitialAssessmentDecision." + name(), locale);
  }
}
