package org.openbbic.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import org.openbbic.export.ReportJson;
import org.openbbic.forms.BbicDocument;
import org.openbbic.validation.Finding;
import org.openbbic.validation.Severity;
import org.openbbic.validation.ValidationReport;

/** Prints what was found in a document: short Swedish (or English) text, or one JSON line. */
final class Reports {

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

  private String describe(Documents.Item item) {
    Optional<BbicDocument> document = item.document();
    if (document.isPresent()) {
      return document.get().formType().label(locale) + ", ";
    }
    if (item.caseFile().isPresent()) {
      return Texts.get("cli.caseFile", locale) + ", ";
    }
    return "";
  }

  private String jsonLine(Documents.Item item) {
    return ReportJson.validation(item.file(), item.index(), item.type(), item.result(), locale);
  }
}
