package org.openbbic.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.model.law.LegalBasis;
import org.openbbic.validation.Finding;
import org.openbbic.validation.Severity;
import org.openbbic.validation.ValidationReport;

/** Prints what was found in a document: short Swedish (or English) text, or one JSON line. */
final class Reports {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .disable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private final Locale locale;
  private final boolean json;

  Reports(Locale locale, boolean json) {
    this.locale = locale;
    this.json = json;
  }

  /** Whether a report holds a FATAL finding: the input could not be read. */
  static boolean unreadable(ValidationReport report) {
    return report.findings().stream().anyMatch(f -> f.severity() == Severity.FATAL);
  }

  void print(Documents.Item item, PrintWriter out) {
    if (json) {
      out.println(jsonLine(item));
    } else {
      printText(item, out);
    }
  }

  private void printText(Documents.Item item, PrintWriter out) {
    ValidationReport report = item.result().report();
    String verdict =
        unreadable(report)
            ? Texts.get("cli.unreadable", locale)
            : report.isValid() ? Texts.get("cli.valid", locale) : Texts.get("cli.invalid", locale);
    String where = item.batch() ? item.file() + "#" + item.index() : item.file();
    out.println(where + ": " + describe(item) + verdict);
    for (Finding f : report.findings()) {
      StringBuilder line = new StringBuilder("  ");
      line.append(Texts.get("severity." + f.severity().name(), locale)).append(' ');
      line.append(f.code()).append(' ');
      line.append(f.pointer().isEmpty() ? "/" : f.pointer());
      if (f.line().isPresent()) {
        line.append(" (")
            .append(Texts.format("cli.line", locale, f.line().get(), f.column().orElse(0)))
            .append(')');
      }
      line.append(": ").append(f.message());
      if (!f.legalBases().isEmpty()) {
        line.append(" — ")
            .append(
                f.legalBases().stream()
                    .map(b -> b.citeShort(locale))
                    .collect(java.util.stream.Collectors.joining("; ")));
      }
      out.println(line);
    }
  }

  /**
   * Writes {@code "legalBasis"} (the provision cited first, or {@code null}) and, when a finding
   * rests on more than one, {@code "otherLegalBases"}.
   */
  static void writeLegalBases(JsonGenerator g, List<LegalBasis> bases, Locale locale)
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

  /**
   * One provision as the README documents it: the one JSON shape of a legal basis, for {@code
   * validate}, {@code deadlines} and {@code rules}.
   */
  static void writeLegalBasis(JsonGenerator g, LegalBasis b, Locale locale) throws IOException {
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

  private String describe(Documents.Item item) {
    Object value = item.result().value().orElse(null);
    if (value instanceof BbicDocument d && d.formType() != null) {
      return d.formType().label(locale) + ", ";
    }
    if (value instanceof CaseFile) {
      return Texts.get("cli.caseFile", locale) + ", ";
    }
    return "";
  }

  private String jsonLine(Documents.Item item) {
    ValidationReport report = item.result().report();
    Object value = item.result().value().orElse(null);
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.getFactory().createGenerator(text)) {
      g.writeStartObject();
      g.writeStringField("file", item.file());
      g.writeNumberField("index", item.index());
      if (value instanceof BbicDocument d
          && d.header() != null
          && d.header().documentId() != null) {
        g.writeStringField("documentId", d.header().documentId().toString());
      } else {
        g.writeNullField("documentId");
      }
      g.writeStringField("formType", DocumentTypes.formTypeName(item.type()));
      g.writeBooleanField("valid", report.isValid());
      g.writeArrayFieldStart("findings");
      for (Finding f : report.findings()) {
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
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
