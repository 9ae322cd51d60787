package org.openbbic.validation;

import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * The library's own validation messages ({@code messages.properties}, Swedish, and {@code
 * messages_en.properties}, English, beside this class), keyed by finding code.
 *
 * <p>Thread-safe: the bundle is read once and immutable.
 *
 * @since 0.1
 */
public final class Messages {

  private static final MessageBundle BUNDLE = loadBundle();

  private Messages() {}

  /** The bundle of every validation code's text. */
  public static MessageBundle bundle() {
    return BUNDLE;
  }

  /** The text of {@code code} in {@code locale}'s language (Swedish unless English). */
  public static String render(String code, Map<String, ?> arguments, Locale locale) {
    return BUNDLE.render(code, arguments, locale);
  }

  private static MessageBundle loadBundle() {
    InputStream sv = Messages.class.getResourceAsStream("messages.properties");
    InputStream en = Messages.class.getResourceAsStream("messages_en.properties");
    if (sv == null || en == null) {
      throw new IllegalStateException("validation message bundles missing");
    }
    return MessageBundle.load(sv, en);
  }
}
