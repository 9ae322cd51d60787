package org.openbbic.forms;

import java.util.Locale;
import org.openbbic.model.code.Code;

/**
 * Typ av aktualisering (Kind of referral).
 *
 * <p>The wire code of each constant is its name; names are never changed or reused.
 *
 * @since 0.1
 */
public enum ReportKind implements Code {
  /** Anmälan (Report of concern). */
  ANMALAN,

  /** Information på annat sätt (Information received otherwise). */
  INFORMATION_PA_ANNAT_SATT;

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return FormLabels.BUNDLE.get("ReportKind." + name(), locale);
  }
}
