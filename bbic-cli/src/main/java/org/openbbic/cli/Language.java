package org.openbbic.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The language of one run of the tool: {@code --lang} when given (looked for before the command
 * line is parsed, so that the help and the parser's own errors follow it too), otherwise the POSIX
 * locale variables ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}: English when the first set
 * one starts with {@code en}), otherwise Swedish.
 */
final class Language {

  static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  /** The language of the run in progress (the tool runs one command at a time). */
  private static volatile Locale current = SWEDISH;

  private Language() {}

  static Locale current() {
    return current;
  }

  static void set(Locale locale) {
    current = locale;
  }

  /** The language a command line asks for, with the environment as the fallback. */
  static Locale resolve(List<String> args, Map<String, String> env) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        break;
      }
      if (arg.startsWith("--lang=")) {
        return parse(arg.substring("--lang=".length())).orElse(fromEnvironment(env));
      }
      if (arg.equals("--lang") && i + 1 < args.size()) {
        return parse(args.get(i + 1)).orElse(fromEnvironment(env));
      }
    }
    return fromEnvironment(env);
  }

  /** {@code sv} or {@code en}, in any case; anything else is not a language of the tool. */
  static java.util.Optional<Locale> parse(String value) {
    if ("en".equalsIgnoreCase(value)) {
      return java.util.Optional.of(Locale.ENGLISH);
    }
    if ("sv".equalsIgnoreCase(value)) {
      return java.util.Optional.of(SWEDISH);
    }
    return java.util.Optional.empty();
  }

  private static Locale fromEnvironment(Map<String, String> env) {
    for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
      String value = env.get(name);
      if (value != null && !value.isEmpty()) {
        return value.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : SWEDISH;
      }
    }
    return SWEDISH;
  }

  /**
   * The help texts of a language ({@code help.properties} in Swedish, {@code help_en.properties}):
   * each file is complete, so nothing falls back to the JVM's default locale.
   */
  static ResourceBundle helpBundle(Locale locale) {
    String name = locale.getLanguage().equals("en") ? "help_en.properties" : "help.properties";
    try (InputStream in = Language.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
