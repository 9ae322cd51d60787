package org.openbbic.server.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An answer that is not a success, as RFC 9457 problem JSON: {@code type} (a stable URI per kind of
 * problem), {@code title}, {@code status} and {@code detail} in the caller's language, and for a
 * payload that could not be read or was refused, {@code documents}: the same objects that {@code
 * /v1/validate} answers. Never a value of the payload, a query value or a stack trace.
 */
final class Problem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The base of every problem type URI; the kind's name follows. */
  static final String TYPE_BASE = "https://openbbic.github.io/problems/";

  static final String MEDIA_TYPE = "application/problem+json";

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** The HTTP status. */
  final int status;

  /** The kind: the last segment of the type URI and the key of its texts. */
  final String kind;

  private final transient Object[] args;
  private final transient Map<String, String> headers = new LinkedHashMap<>();
  private transient List<String> documents;

  private Problem(int status, String kind, Object... args) {
    super(kind, null, false, false);
    this.status = status;
    this.kind = kind;
    this.args = args.clone();
  }

  /** A problem of {@code kind} whose detail text takes {@code args} (names, never input values). */
  static Problem of(int status, String kind, Object... args) {
    return new Problem(status, kind, args);
  }

  /** Adds a response header, e.g. {@code Retry-After}. */
  Problem header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** Adds the validation objects of the documents concerned (JSON texts from ReportJson). */
  Problem documents(List<String> validationObjects) {
    this.documents = List.copyOf(validationObjects);
    return this;
  }

  /** The answer in {@code locale}. */
  Reply reply(Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("type", TYPE_BASE + kind);
      g.writeStringField("title", Texts.get("problem." + kind + ".title", locale));
      g.writeNumberField("status", status);
      g.writeStringField("detail", Texts.format("problem." + kind + ".detail", locale, args));
      if (documents != null) {
        g.writeFieldName("documents");
        g.writeRawValue("[" + String.join(",", documents) + "]");
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Reply.of(status, MEDIA_TYPE, out.toByteArray()).headers(headers);
  }
}
