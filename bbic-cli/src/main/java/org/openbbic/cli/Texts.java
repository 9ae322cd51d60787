package org.openbbic.cli;

import java.util.Locale;
import java.util.Optional;
import org.openbbic.model.code.LabelBundle;

/** The tool's own texts ({@code cli.properties} in Swedish, {@code cli_en.properties}). */
final class Texts {

  private static final LabelBundle BUNDLE =
      LabelBundle.load(name -> Texts.class.getResourceAsStream(name), "cli");

  private Texts() {}

  static Optional<String> find(String key, Locale locale) {
    return BUNDLE.find(key, locale);
  }

  static String get(String key, Locale locale) {
    return BUNDLE.get(key, locale);
  }

  static String format(String key, Locale locale, Object... args) {
    return String.format(Locale.ROOT, get(key, locale), args);
  }
}
