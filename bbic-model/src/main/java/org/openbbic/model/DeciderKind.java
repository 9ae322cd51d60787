package org.openbbic.model;

import java.util.Locale;
import org.openbbic.model.code.Code;
import org.openbbic.model.code.ModelLabels;

/**
 * Beslutsfattare (Decision maker).
 *
 * <p>The wire code of each constant is its name; names are never changed or reused.
 *
 * @since 0.1
 */
public enum DeciderKind implements Code {
  /** Nämnd (Committee). */
  COMMITTEE,

  /** Utskott (Subcommittee). */
  SUBCOMMITTEE,

  /** Ordförande eller annan ledamot (Chair or other member). Urgent decisions, e.g. LVU 6 §. */
  CHAIR,

  /** Delegat (Delegated officer). */
  DELEGATE;

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return ModelLabels.BUNDLE.get("DeciderKind." + name(), locale);
  }
}
