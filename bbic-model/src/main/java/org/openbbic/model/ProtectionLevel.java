package org.openbbic.model;

import java.util.Locale;
import org.openbbic.model.code.Code;
import org.openbbic.model.code.ModelLabels;

/**
 * Skyddade personuppgifter (Protected personal data).
 *
 * <p>Exports and printouts must be able to omit or mask a protected person's data per recipient; a
 * protected identity never reaches file names, logs or statistics identifiers.
 *
 * <p>The wire code of each constant is its name; names are never changed or reused.
 *
 * @since 0.1
 */
public enum ProtectionLevel implements Code {
  /** Inga skyddade personuppgifter (No protected data). */
  NONE,

  /** Sekretessmarkering (Confidentiality flag). A secrecy review must precede any disclosure. */
  SEKRETESSMARKERING,

  /** Skyddad folkbokföring (Protected registered address). */
  SKYDDAD_FOLKBOKFORING,

  /** Fingerade personuppgifter (Fictitious identity). */
  FINGERADE_PERSONUPPGIFTER;

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return ModelLabels.BUNDLE.get("ProtectionLevel." + name(), locale);
  }

  /** Whether the person's identity or address is protected at all. */
  public boolean isProtected() {
    return this != NONE;
  }
}
