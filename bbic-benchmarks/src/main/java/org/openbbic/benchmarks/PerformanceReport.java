package org.openbbic.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file into {@code docs/performance.md}: one table of every measurement
 * with its allocation per operation and the ratio to its plain-library baseline, followed by the
 * appendices the other tools wrote (the targets' side-by-side ratios, lock contention, batch heap,
 * command-line wall time, the analysis).
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.openbbic.benchmarks.PerformanceReport results.json
 * performance.md [settings] [appendix.md...]}. Stateless; not meant for concurrent use.
 *
 * @since 0.1
 */
public final class PerformanceReport {

  private PerformanceReport() {}

  /** One measurement. */
  record Row(
      String method,
      String doc,
      String level,
      int threads,
      double us,
      double error,
      double bytes) {}

  /** The pairs "ours → baseline" the table reports a ratio for. */
  private static final Map<String, String> BASELINE = new LinkedHashMap<>();

  static {
    BASELINE.put("oursReadJson", "jacksonReadJson");
    BASELINE.put("oursPipelineJson", "jacksonReadJson");
    BASELINE.put("floorPipelineJson", "jacksonReadJson");
    BASELINE.put("oursWriteJson", "jacksonWriteJson");
    BASELINE.put("oursReadXml", "jaxbReadXml");
    BASELINE.put("oursPipelineXml", "jaxbReadXml");
    BASELINE.put("oursWriteXml", "jaxbWriteXml");
    BASELINE.put("oursValidate", "hibernateValidate");
    BASELINE.put("oursConstraintsOnly", "hibernateValidate");
    BASELINE.put("oursValidateTwoThreads", "oursValidate");
  }

  /**
   * Writes the report.
   *
   * @param args the JMH JSON results, the Markdown file to write, optionally the JMH settings used
   *     and Markdown files to append
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println(
          "usage: PerformanceReport results.json performance.md [settings] [appendix.md...]");
      System.exit(2);
    }
    List<Row> rows = read(Path.of(args[0]));
    String settings = args.length > 2 ? args[2] : "";
    List<Path> appendix = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      appendix.add(Path.of(args[i]));
    }
    Files.writeString(Path.of(args[1]), render(rows, settings, appendix), StandardCharsets.UTF_8);
  }

  static List<Row> read(Path json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    List<Row> rows = new ArrayList<>();
    for (JsonNode b : root) {
      String name = b.path("benchmark").asText();
      String method = name.substring(name.lastIndexOf('.') + 1);
      JsonNode p = b.path("params");
      JsonNode primary = b.path("primaryMetric");
      JsonNode alloc = b.path("secondaryMetrics").path("gc.alloc.rate.norm");
      if (alloc.isMissingNode()) {
        alloc = b.path("secondaryMetrics").path("\u00b7gc.alloc.rate.norm");
      }
      double error = primary.path("scoreError").asDouble(Double.NaN);
      boolean contention = method.equals("oursValidateTwoThreads");
      rows.add(
          new Row(
              method,
              p.path("doc").asText(contention ? "caseFile" : ""),
              p.path("level").asText(contention ? "SIGNED" : ""),
              b.path("threads").asInt(1),
              primary.path("score").asDouble(),
              error,
              alloc.isMissingNode() ? Double.NaN : alloc.path("score").asDouble()));
    }
    return rows;
  }

  static Row find(List<Row> rows, String method, String doc, String level) {
    for (Row r : rows) {
      if (r.method().equals(method) && r.doc().equals(doc) && r.level().equals(level)) {
        return r;
      }
    }
    return null;
  }

  static String render(List<Row> rows, String settings, List<Path> appendix) throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("# openbbic performance\n\n");
    sb.append(
        "Measured by `bbic-benchmarks/run.sh` (JMH 1.37, average time per operation, one fork)."
            + " Regenerate with that script; do not edit the tables by hand.\n\n");
    sb.append("- Run: ")
        .append(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES))
        .append("\n- JVM: ")
        .append(System.getProperty("java.vm.name"))
        .append(' ')
        .append(System.getProperty("java.runtime.version"))
        .append("\n- Cores available: ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" (shared with other builds while measured; see the ± column)\n");
    if (!settings.isBlank()) {
      sb.append("- JMH settings: `").append(settings).append("`\n");
    }
    sb.append(
        "\nDocuments: a full investigation (every 2016 need area assessed) and a full case file"
            + " (the whole chain from basic data to closure), generated by `BbicGenerator(20261123)`;"
            + " payloads written by openbbic. Baselines read the same bytes into the same classes:"
            + " plain Jackson with field visibility and no checks, plain JAXB without a schema,"
            + " plain Hibernate Validator with the level's group. *Pipeline* is untrusted bytes to"
            + " object with the syntax/schema checks, COMPLETE field constraints and the document"
            + " and case rules.\n\n");
    sb.append("## Measurements\n\n");
    sb.append(
        "| benchmark | document | level | µs/op | ± | alloc B/op | baseline | baseline µs/op |"
            + " ratio ours/baseline |\n");
    sb.append("|---|---|---|---:|---:|---:|---|---:|---:|\n");
    for (Row r : rows) {
      String base = BASELINE.get(r.method());
      Row b = base == null ? null : find(rows, base, r.doc(), r.level());
      sb.append("| ")
          .append(r.method())
          .append(r.threads() > 1 ? " (" + r.threads() + " threads)" : "")
          .append(" | ")
          .append(r.doc())
          .append(" | ")
          .append(r.level().isEmpty() ? "–" : r.level())
          .append(" | ")
          .append(num(r.us()))
          .append(" | ")
          .append(num(r.error()))
          .append(" | ")
          .append(Double.isNaN(r.bytes()) ? "–" : String.format(Locale.ROOT, "%,.0f", r.bytes()))
          .append(" | ")
          .append(b == null ? "–" : base)
          .append(" | ")
          .append(b == null ? "–" : num(b.us()))
          .append(" | ")
          .append(b == null ? "–" : String.format(Locale.ROOT, "%.2f×", r.us() / b.us()))
          .append(" |\n");
    }
    for (Path extra : appendix) {
      if (Files.exists(extra)) {
        sb.append('\n').append(Files.readString(extra, StandardCharsets.UTF_8));
      }
    }
    return sb.toString();
  }

  private static String num(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    return v >= 100
        ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%.2f", v);
  }
}
