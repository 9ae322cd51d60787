package org.openbbic.model;

import java.util.Locale;
import org.openbbic.model.code.Code;
import org.openbbic.model.code.ModelLabels;

/**
 * Juridiskt kön (Legal sex).
 *
 * <p>As the second-to-last digit of an identity number encodes it (odd: male).
 *
 * <p>The wire code of each constant is its name; names are never changed or reused.
 *
 * @since 0.1
 */
public enum Sex implements Code {
  /** Kvinna (Female). */
  FEMALE,

  /** Man (Male). */
  MALE;

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return ModelLabels.BUNDLE.get("Sex." + name(), locale);
  }
}
