package org.openbbic.print.internal;

import java.util.Locale;
import org.openbbic.forms.FormLabels;
import org.openbbic.model.code.LabelBundle;
import org.openbbic.model.code.ModelLabels;

/**
 * The printout's own words ({@code print.properties}, Swedish; {@code print_en.properties}) and the
 * lookup of form and model labels.
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
public final class PrintLabels {

  /** The printout's own words. */
  public static final LabelBundle BUNDLE =
      LabelBundle.load(name -> PrintLabels.class.getResourceAsStream(name), "print");

  private PrintLabels() {}

  /** A word of the printout itself. */
  public static String word(String key, Locale locale) {
    return BUNDLE.get(key, locale);
  }

  /**
   * The label of a form or model key ({@code Type} or {@code Type.field}): the forms' bundle first,
   * then the model's; the key itself when neither has it (a defect a test catches).
   */
  public static String label(String key, Locale locale) {
    return FormLabels.BUNDLE
        .find(key, locale)
        .or(() -> ModelLabels.BUNDLE.find(key, locale))
        .orElse(key);
  }

  /** Whether the forms' or the model's bundle has {@code key}. */
  public static boolean hasLabel(String key, Locale locale) {
    return FormLabels.BUNDLE.find(key, locale).isPresent()
        || ModelLabels.BUNDLE.find(key, locale).isPresent();
  }
}
