package org.openbbic.stats.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openbbic.print.PrintPage;
import org.openbbic.stats.Agreement;
import org.openbbic.stats.ImplementationQuestionnaire;
import org.openbbic.stats.QuestionnaireResult;
import org.openbbic.stats.QuestionnaireStatement;
import org.openbbic.stats.internal.Published.Cell;
import org.openbbic.stats.internal.Published.Unit;

/**
 * A questionnaire's result as published, with small-number protection applied as for the case
 * statistics ({@link Publication}), and its renderings: an HTML page with SVG bar charts, a print
 * page (XHTML with CSS bars) for the PDF, one CSV file and JSON. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class QuestionnairePages {

  /** The {@code $id} of the JSON output's schema. */
  public static final String SCHEMA_ID =
      "https://openbbic.github.io/schema/1/openbbic-questionnaire-1.schema.json";

  private static final String SCHEMA_VERSION = "1";

  private record Line(String code, String label, Cell count, Cell share) {}

  private record Statement(QuestionnaireStatement source, Cell answers, List<Line> lines) {
    long suppressedCells() {
      long n = answers.suppressed() ? 1 : 0;
      for (Line l : lines) {
        n += (l.count.suppressed() ? 1 : 0) + (l.share.suppressed() ? 1 : 0);
      }
      return n;
    }
  }

  private record Theme(
      String theme, String heading, List<Statement> statements, List<String> comments) {}

  private final String title;
  private final long respondents;
  private final int threshold;
  private final Locale locale;
  private final boolean en;
  private final List<Theme> themes = new ArrayList<>();
  private final List<String> notes;

  /** The published form of {@code result}. */
  public QuestionnairePages(QuestionnaireResult result, int threshold, Locale locale) {
    this.locale = locale;
    this.en = Labels.english(locale);
    this.threshold = threshold;
    this.respondents = result.respondents();
    this.title =
        result.title().isBlank()
            ? (en ? "BBIC implementation follow-up" : "Uppföljning av BBIC")
            : result.title();
    List<String> order = result.themes();
    for (String theme : order) {
      List<Statement> statements = new ArrayList<>();
      for (QuestionnaireStatement s : result.statements()) {
        if (s.theme().equals(theme)) {
          statements.add(statement(result, s));
        }
      }
      String heading =
          !theme.isEmpty()
              ? theme
              : statements.isEmpty()
                  ? (en ? "Other comments" : "Övriga kommentarer")
                  : order.size() == 1
                      ? (en ? "Statements" : "Påståenden")
                      : (en ? "General" : "Allmänt");
      themes.add(new Theme(theme, heading, statements, result.comments(theme)));
    }
    this.notes = notes();
  }

  private Statement statement(QuestionnaireResult result, QuestionnaireStatement s) {
    var table = result.table(s.id());
    List<List<Cell>> grid = new ArrayList<>();
    for (String row : table.rows()) {
      grid.add(new ArrayList<>(List.of(Publication.count(table.count(row), threshold))));
    }
    // the number of respondents is published: a lone suppressed count must take another along
    Publication.secondarySuppression(grid, 1);
    List<Line> lines = new ArrayList<>();
    Cell noAnswer = null;
    for (int i = 0; i < table.rows().size(); i++) {
      String row = table.rows().get(i);
      Cell count = grid.get(i).get(0);
      Cell share =
          count.suppressed()
              ? Cell.hidden(Unit.PERCENT)
              : respondents == 0
                  ? new Cell(null, Unit.PERCENT, false)
                  : new Cell(100.0 * table.count(row) / respondents, Unit.PERCENT, false);
      boolean none = ImplementationQuestionnaire.NO_ANSWER.equals(row);
      if (none) {
        noAnswer = count;
      }
      String label = none ? Labels.text(row, locale) : Agreement.valueOf(row).label(locale);
      lines.add(new Line(row, label, count, share));
    }
    // the number who answered would give away a suppressed number of those who did not
    Cell answers =
        noAnswer != null && noAnswer.suppressed()
            ? Cell.hidden(Unit.COUNT)
            : Cell.count(result.answered(s.id()));
    return new Statement(s, answers, lines);
  }

  private List<String> notes() {
    List<String> list = new ArrayList<>();
    if (threshold <= 1) {
      list.add(
          en
              ? "No small-number protection (threshold "
                  + threshold
                  + "): every count is shown exactly, as for respondents who answer in a public"
                  + " role."
              : "Inget skydd mot röjande av små tal (tröskel "
                  + threshold
                  + "): alla antal visas exakt, som när de svarande svarar i en offentlig roll.");
    } else {
      list.add(
          en
              ? "Small-number protection as for the case statistics (threshold "
                  + threshold
                  + "): counts from 1 to "
                  + (threshold - 1)
                  + " are suppressed and shown as \"..\" (null in JSON), with their shares;"
                  + " zeros are shown. When a single count of a statement is suppressed, the next"
                  + " smallest is suppressed too, so that it cannot be recovered from the number"
                  + " of respondents. --threshold 0 turns the protection off."
              : "Skydd mot röjande av uppgifter om enskilda som för ärendestatistiken (tröskel "
                  + threshold
                  + "): antal från 1 till "
                  + (threshold - 1)
                  + " döljs och visas som \"..\" (null i JSON), liksom deras andelar; nollor"
                  + " visas. När bara ett antal för ett påstående döljs, döljs även det näst"
                  + " minsta så att det inte kan räknas fram ur antalet svarande. --threshold 0"
                  + " stänger av skyddet.");
    }
    list.add(
        en
            ? "Shares are percentages of all respondents, those who did not answer included."
            : "Andelar är procent av samtliga svarande, även dem som inte besvarade påståendet.");
    return List.copyOf(list);
  }

  private String respondentsLine() {
    return (en ? "Respondents: " : "Antal svarande: ") + respondents;
  }

  private String answersLine(Statement s) {
    return (en ? "Answers: " : "Antal svar: ")
        + Render.text(s.answers, locale)
        + (en ? " of " : " av ")
        + respondents;
  }

  private String answerHeading() {
    return en ? "Answer" : "Svarsalternativ";
  }

  private String countHeading() {
    return Labels.text("COUNT", locale);
  }

  private String shareHeading() {
    return en ? "Share, %" : "Andel, %";
  }

  private String commentsHeading() {
    return en ? "Comments" : "Kommentarer";
  }

  private String lang() {
    return en ? "en" : "sv";
  }

  // ------------------------------------------------------------------ HTML

  /** One self-contained HTML page with an SVG bar chart per statement; no script. */
  public String html() {
    StringBuilder sb = new StringBuilder(32768);
    sb.append("<!DOCTYPE html>\n<html lang=\"").append(lang()).append("\">\n<head>\n");
    sb.append("<meta charset=\"utf-8\">\n");
    sb.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .append(" style-src 'unsafe-inline'\">\n");
    sb.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    sb.append("<title>").append(Render.html(title)).append("</title>\n");
    sb.append("<style>\n")
        .append("body{font-family:system-ui,-apple-system,'Segoe UI',Arial,sans-serif;")
        .append("margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1b1b1b;line-height:1.4}\n")
        .append("h2{border-bottom:2px solid #16365c;color:#16365c;margin-top:2rem}\n")
        .append("h3{font-size:1.05rem;margin:1.5rem 0 .25rem}\n")
        .append("table{border-collapse:collapse;margin:.5rem 0}\n")
        .append("th,td{border:1px solid #bbb;padding:.25rem .6rem;text-align:left}\n")
        .append("td.n{text-align:right;font-variant-numeric:tabular-nums}\n")
        .append("thead th{background:#eef1f4}\n")
        .append(".answers{margin:0;color:#333}\n")
        .append(".notes{background:#f6f6f0;border-left:4px solid #8a7a2a;padding:.5rem 1rem}\n")
        .append(".comments li{margin:.25rem 0;white-space:pre-line}\n")
        .append(".figure{display:flex;flex-wrap:wrap;align-items:flex-start;gap:0 1.5rem}\n")
        .append("code{white-space:nowrap}\n")
        .append("svg{display:block;margin:.5rem 0 1rem}\n")
        .append("svg text{font-size:13px;fill:#1b1b1b}\n")
        .append("@media print{section.statement{break-inside:avoid}}\n")
        .append("</style>\n</head>\n<body>\n");
    sb.append("<header>\n<h1>").append(Render.html(title)).append("</h1>\n");
    sb.append("<p>").append(Render.html(respondentsLine())).append("</p>\n</header>\n");
    sb.append("<section class=\"notes\" aria-label=\"")
        .append(en ? "About the tables" : "Om tabellerna")
        .append("\">\n");
    for (String note : notes) {
      // the option is one word on the page
      sb.append("<p>")
          .append(Render.html(note).replace("--threshold 0", "<code>--threshold 0</code>"))
          .append("</p>\n");
    }
    sb.append("</section>\n<main>\n");
    int index = 0;
    for (Theme theme : themes) {
      sb.append("<section class=\"theme\">\n<h2>")
          .append(Render.html(theme.heading))
          .append("</h2>\n");
      for (Statement s : theme.statements) {
        index++;
        sb.append("<section class=\"statement\" id=\"statement-")
            .append(Render.html(s.source.id()))
            .append("\">\n<h3>")
            .append(Render.html(s.source.text()))
            .append("</h3>\n<p class=\"answers\">")
            .append(Render.html(answersLine(s)))
            .append("</p>\n<div class=\"figure\">\n<table>\n<thead><tr><th scope=\"col\">")
            .append(Render.html(answerHeading()))
            .append("</th><th scope=\"col\">")
            .append(Render.html(countHeading()))
            .append("</th><th scope=\"col\">")
            .append(Render.html(shareHeading()))
            .append("</th></tr></thead>\n<tbody>\n");
        for (Line l : s.lines) {
          sb.append("<tr><th scope=\"row\">")
              .append(Render.html(l.label))
              .append("</th><td class=\"n\">")
              .append(Render.html(Render.text(l.count, locale)))
              .append("</td><td class=\"n\">")
              .append(Render.html(Render.text(l.share, locale)))
              .append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
        svg(sb, s, "chart-" + index);
        sb.append("</div>\n</section>\n");
      }
      comments(sb, theme, false);
      sb.append("</section>\n");
    }
    sb.append("</main>\n</body>\n</html>\n");
    return sb.toString();
  }

  /** A horizontal bar per answer, its length the share of respondents on a 0–100 % axis. */
  private void svg(StringBuilder sb, Statement s, String id) {
    int labelWidth = 150;
    int barWidth = 300;
    int rowHeight = 26;
    int width = labelWidth + barWidth + 70;
    int height = s.lines.size() * rowHeight + 24;
    String title =
        s.source.text() + " (" + shareHeading() + (en ? " of respondents)" : " av svarande)");
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("\">\n<title id=\"")
        .append(id)
        .append("\">")
        .append(Render.html(title))
        .append("</title>\n");
    int y = 4;
    for (Line l : s.lines) {
      String value = Render.text(l.share, locale);
      String text = l.label + ": " + value + (l.share.value() == null ? "" : " %");
      double v = l.share.value() == null ? 0 : l.share.value();
      int w = (int) Math.round(barWidth * v / 100.0);
      sb.append("<g>\n<text x=\"0\" y=\"")
          .append(y + 17)
          .append("\">")
          .append(Render.html(l.label))
          .append("</text>\n<rect x=\"")
          .append(labelWidth)
          .append("\" y=\"")
          .append(y + 3)
          .append("\" width=\"")
          .append(w)
          .append("\" height=\"")
          .append(rowHeight - 6)
          .append("\" fill=\"#2f6f9f\" aria-label=\"")
          .append(Render.html(text))
          .append("\"><title>")
          .append(Render.html(text))
          .append("</title></rect>\n<text x=\"")
          .append(labelWidth + w + 6)
          .append("\" y=\"")
          .append(y + 17)
          .append("\">")
          .append(Render.html(value.equals(Render.SUPPRESSED) ? value : value + " %"))
          .append("</text>\n</g>\n");
      y += rowHeight;
    }
    // the axis: 0, 50 and 100 %
    sb.append("<line x1=\"")
        .append(labelWidth)
        .append("\" y1=\"")
        .append(y + 2)
        .append("\" x2=\"")
        .append(labelWidth + barWidth)
        .append("\" y2=\"")
        .append(y + 2)
        .append("\" stroke=\"#7a7a7a\" stroke-width=\"1\"/>\n");
    for (int p = 0; p <= 100; p += 50) {
      sb.append("<text x=\"")
          .append(labelWidth + barWidth * p / 100 - (p == 0 ? 0 : p == 100 ? 28 : 12))
          .append("\" y=\"")
          .append(y + 16)
          .append("\">")
          .append(p)
          .append(" %</text>\n");
    }
    sb.append("</svg>\n");
  }

  /**
   * The theme's comments, each escaped, its line breaks kept; a theme of comments only (the general
   * ones) has its heading already.
   */
  private void comments(StringBuilder sb, Theme theme, boolean xhtml) {
    if (theme.comments.isEmpty()) {
      return;
    }
    sb.append(xhtml ? "<div" : "<section").append(" class=\"comments\">\n");
    if (!theme.statements.isEmpty()) {
      String heading =
          theme.theme.isEmpty() ? commentsHeading() : commentsHeading() + ": " + theme.heading;
      sb.append("<h3>").append(escape(heading, xhtml)).append("</h3>\n");
    }
    sb.append("<ul>\n");
    for (String c : theme.comments) {
      sb.append("<li>");
      String[] lines = c.split("\\R", -1);
      for (int i = 0; i < lines.length; i++) {
        sb.append(i == 0 ? "" : xhtml ? "<br/>" : "<br>").append(escape(lines[i], xhtml));
      }
      sb.append("</li>\n");
    }
    sb.append("</ul>\n").append(xhtml ? "</div>" : "</section>").append('\n');
  }

  private static String escape(String text, boolean xhtml) {
    return xhtml ? PrintPage.escape(text) : Render.html(text);
  }

  // ------------------------------------------------------------------ print (PDF)

  /** The print page (XHTML, CSS bars) in the printouts' style. */
  public String xhtml() {
    StringBuilder sb = new StringBuilder(32768);
    sb.append("<h1>").append(PrintPage.escape(title)).append("</h1>\n");
    sb.append("<p>").append(PrintPage.escape(respondentsLine())).append("</p>\n");
    sb.append("<div class=\"notes\">\n");
    for (String note : notes) {
      sb.append("<p>")
          .append(
              PrintPage.escape(note)
                  .replace("--threshold 0", "<span class=\"nowrap\">--threshold 0</span>"))
          .append("</p>\n");
    }
    sb.append("</div>\n");
    for (Theme theme : themes) {
      sb.append("<h2>").append(PrintPage.escape(theme.heading)).append("</h2>\n");
      for (Statement s : theme.statements) {
        sb.append("<div class=\"statement\">\n<h3>")
            .append(PrintPage.escape(s.source.text()))
            .append("</h3>\n<p class=\"answers\">")
            .append(PrintPage.escape(answersLine(s)))
            .append("</p>\n<table class=\"q\">\n<thead><tr><th class=\"label\" scope=\"col\">")
            .append(PrintPage.escape(answerHeading()))
            .append("</th><th class=\"n\" scope=\"col\">")
            .append(PrintPage.escape(countHeading()))
            .append("</th><th class=\"p\" scope=\"col\">")
            .append(PrintPage.escape(shareHeading()))
            .append("</th><th class=\"chart\" scope=\"col\">")
            .append(PrintPage.escape(en ? "Chart (0–100 %)" : "Diagram (0–100 %)"))
            .append("</th></tr></thead>\n<tbody>\n");
        for (Line l : s.lines) {
          double v = l.share.value() == null ? 0 : l.share.value();
          sb.append("<tr><th scope=\"row\">")
              .append(PrintPage.escape(l.label))
              .append("</th><td class=\"n\">")
              .append(PrintPage.escape(Render.text(l.count, locale)))
              .append("</td><td class=\"n\">")
              .append(PrintPage.escape(Render.text(l.share, locale)))
              .append("</td><td class=\"chart\">");
          if (v > 0) {
            sb.append("<div class=\"bar\" style=\"width:")
                .append(String.format(Locale.ROOT, "%.1f", v))
                .append("%\"></div>");
          }
          sb.append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</div>\n");
      }
      comments(sb, theme, true);
    }
    return PrintPage.xhtml(title, title, PRINT_CSS, sb.toString(), locale);
  }

  private static final String PRINT_CSS =
      """
      .notes { border-left: 3pt solid #8a7a2a; padding: 2pt 6pt; margin: 0 0 8pt 0;
               font-size: 9pt; }
      .statement { page-break-inside: avoid; break-inside: avoid; }
      .answers { font-size: 9pt; color: #333333; margin-bottom: 3pt; }
      table.q th.label { width: 34%; }
      table.q th.n { width: 12%; }
      table.q th.p { width: 14%; }
      table.q th.chart { width: 40%; }
      table.q td.n { text-align: right; }
      table.q td.chart { vertical-align: middle; }
      div.bar { height: 8pt; background: #2f6f9f; }
      .comments li { margin: 0 0 3pt 0; }
      """;

  // ------------------------------------------------------------------ CSV

  /**
   * One CSV file, UTF-8 (with a byte-order mark when {@code bom}), CRLF: a block about the
   * questionnaire, an empty line, one row per statement and answer, an empty line, the comments.
   */
  public byte[] csv(char separator, boolean bom) {
    StringBuilder sb = new StringBuilder();
    line(sb, separator, en ? "Title" : "Titel", title);
    line(sb, separator, en ? "Respondents" : "Antal svarande", Long.toString(respondents));
    line(sb, separator, en ? "Threshold" : "Tröskel", Integer.toString(threshold));
    for (String note : notes) {
      line(sb, separator, en ? "Note" : "Not", note);
    }
    sb.append("\r\n");
    line(
        sb,
        separator,
        en ? "Theme" : "Tema",
        "Id",
        en ? "Statement" : "Påstående",
        en ? "Answers" : "Antal svar",
        en ? "Code" : "Kod",
        answerHeading(),
        countHeading(),
        shareHeading());
    for (Theme theme : themes) {
      for (Statement s : theme.statements) {
        for (Line l : s.lines) {
          line(
              sb,
              separator,
              theme.theme,
              s.source.id(),
              s.source.text(),
              Render.text(s.answers, locale),
              l.code,
              l.label,
              Render.text(l.count, locale),
              Render.text(l.share, locale));
        }
      }
    }
    boolean any = themes.stream().anyMatch(t -> !t.comments.isEmpty());
    if (any) {
      sb.append("\r\n");
      line(sb, separator, en ? "Theme" : "Tema", en ? "Comment" : "Kommentar");
      for (Theme theme : themes) {
        for (String c : theme.comments) {
          line(sb, separator, theme.theme, c);
        }
      }
    }
    byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
    if (!bom) {
      return body;
    }
    byte[] all = new byte[body.length + 3];
    all[0] = (byte) 0xEF;
    all[1] = (byte) 0xBB;
    all[2] = (byte) 0xBF;
    System.arraycopy(body, 0, all, 3, body.length);
    return all;
  }

  private static void line(StringBuilder sb, char separator, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        sb.append(separator);
      }
      sb.append(Render.csv(fields[i], separator));
    }
    sb.append("\r\n");
  }

  // ------------------------------------------------------------------ JSON

  /** One JSON object, as the schema {@link #SCHEMA_ID} describes. */
  public String json() {
    StringBuilder sb = new StringBuilder(16384);
    sb.append("{\n  \"$schema\": ").append(Render.json(SCHEMA_ID));
    sb.append(",\n  \"kind\": \"implementation-questionnaire\"");
    sb.append(",\n  \"schemaVersion\": ").append(Render.json(SCHEMA_VERSION));
    sb.append(",\n  \"language\": ").append(Render.json(lang()));
    sb.append(",\n  \"title\": ").append(Render.json(title));
    sb.append(",\n  \"respondents\": ").append(respondents);
    sb.append(",\n  \"suppression\": {\"threshold\": ").append(threshold);
    sb.append(", \"applied\": ").append(threshold > 1);
    sb.append(", \"suppressedValue\": null, \"notes\": [");
    for (int i = 0; i < notes.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(Render.json(notes.get(i)));
    }
    sb.append("]},\n  \"scale\": [");
    Agreement[] steps = Agreement.values();
    for (int i = 0; i < steps.length; i++) {
      sb.append(i == 0 ? "" : ", ")
          .append("{\"code\": ")
          .append(Render.json(steps[i].name()))
          .append(", \"number\": ")
          .append(i + 1)
          .append(", \"label\": ")
          .append(Render.json(steps[i].label(locale)))
          .append('}');
    }
    sb.append("],\n  \"themes\": [");
    for (int t = 0; t < themes.size(); t++) {
      Theme theme = themes.get(t);
      sb.append(t == 0 ? "\n" : ",\n");
      sb.append("    {\"theme\": ").append(Render.json(theme.theme));
      sb.append(", \"heading\": ").append(Render.json(theme.heading));
      sb.append(",\n     \"statements\": [");
      for (int i = 0; i < theme.statements.size(); i++) {
        Statement s = theme.statements.get(i);
        sb.append(i == 0 ? "\n" : ",\n");
        sb.append("       {\"id\": ").append(Render.json(s.source.id()));
        sb.append(", \"text\": ").append(Render.json(s.source.text()));
        sb.append(", \"answers\": ").append(number(s.answers));
        sb.append(", \"suppressedCells\": ").append(s.suppressedCells());
        sb.append(",\n        \"rows\": [");
        for (int r = 0; r < s.lines.size(); r++) {
          Line l = s.lines.get(r);
          sb.append(r == 0 ? "\n" : ",\n");
          sb.append("          {\"code\": ").append(Render.json(l.code));
          sb.append(", \"label\": ").append(Render.json(l.label));
          sb.append(", \"count\": ").append(number(l.count));
          sb.append(", \"share\": ").append(number(l.share)).append('}');
        }
        sb.append("]}");
      }
      sb.append("],\n     \"comments\": [");
      for (int i = 0; i < theme.comments.size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(Render.json(theme.comments.get(i)));
      }
      sb.append("]}");
    }
    sb.append("\n  ]\n}\n");
    return sb.toString();
  }

  private static String number(Cell cell) {
    if (cell.value() == null) {
      return "null";
    }
    if (cell.unit() == Unit.COUNT) {
      return Long.toString(Math.round(cell.value()));
    }
    return java.math.BigDecimal.valueOf(cell.value())
        .setScale(1, java.math.RoundingMode.HALF_UP)
        .toPlainString();
  }
}
