package org.openbbic.forms;

import java.util.Locale;
import org.openbbic.model.code.Code;

/**
 * Typ av uppföljning (Kind of follow-up).
 *
 * <p>The wire code of each constant is its name; names are never changed or reused.
 *
 * @since 0.1
 */
public enum FollowUpKind implements Code {
  /**
   * Uppföljning av öppenvårdsinsatser (Follow-up of open-care interventions). Information set 12.
   */
  OPEN_CARE,

  /** Uppföljning av vård (Follow-up of care). Information set 13. */
  CARE;

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return FormLabels.BUNDLE.get("FollowUpKind." + name(), locale);
  }
}
