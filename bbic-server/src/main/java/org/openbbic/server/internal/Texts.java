package org.openbbic.server.internal;

import java.util.Locale;
import org.openbbic.model.code.LabelBundle;

/** The service's own texts ({@code server.properties} in Swedish, {@code server_en.properties}). */
final class Texts {

  private static final LabelBundle BUNDLE =
      LabelBundle.load(name -> Texts.class.getResourceAsStream(name), "server");

  private Texts() {}

  static String get(String key, Locale locale) {
    return BUNDLE.get(key, locale);
  }

  static String format(String key, Locale locale, Object... args) {
    return String.format(Locale.ROOT, get(key, locale), args);
  }
}
