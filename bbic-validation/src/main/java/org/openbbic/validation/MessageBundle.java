package org.openbbic.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swedish and English message texts by key, with named placeholders such as {@code {dueDate}}.
 * Swedish is the default: any locale whose language is not English renders Swedish; the JVM's
 * default locale is never consulted.
 *
 * <p>Another module renders its own codes from its own texts with {@link #of(Map, Map)} or {@link
 * #load(InputStream, InputStream)} and builds findings with {@link #finding(String, Severity,
 * FindingSource, Map, Locale)}. Placeholders are replaced literally (no {@code MessageFormat}
 * quoting, no expression language); a value is never re-interpreted as a template.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MessageBundle {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)\\}");

  private final Map<String, String> swedish;
  private final Map<String, String> english;

  private MessageBundle(Map<String, String> swedish, Map<String, String> english) {
    this.swedish = Collections.unmodifiableMap(new TreeMap<>(swedish));
    this.english = Collections.unmodifiableMap(new TreeMap<>(english));
  }

  /** A bundle of the given Swedish and English texts by key. */
  public static MessageBundle of(Map<String, String> swedish, Map<String, String> english) {
    return new MessageBundle(
        Objects.requireNonNull(swedish, "swedish"), Objects.requireNonNull(english, "english"));
  }

  /**
   * A bundle read from two {@code .properties} streams in UTF-8 (Swedish, English). The streams are
   * read and closed.
   */
  public static MessageBundle load(InputStream swedish, InputStream english) {
    return new MessageBundle(read(swedish), read(english));
  }

  private static Map<String, String> read(InputStream in) {
    Objects.requireNonNull(in, "message bundle stream");
    Properties p = new Properties();
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> map = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
    return map;
  }

  /** Whether {@code locale} renders English (its language is {@code en}); otherwise Swedish. */
  public static boolean isEnglish(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }

  /** Every key with a Swedish or an English text. */
  public Set<String> keys() {
    Set<String> keys = new TreeSet<>(swedish.keySet());
    keys.addAll(english.keySet());
    return Collections.unmodifiableSet(keys);
  }

  /** The raw template of {@code key} in the locale's language, if there is one. */
  public Optional<String> template(String key, Locale locale) {
    return Optional.ofNullable((isEnglish(locale) ? english : swedish).get(key));
  }

  /**
   * The text of {@code key} with its placeholders replaced by {@code arguments}, in the locale's
   * language. A missing key renders as the key itself; a missing argument leaves its placeholder.
   */
  public String render(String key, Map<String, ?> arguments, Locale locale) {
    return template(key, locale).map(t -> format(t, arguments)).orElse(key);
  }

  /**
   * A finding builder with code, severity, source, message key ({@code = code}), arguments and the
   * message rendered in {@code locale}; add pointer, document id, position and legal basis.
   */
  public Finding.Builder finding(
      String code,
      Severity severity,
      FindingSource source,
      Map<String, ?> arguments,
      Locale locale) {
    Map<String, ?> args = arguments == null ? Map.of() : arguments;
    return Finding.builder()
        .code(code)
        .severity(severity)
        .source(source)
        .messageKey(code)
        .arguments(args)
        .message(render(code, args, locale));
  }

  /** The placeholder names of a template, such as {@code [dueDate, days]}. */
  public static Set<String> placeholders(String template) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** {@code template} with each {@code {name}} replaced by its argument's text. */
  public static String format(String template, Map<String, ?> arguments) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 32);
    while (m.find()) {
      String name = m.group(1);
      String replacement =
          arguments != null && arguments.containsKey(name) ? text(arguments.get(name)) : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Enum<?>) {
      return ((Enum<?>) value).name();
    }
    if (value instanceof TemporalAccessor) {
      return value.toString(); // ISO-8601, the same in both languages
    }
    return String.valueOf(value);
  }
}
