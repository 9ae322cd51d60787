package org.openbbic.forms;

import java.util.Locale;
import org.openbbic.model.code.Code;

/**
 * Förskola eller skola (Preschool or school).
 *
 * <p>The wire code of each constant is its name; names are never changed or reused.
 *
 * @since 0.1
 */
public enum SchoolKind implements Code {
  /** Förskola (Preschool). */
  PRESCHOOL,

  /** Grundskola (Compulsory school). */
  COMPULSORY_SCHOOL,

  /** Gymnasieskola (Upper secondary school). */
  UPPER_SECONDARY,

  /** Annan (Other). */
  OTHER,

  /** Ingen (None). */
  NONE;

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return FormLabels.BUNDLE.get("SchoolKind." + name(), locale);
  }
}
