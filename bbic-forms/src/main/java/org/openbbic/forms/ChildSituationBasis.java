package org.openbbic.forms;

import java.util.Locale;
import org.openbbic.model.code.Code;

/**
 * Grund för uppföljningen (Basis of the follow-up).
 *
 * <p>The wire code of each constant is its name; names are never changed or reused.
 *
 * @since 0.1
 */
public enum ChildSituationBasis implements Code {
  /**
   * Efter avslutad utredning utan insats (After an investigation closed without intervention). 11
   * kap. 4 a § SoL (2001:453).
   */
  AFTER_CLOSED_INVESTIGATION,

  /** Efter upphörd placering (After a placement ended). 11 kap. 4 b § SoL (2001:453). */
  AFTER_ENDED_PLACEMENT;

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return FormLabels.BUNDLE.get("ChildSituationBasis." + name(), locale);
  }
}
