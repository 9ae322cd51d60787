package org.openbbic.model;

import java.util.Locale;
import org.openbbic.model.code.Code;
import org.openbbic.model.code.ModelLabels;

/**
 * Vårdnad (Custody).
 *
 * <p>The wire code of each constant is its name; names are never changed or reused.
 *
 * @since 0.1
 */
public enum Custody implements Code {
  /** Gemensam vårdnad (Shared custody). */
  SHARED,

  /** Ensam vårdnad (Sole custody). */
  SOLE,

  /** Ingen vårdnad (No custody). */
  NONE;

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return ModelLabels.BUNDLE.get("Custody." + name(), locale);
  }
}
