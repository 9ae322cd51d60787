package org.openbbic.model.code;

import java.util.Locale;

/**
 * Grund för vården (Legal basis of care).
 *
 * <p>The wire code of each constant is its name; names are never changed or reused.
 *
 * @since 0.1
 */
public enum CareBasis implements Code {
  /** Socialtjänstlagen (SoL) (Social Services Act (SoL)). */
  SOL,

  /** LVU 2 § (hemförhållandena) (LVU section 2 (conditions at home)). */
  LVU_2,

  /** LVU 3 § (eget beteende) (LVU section 3 (the young person's own behaviour)). */
  LVU_3;

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return ModelLabels.BUNDLE.get("CareBasis." + name(), locale);
  }
}
