package org.openbbic.model;

import java.util.Locale;
import org.openbbic.model.code.Code;
import org.openbbic.model.code.ModelLabels;

/**
 * Identitetstyp (Kind of identifier).
 *
 * <p>The wire code of each constant is its name; names are never changed or reused.
 *
 * @since 0.1
 */
public enum IdType implements Code {
  /** Personnummer (Personal identity number). */
  PERSONNUMMER,

  /** Samordningsnummer (Coordination number). The day of month plus 60. */
  SAMORDNINGSNUMMER,

  /**
   * Reservnummer (Temporary local number). A municipality-local identifier for a child without a
   * personnummer or samordningsnummer; its format is local.
   */
  RESERVNUMMER;

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return ModelLabels.BUNDLE.get("IdType." + name(), locale);
  }
}
