package org.openbbic.spring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.openbbic.export.BbicExport;
import org.openbbic.export.BbicReader;
import org.openbbic.export.Format;
import org.openbbic.export.ReadResult;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.level.ValidationLevel;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;

/**
 * Reads and writes BBIC documents and case files ({@link CaseFile} and every document class, such
 * as {@link org.openbbic.forms.Report}) as {@code application/json} and {@code application/xml}
 * (also {@code text/xml}) through openbbic's own hardened readers and writers, never the
 * application's Jackson or JAXB set-up.
 *
 * <p>Reading runs openbbic's one pipeline over the body ({@link BbicExport#reader(Format, Class)}):
 * the read limits, syntax, schema, then the field constraints and rules at the configured level. A
 * body that cannot be read, or has a FATAL or ERROR finding, is refused with a {@link
 * BbicPayloadException}, which {@link BbicProblemHandler} answers with an RFC 9457 problem. Finding
 * messages are in the request's {@code Accept-Language} when it asks for Swedish or English first,
 * else in the configured language.
 *
 * <p>Writing goes through {@link org.openbbic.export.BbicWriter} under the configured {@link
 * RecipientPolicy}: {@code internal} unless configured, so protected people's data is withheld.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public class BbicHttpMessageConverter extends AbstractHttpMessageConverter<Object> {

  private static final List<Locale> LANGUAGES =
      List.of(Locale.forLanguageTag("sv-SE"), Locale.ENGLISH);

  private final BbicExport export;
  private final ValidationLevel level;
  private final Locale locale;
  private final RecipientPolicy policy;

  /**
   * A converter reading through {@code export} at {@code level} ({@code null}: syntax and schema
   * only) with messages in {@code locale}, and writing for {@code policy}.
   */
  public BbicHttpMessageConverter(
      BbicExport export, ValidationLevel level, Locale locale, RecipientPolicy policy) {
    super(
        StandardCharsets.UTF_8,
        MediaType.APPLICATION_JSON,
        MediaType.APPLICATION_XML,
        MediaType.TEXT_XML);
    this.export = Objects.requireNonNull(export, "export");
    this.level = level;
    this.locale = Objects.requireNonNull(locale, "locale");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** The recipient policy every written body goes through. */
  public RecipientPolicy policy() {
    return policy;
  }

  /** The level request bodies are judged at, or {@code null} for syntax and schema only. */
  public ValidationLevel level() {
    return level;
  }

  @Override
  protected boolean supports(Class<?> clazz) {
    // The case file and the concrete document classes: the reader binds one root type.
    return clazz == CaseFile.class || FormType.of(clazz).isPresent();
  }

  @Override
  protected Object readInternal(Class<?> clazz, HttpInputMessage input) throws IOException {
    Format format = formatOf(input.getHeaders().getContentType());
    Locale messages = languageOf(input);
    BbicReader<?> reader = export.reader(format, clazz).withLevel(level).withLocale(messages);
    ReadResult<?> result = reader.read(input.getBody());
    Object value = result.value().orElse(null);
    if (value == null || !result.report().isValid()) {
      throw new BbicPayloadException(result.report(), value != null, messages, input);
    }
    return value;
  }

  @Override
  protected void writeInternal(Object value, HttpOutputMessage output) throws IOException {
    export
        .writer(formatOf(output.getHeaders().getContentType()))
        .withPolicy(policy)
        .write(value, output.getBody());
  }

  @Override
  protected MediaType getDefaultContentType(Object value) {
    return MediaType.APPLICATION_JSON;
  }

  /** JSON for {@code application/json} and {@code +json} types, XML for the others. */
  static Format formatOf(MediaType type) {
    if (type == null) {
      return Format.JSON;
    }
    String subtype = type.getSubtype();
    return subtype.equals("json") || subtype.endsWith("+json") ? Format.JSON : Format.XML;
  }

  /** The request's first Accept-Language that openbbic renders, else the configured language. */
  private Locale languageOf(HttpInputMessage input) {
    try {
      for (Locale asked : input.getHeaders().getAcceptLanguageAsLocales()) {
        for (Locale known : LANGUAGES) {
          if (known.getLanguage().equals(asked.getLanguage())) {
            return known;
          }
        }
      }
    } catch (IllegalArgumentException malformedHeader) {
      // A malformed Accept-Language is not a reason to refuse the body.
    }
    return locale;
  }
}
