package org.openbbic.forms;

import java.util.Locale;
import org.openbbic.model.code.Code;

/**
 * Måluppfyllelse (Goal outcome).
 *
 * <p>The wire code of each constant is its name; names are never changed or reused.
 *
 * @since 0.1
 */
public enum GoalOutcome implements Code {
  /** Uppnått (Achieved). */
  ACHIEVED,

  /** Delvis uppnått (Partly achieved). */
  PARTLY_ACHIEVED,

  /** Inte uppnått (Not achieved). */
  NOT_ACHIEVED,

  /** Inte bedömt (Not assessed). */
  NOT_ASSESSED;

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return FormLabels.BUNDLE.get("GoalOutcome." + name(), locale);
  }
}
