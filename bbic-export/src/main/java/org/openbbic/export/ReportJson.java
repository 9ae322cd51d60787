package org.openbbic.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.model.law.LegalBasis;
import org.openbbic.validation.Deadline;
import org.openbbic.validation.Finding;
import org.openbbic.validation.RuleCatalogue;
import org.openbbic.validation.Severity;
import org.openbbic.validation.ValidationReport;

/**
 * The JSON shapes of what openbbic reports: one line per validated document, the closing summary,
 * the deadline calendar of a case file, and the catalogue of codes. They are what {@code bbic
 * validate|deadlines|rules --format json} print and what a service answers, so every consumer sees
 * one shape; the README documents them. Messages, citations and deadline texts are in the given
 * language; codes, severities and legal-basis fields are language-independent.
 *
 * <p>No value of the payload is written, only codes, pointers, positions and the library's own
 * messages (which never hold an identity number or free text). Thread-safe.
 *
 * @since 0.1
 */
public final class ReportJson {

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private static final Locale SV = Locale.forLanguageTag("sv");

  private ReportJson() {}

  /**
   * One validated document as one line of JSON (no line break): {@code file}, {@code index} (its
   * place in a batch, 0 for a single document), {@code documentId}, {@code formType} ({@code
   * CASE_FILE} for a case file, {@code null} when unknown), {@code valid} and {@code findings}.
   *
   * @param file where the document came from, as the caller names it
   * @param index the document's place in its batch, 0 when not in a batch
   * @param type the class the payload was read as, {@code null} when it was not read at all
   * @param result the reader's result
   * @param locale the language of the messages and citations
   */
  public static String validation(
      String file, int index, Class<?> type, ReadResult<?> result, Locale locale) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(locale, "locale");
    ValidationReport report = result.report();
    DocumentHeader header = result.document().map(BbicDocument::header).orElse(null);
    return write(
        false,
        g -> {
          g.writeStartObject();
          g.writeStringField("file", file);
          g.writeNumberField("index", index);
          if (header != null && header.documentId() != null) {
            g.writeStringField("documentId", header.documentId().toString());
          } else {
            g.writeNullField("documentId");
          }
          g.writeStringField("formType", formTypeName(type));
          g.writeBooleanField("valid", report.isValid());
          g.writeArrayFieldStart("findings");
          for (Finding f : report.findings()) {
            writeFinding(g, f, locale);
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  /**
   * The closing record of a run, one line: {@code {"summary":{"documents":…,"valid":…,
   * "withErrors":…,"unreadable":…,"seconds":…}}}. A reader of the lines tells it from a document
   * line by its only field, {@code summary}.
   */
  public static String summary(
      int documents, int valid, int withErrors, int unreadable, double seconds) {
    return write(
        false,
        g -> {
          g.writeStartObject();
          g.writeObjectFieldStart("summary");
          g.writeNumberField("documents", documents);
          g.writeNumberField("valid", valid);
          g.writeNumberField("withErrors", withErrors);
          g.writeNumberField("unreadable", unreadable);
          g.writeNumberField("seconds", Math.round(seconds * 1000) / 1000.0);
          g.writeEndObject();
          g.writeEndObject();
        });
  }

  /**
   * The deadline calendar of one case file as one line: {@code file}, {@code index}, {@code
   * caseId}, {@code asOf} and {@code deadlines}, each with its kind, code, status, breach, dates,
   * days late, pointer, document, text and legal basis.
   */
  public static String deadlines(
      String file,
      int index,
      CaseFile caseFile,
      LocalDate asOf,
      List<Deadline> deadlines,
      Locale locale) {
    Objects.requireNonNull(caseFile, "caseFile");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(locale, "locale");
    return write(
        false,
        g -> {
          g.writeStartObject();
          g.writeStringField("file", file);
          g.writeNumberField("index", index);
          g.writeStringField("caseId", caseFile.caseId());
          g.writeStringField("asOf", asOf.toString());
          g.writeArrayFieldStart("deadlines");
          for (Deadline d : deadlines) {
            g.writeStartObject();
            g.writeStringField("kind", d.kind().name());
            g.writeStringField("code", d.kind().code());
            g.writeStringField("status", d.status().name());
            g.writeBooleanField("breach", d.status().breach());
            g.writeStringField("startDate", d.startDate().toString());
            g.writeStringField("dueDate", d.dueDate().toString());
            g.writeStringField("metOn", d.metOn().map(Object::toString).orElse(null));
            g.writeNumberField("daysLate", d.daysLate(asOf));
            g.writeStringField("pointer", d.pointer());
            g.writeStringField("documentId", d.documentId().map(Object::toString).orElse(null));
            g.writeStringField("what", d.what(locale));
            writeLegalBases(g, d.legalBasis().stream().toList(), locale);
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  /**
   * The catalogue of every code as one indented JSON array, one object per code with its severity,
   * source, level, the message templates in Swedish and English, and its legal bases (citations in
   * the given language).
   */
  public static String rules(List<RuleCatalogue.Entry> entries, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return write(
        true,
        g -> {
          g.writeStartArray();
          for (RuleCatalogue.Entry e : entries) {
            g.writeStartObject();
            g.writeStringField("code", e.code());
            g.writeStringField("severity", e.severity().name());
            g.writeStringField("lenientSeverity", e.lenientSeverity().map(Enum::name).orElse(null));
            g.writeArrayFieldStart("gradedSeverities");
            for (Severity graded : new TreeSet<>(e.gradedSeverities())) {
              g.writeString(graded.name());
            }
            g.writeEndArray();
            g.writeStringField("source", e.source().name());
            g.writeStringField("level", e.level().map(Enum::name).orElse(null));
            g.writeObjectFieldStart("messages");
            g.writeStringField("sv", e.template(SV).orElse(null));
            g.writeStringField("en", e.template(Locale.ENGLISH).orElse(null));
            g.writeEndObject();
            g.writeArrayFieldStart("legalBases");
            for (LegalBasis b : e.legalBases()) {
              writeLegalBasis(g, b, locale);
            }
            g.writeEndArray();
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }

  /** The form type's code of a root class, {@code CASE_FILE} for a case file, else null. */
  private static String formTypeName(Class<?> type) {
    if (type == null) {
      return null;
    }
    if (type == CaseFile.class) {
      return "CASE_FILE";
    }
    return BbicModel.get().findKind(type).map(k -> k.formType().code()).orElse(null);
  }

  private static void writeFinding(JsonGenerator g, Finding f, Locale locale) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", f.code());
    g.writeStringField("severity", f.severity().name());
    g.writeStringField("source", f.source().name());
    g.writeStringField("pointer", f.pointer());
    if (f.line().isPresent()) {
      g.writeNumberField("line", f.line().get());
    } else {
      g.writeNullField("line");
    }
    if (f.column().isPresent()) {
      g.writeNumberField("column", f.column().get());
    } else {
      g.writeNullField("column");
    }
    g.writeStringField("message", f.message());
    writeLegalBases(g, f.legalBases(), locale);
    g.writeEndObject();
  }

  /**
   * {@code "legalBasis"} (the provision cited first, or {@code null}) and, when there is more than
   * one, {@code "otherLegalBases"}.
   */
  private static void writeLegalBases(JsonGenerator g, List<LegalBasis> bases, Locale locale)
      throws IOException {
    g.writeFieldName("legalBasis");
    if (bases.isEmpty()) {
      g.writeNull();
      return;
    }
    writeLegalBasis(g, bases.get(0), locale);
    if (bases.size() > 1) {
      g.writeArrayFieldStart("otherLegalBases");
      for (LegalBasis b : bases.subList(1, bases.size())) {
        writeLegalBasis(g, b, locale);
      }
      g.writeEndArray();
    }
  }

  /** One provision: the one JSON shape of a legal basis. */
  private static void writeLegalBasis(JsonGenerator g, LegalBasis b, Locale locale)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("statute", b.statute().designation());
    g.writeStringField("chapter", b.chapter() == null ? null : b.chapter().toString());
    g.writeStringField("section", b.section());
    g.writeStringField("paragraph", b.paragraph() == null ? null : b.paragraph().toString());
    g.writeBooleanField("confirmed", b.confirmed());
    g.writeStringField("citation", b.cite(locale));
    g.writeStringField("validFrom", b.validFrom() == null ? null : b.validFrom().toString());
    g.writeStringField("validTo", b.validTo() == null ? null : b.validTo().toString());
    g.writeStringField("scope", b.scope().orElse(null));
    g.writeStringField("limit", b.limit().map(Object::toString).orElse(null));
    g.writeStringField("confidence", b.confidence().name());
    g.writeStringField("source", b.source());
    g.writeEndObject();
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(boolean pretty, Body body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(text)) {
      if (pretty) {
        g.setPrettyPrinter(new DefaultPrettyPrinter());
      }
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
