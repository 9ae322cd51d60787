package org.openbbic.model.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

/**
 * The Swedish and English labels of one module, read from two UTF-8 properties files: {@code
 * BASE.properties} (Swedish, the default) and {@code BASE_en.properties}.
 *
 * <p>The opener is a function of the owning module, so the files stay encapsulated in it. English
 * is chosen for a locale whose language is {@code en}; Swedish for every other, whatever the JVM
 * default is. Immutable and thread-safe once built.
 *
 * @since 0.1
 */
public final class LabelBundle {

  private final Properties swedish;
  private final Properties english;

  private LabelBundle(Properties swedish, Properties english) {
    this.swedish = swedish;
    this.english = english;
  }

  /**
   * Reads {@code base + ".properties"} and {@code base + "_en.properties"} through {@code opener}
   * (for example {@code name -> MyClass.class.getResourceAsStream(name)}).
   *
   * @throws UncheckedIOException when a file is missing or unreadable
   */
  public static LabelBundle load(Function<String, InputStream> opener, String base) {
    return new LabelBundle(
        read(opener, base + ".properties"), read(opener, base + "_en.properties"));
  }

  private static Properties read(Function<String, InputStream> opener, String name) {
    try (InputStream in = opener.apply(name)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("label bundle missing: " + name));
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether {@code locale} selects the English labels. */
  public static boolean isEnglish(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }

  /** The label of {@code key} in {@code locale}'s language, if the bundle has one. */
  public Optional<String> find(String key, Locale locale) {
    return Optional.ofNullable((isEnglish(locale) ? english : swedish).getProperty(key));
  }

  /**
   * The label of {@code key}.
   *
   * @throws MissingResourceException when the bundle has none (a defect that a test catches)
   */
  public String get(String key, Locale locale) {
    return find(key, locale)
        .orElseThrow(() -> new MissingResourceException("no label", "LabelBundle", key));
  }

  /** Every key of the Swedish labels. */
  public Set<String> swedishKeys() {
    return swedish.stringPropertyNames();
  }

  /** Every key of the English labels. */
  public Set<String> englishKeys() {
    return english.stringPropertyNames();
  }
}
