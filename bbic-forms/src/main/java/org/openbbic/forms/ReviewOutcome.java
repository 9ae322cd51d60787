package org.openbbic.forms;

import java.util.Locale;
import org.openbbic.model.code.Code;

/**
 * Resultat av omprövning (Outcome of review).
 *
 * <p>The wire code of each constant is its name; names are never changed or reused.
 *
 * @since 0.1
 */
public enum ReviewOutcome implements Code {
  /** Vården ska fortsätta (Care continues). */
  CARE_CONTINUES,

  /** Vården ska upphöra (Care ends). */
  CARE_ENDS;

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return FormLabels.BUNDLE.get("ReviewOutcome." + name(), locale);
  }
}
