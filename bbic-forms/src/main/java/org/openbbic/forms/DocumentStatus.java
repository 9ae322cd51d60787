package org.openbbic.forms;

import java.util.Locale;
import org.openbbic.model.code.Code;

/**
 * Dokumentstatus (Document status).
 *
 * <p>The wire code of each constant is its name; names are never changed or reused.
 *
 * @since 0.1
 */
public enum DocumentStatus implements Code {
  /** Utkast (Draft). */
  DRAFT,

  /** Färdigställd (Complete). */
  COMPLETE,

  /** Signerad (Signed). */
  SIGNED;

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return FormLabels.BUNDLE.get("DocumentStatus." + name(), locale);
  }
}
