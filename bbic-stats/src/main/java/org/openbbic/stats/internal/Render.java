package org.openbbic.stats.internal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openbbic.stats.internal.Published.Cell;
import org.openbbic.stats.internal.Published.Column;
import org.openbbic.stats.internal.Published.Document;
import org.openbbic.stats.internal.Published.Row;
import org.openbbic.stats.internal.Published.Table;
import org.openbbic.stats.internal.Published.Unit;

/**
 * Renders a {@link Document} as JSON, CSV files or a self-contained HTML page with inline SVG bar
 * charts (no JavaScript), each with one escaping helper. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Render {

  /** How a suppressed cell reads in CSV and HTML. */
  public static final String SUPPRESSED = "..";

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private Render() {}

  // ------------------------------------------------------------------ escaping helpers

  /** A JSON string literal of {@code s}, quotes included. */
  public static String json(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** A CSV field: quoted when it holds the separator, a quote or a line break. */
  public static String csv(String s, char separator) {
    if (s.indexOf(separator) < 0
        && s.indexOf('"') < 0
        && s.indexOf('\n') < 0
        && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /** {@code s} escaped for HTML text and attribute values. */
  public static String html(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A cell's text in {@code locale}: Swedish decimal comma unless English. */
  public static String text(Cell cell, Locale locale) {
    if (cell.suppressed()) {
      return SUPPRESSED;
    }
    if (cell.value() == null) {
      return "–";
    }
    if (cell.unit() == Unit.COUNT || cell.unit() == Unit.DAYS) {
      return Long.toString(Math.round(cell.value()));
    }
    DecimalFormat f =
        new DecimalFormat(
            "0.0",
            DecimalFormatSymbols.getInstance(
                Labels.english(locale) ? Locale.ENGLISH : new Locale("sv", "SE")));
    return f.format(round(cell.value()));
  }

  private static double round(double v) {
    return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
  }

  private static String jsonNumber(Cell cell) {
    if (cell.value() == null) {
      return "null";
    }
    if (cell.unit() == Unit.COUNT || cell.unit() == Unit.DAYS) {
      return Long.toString(Math.round(cell.value()));
    }
    return BigDecimal.valueOf(round(cell.value())).toPlainString();
  }

  // ------------------------------------------------------------------ JSON

  /** Writes {@code doc} as one JSON object. */
  public static void json(Document doc, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder(8192);
    sb.append("{\n  \"kind\": ").append(json(doc.kind()));
    sb.append(",\n  \"title\": ").append(json(doc.title()));
    sb.append(",\n  \"subtitle\": ").append(json(doc.subtitle()));
    for (String[] kv : doc.metadata()) {
      sb.append(",\n  ").append(json(kv[0])).append(": ").append(json(kv[1]));
    }
    sb.append(",\n  \"suppression\": {\"threshold\": ").append(doc.threshold());
    sb.append(", \"suppressedValue\": null, \"notes\": [");
    for (int i = 0; i < doc.notes().size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(json(doc.notes().get(i)));
    }
    sb.append("]},\n  \"tables\": [");
    for (int t = 0; t < doc.tables().size(); t++) {
      Table table = doc.tables().get(t);
      sb.append(t == 0 ? "\n" : ",\n");
      sb.append("    {\"id\": ").append(json(table.id()));
      sb.append(", \"part\": ").append(json(table.part()));
      sb.append(", \"title\": ").append(json(table.title()));
      sb.append(", \"suppressedCells\": ").append(table.suppressedCells());
      sb.append(",\n     \"columns\": [");
      for (int c = 0; c < table.columns().size(); c++) {
        Column col = table.columns().get(c);
        sb.append(c == 0 ? "" : ", ");
        sb.append("{\"code\": ").append(json(col.code()));
        sb.append(", \"label\": ").append(json(col.label())).append('}');
      }
      sb.append("],\n     \"rows\": [");
      for (int r = 0; r < table.rows().size(); r++) {
        Row row = table.rows().get(r);
        sb.append(r == 0 ? "\n" : ",\n");
        sb.append("       {\"code\": ").append(json(row.code()));
        sb.append(", \"label\": ").append(json(row.label()));
        sb.append(", \"values\": [");
        for (int c = 0; c < row.cells().size(); c++) {
          sb.append(c == 0 ? "" : ", ").append(jsonNumber(row.cells().get(c)));
        }
        sb.append("]}");
      }
      sb.append("]}");
    }
    sb.append("\n  ]\n}\n");
    out.write(sb.toString());
    out.flush();
  }

  // ------------------------------------------------------------------ CSV

  /**
   * One CSV file per table plus {@code 00-om-rapporten.csv} (about the report), as file name →
   * UTF-8 bytes (with a byte-order mark when {@code bom}); CRLF line ends.
   */
  public static Map<String, byte[]> csv(Document doc, Locale locale, char separator, boolean bom) {
    boolean en = Labels.english(locale);
    Map<String, byte[]> files = new LinkedHashMap<>();
    StringBuilder about = new StringBuilder();
    line(about, separator, List.of(en ? "Field" : "Fält", en ? "Value" : "Värde"));
    line(about, separator, List.of(en ? "Title" : "Titel", doc.title()));
    line(about, separator, List.of(en ? "Subtitle" : "Underrubrik", doc.subtitle()));
    for (String[] kv : doc.metadata()) {
      line(about, separator, List.of(kv[0], kv[1]));
    }
    for (String note : doc.notes()) {
      line(about, separator, List.of(en ? "Note" : "Not", note));
    }
    files.put(en ? "00-about.csv" : "00-om-rapporten.csv", bytes(about, bom));
    int n = 1;
    for (Table table : doc.tables()) {
      StringBuilder sb = new StringBuilder();
      List<String> header = new java.util.ArrayList<>();
      header.add(en ? "Code" : "Kod");
      header.add(table.title());
      table.columns().forEach(c -> header.add(c.label()));
      line(sb, separator, header);
      for (Row row : table.rows()) {
        List<String> cells = new java.util.ArrayList<>();
        cells.add(row.code());
        cells.add(row.label());
        row.cells().forEach(c -> cells.add(text(c, locale)));
        line(sb, separator, cells);
      }
      files.put(String.format(Locale.ROOT, "%02d-%s.csv", n++, table.id()), bytes(sb, bom));
    }
    return files;
  }

  private static void line(StringBuilder sb, char separator, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(separator);
      }
      sb.append(csv(fields.get(i), separator));
    }
    sb.append("\r\n");
  }

  private static byte[] bytes(StringBuilder sb, boolean bom) {
    byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
    if (!bom) {
      return body;
    }
    byte[] all = new byte[body.length + BOM.length];
    System.arraycopy(BOM, 0, all, 0, BOM.length);
    System.arraycopy(body, 0, all, BOM.length, body.length);
    return all;
  }

  // ------------------------------------------------------------------ HTML

  /** Writes {@code doc} as one self-contained HTML page with inline SVG bar charts. */
  public static void html(Document doc, Locale locale, Writer out) throws IOException {
    String lang = Labels.english(locale) ? "en" : "sv";
    StringBuilder sb = new StringBuilder(32768);
    sb.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n");
    sb.append("<meta charset=\"utf-8\">\n");
    sb.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    sb.append("<title>").append(html(doc.title() + " – " + doc.subtitle())).append("</title>\n");
    sb.append("<style>\n")
        .append("body{font-family:system-ui,-apple-system,'Segoe UI',Arial,sans-serif;")
        .append("margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1b1b1b;line-height:1.4}\n")
        .append("table{border-collapse:collapse;margin:.5rem 0 1rem}\n")
        .append("th,td{border:1px solid #bbb;padding:.25rem .6rem;text-align:left}\n")
        .append("td.n{text-align:right;font-variant-numeric:tabular-nums}\n")
        .append("thead th{background:#eef1f4}\n")
        .append(".notes{background:#f6f6f0;border-left:4px solid #8a7a2a;padding:.5rem 1rem}\n")
        .append("svg text{font-size:12px;fill:#1b1b1b}\n")
        .append("@media print{section.table{break-inside:avoid}}\n")
        .append("</style>\n</head>\n<body>\n");
    sb.append("<header>\n<h1>").append(html(doc.title())).append("</h1>\n");
    sb.append("<p>").append(html(doc.subtitle())).append("</p>\n</header>\n");
    sb.append("<section class=\"notes\" aria-label=\"")
        .append(html(Labels.english(locale) ? "About the report" : "Om rapporten"))
        .append("\">\n");
    for (String note : doc.notes()) {
      sb.append("<p>").append(html(note)).append("</p>\n");
    }
    sb.append("</section>\n<main>\n");
    String part = null;
    int index = 0;
    for (Table table : doc.tables()) {
      if (!table.part().equals(part)) {
        part = table.part();
        sb.append("<h2>").append(html(part)).append("</h2>\n");
      }
      index++;
      sb.append("<section class=\"table\" id=\"").append(html(table.id())).append("\">\n");
      sb.append("<h3>").append(html(table.title())).append("</h3>\n");
      sb.append("<table>\n<thead><tr><th scope=\"col\">")
          .append(Labels.english(locale) ? "Category" : "Kategori")
          .append("</th>");
      for (Column c : table.columns()) {
        sb.append("<th scope=\"col\">").append(html(c.label())).append("</th>");
      }
      sb.append("</tr></thead>\n<tbody>\n");
      for (Row row : table.rows()) {
        sb.append("<tr><th scope=\"row\">").append(html(row.label())).append("</th>");
        for (Cell cell : row.cells()) {
          sb.append("<td class=\"n\">").append(html(text(cell, locale))).append("</td>");
        }
        sb.append("</tr>\n");
      }
      sb.append("</tbody>\n</table>\n");
      if (table.chartColumn() >= 0 && !table.rows().isEmpty()) {
        chart(sb, table, "chart-" + index, locale);
      }
      sb.append("</section>\n");
    }
    sb.append("</main>\n</body>\n</html>\n");
    out.write(sb.toString());
    out.flush();
  }

  private static void chart(StringBuilder sb, Table table, String id, Locale locale) {
    int col = table.chartColumn();
    String colLabel = table.columns().get(col).label();
    double max = 0;
    for (Row row : table.rows()) {
      Cell c = row.cells().get(col);
      if (!c.suppressed() && c.value() != null) {
        max = Math.max(max, c.value());
      }
    }
    int labelWidth = 300;
    int barWidth = 320;
    int rowHeight = 22;
    int width = labelWidth + barWidth + 60;
    int height = table.rows().size() * rowHeight + 8;
    String title = table.title() + " (" + colLabel + ")";
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
        .append("\" aria-label=\"")
        .append(html(title))
        .append("\">\n<title id=\"")
        .append(id)
        .append("\">")
        .append(html(title))
        .append("</title>\n");
    int y = 4;
    for (Row row : table.rows()) {
      Cell c = row.cells().get(col);
      String value = text(c, locale);
      String label = row.label();
      String shortLabel = label.length() > 46 ? label.substring(0, 45) + "…" : label;
      sb.append("<g>\n<text x=\"0\" y=\"")
          .append(y + 15)
          .append("\">")
          .append(html(shortLabel))
          .append("</text>\n");
      double v = c.suppressed() || c.value() == null ? 0 : c.value();
      int w = max <= 0 ? 0 : (int) Math.round(barWidth * v / max);
      sb.append("<rect x=\"")
          .append(labelWidth)
          .append("\" y=\"")
          .append(y + 3)
          .append("\" width=\"")
          .append(w)
          .append("\" height=\"")
          .append(rowHeight - 6)
          .append("\" fill=\"#2f6f9f\" aria-label=\"")
          .append(html(label + ": " + value))
          .append("\"><title>")
          .append(html(label + ": " + value))
          .append("</title></rect>\n");
      sb.append("<text x=\"")
          .append(labelWidth + w + 6)
          .append("\" y=\"")
          .append(y + 15)
          .append("\">")
          .append(html(value))
          .append("</text>\n</g>\n");
      y += rowHeight;
    }
    sb.append("</svg>\n");
  }
}
