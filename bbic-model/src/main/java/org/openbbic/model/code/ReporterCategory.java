package org.openbbic.model.code;

import java.util.Locale;

/**
 * Anmälarkategori (Reporter category).
 *
 * <p>The wire code of each constant is its name; names are never changed or reused.
 *
 * @since 0.1
 */
public enum ReporterCategory implements Code {
  /** Förskola (Preschool). */
  PRESCHOOL,

  /** Skola (School). */
  SCHOOL,

  /** Hälso- och sjukvård (Health care). */
  HEALTH_CARE,

  /** Polis (Police). */
  POLICE,

  /** Socialtjänst (Social services). */
  SOCIAL_SERVICES,

  /** Annan myndighet (Other authority). */
  OTHER_AUTHORITY,

  /** Anhörig (Relative). */
  RELATIVE,

  /** Privatperson (Private person). */
  PRIVATE_PERSON,

  /** Anonym (Anonymous). */
  ANONYMOUS,

  /** Övrig (Other). */
  OTHER;

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return ModelLabels.BUNDLE.get("ReporterCategory." + name(), locale);
  }
}
