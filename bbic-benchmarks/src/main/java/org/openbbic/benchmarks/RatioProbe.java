package org.openbbic.benchmarks;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.xml.transform.stream.StreamSource;
import org.openbbic.export.BbicReader;
import org.openbbic.export.Format;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.ValidationLevel;

/**
 * The ratio targets of issue 17 (the JSON pipeline at most 1.15× its floor, plain Jackson then
 * plain Hibernate Validator at COMPLETE; the XML read at most 1.1× JAXB), measured so that a shared
 * machine's drift cancels out: ours and its baseline run in alternating slices of {@value
 * #SLICE_MS} ms in one JVM, a ratio is taken per pair of slices, and the median of {@value #ROUNDS}
 * such ratios is reported with its quartiles. The JMH table measures each benchmark at another
 * moment, so its ratios carry the machine's swings between them; these do not. Prints a Markdown
 * section with the verdicts to stdout.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.openbbic.benchmarks.RatioProbe}. A command-line
 * tool; not for concurrent use.
 *
 * @since 0.1
 */
public final class RatioProbe {

  static final int SLICE_MS = 200;
  static final int ROUNDS = 15;
  private static final int WARM_UP_MS = 2_000;

  /** What a pair's ratio is held against. */
  private record Target(String label, String ours, String baseline, double limit) {}

  private static volatile Object sink;

  private RatioProbe() {}

  /**
   * Runs the pairs and prints the section.
   *
   * @param args none
   * @throws Exception when a fixture does not read cleanly
   */
  public static void main(String[] args) throws Exception {
    Fixtures f = new Fixtures();
    List<String> lines = new ArrayList<>();
    for (String doc : List.of("caseFile", "investigation")) {
      Class<?> type = f.type(doc);
      byte[] json = f.bytes(doc, Format.JSON);
      byte[] xml = f.bytes(doc, Format.XML);
      BbicReader<?> readJson = f.export.reader(Format.JSON, type).withLevel(null);
      BbicReader<?> readXml = f.export.reader(Format.XML, type).withLevel(null);
      BbicReader<?> pipeline =
          f.export.reader(Format.JSON, type).withLevel(ValidationLevel.COMPLETE).withAsOf(f.asOf);
      for (BbicReader<?> r : List.of(readJson, readXml, pipeline)) {
        byte[] payload = r.format() == Format.JSON ? json : xml;
        if (r.read(payload).value().isEmpty() || !r.read(payload).findings().isEmpty()) {
          throw new IllegalStateException("fixture does not read cleanly");
        }
      }
      Callable<Object> jackson = () -> f.jackson.readValue(json, type);
      Callable<Object> jaxb =
          () ->
              f.jaxb
                  .createUnmarshaller()
                  .unmarshal(new StreamSource(new ByteArrayInputStream(xml)), type)
                  .getValue();
      Callable<Object> floor =
          () -> f.hibernate.validate(f.jackson.readValue(json, type), Complete.class);
      lines.add(
          measure(
              new Target("JSON pipeline (read + COMPLETE + rules)", "ours", "Jackson", 0),
              doc,
              () -> pipeline.read(json),
              jackson));
      lines.add(
          measure(
              new Target("JSON pipeline (read + COMPLETE + rules)", "ours", "floor", 1.15),
              doc,
              () -> pipeline.read(json),
              floor));
      lines.add(
          measure(
              new Target(
                  "floor: Jackson, then Hibernate Validator at COMPLETE", "floor", "Jackson", 0),
              doc,
              floor,
              jackson));
      lines.add(
          measure(
              new Target("JSON read (no validation)", "ours", "Jackson", 0),
              doc,
              () -> readJson.read(json),
              jackson));
      lines.add(
          measure(
              new Target("XML read (no validation)", "ours", "JAXB", 1.1),
              doc,
              () -> readXml.read(xml),
              jaxb));
    }
    StringBuilder sb = new StringBuilder();
    sb.append("## Targets of issue 17: ratios measured side by side\n\n");
    sb.append(
        String.format(
            Locale.ROOT,
            "`java -cp benchmarks.jar org.openbbic.benchmarks.RatioProbe`: ours and the baseline in"
                + " alternating %d ms slices after %d s of warm-up each; the ratio is the median of"
                + " %d slice pairs (quartiles in brackets), µs/op the medians.\n\n",
            SLICE_MS,
            WARM_UP_MS / 1000,
            ROUNDS));
    sb.append(
        "| target | document | ours µs/op | baseline µs/op | ratio [quartiles] | verdict |\n");
    sb.append("|---|---|---:|---:|---:|---|\n");
    lines.forEach(sb::append);
    System.out.println(sb);
  }

  /** One table row: alternating slices of {@code ours} and {@code base}. */
  private static String measure(
      Target target, String doc, Callable<Object> ours, Callable<Object> base) throws Exception {
    run(ours, WARM_UP_MS);
    run(base, WARM_UP_MS);
    double[] a = new double[ROUNDS];
    double[] b = new double[ROUNDS];
    double[] ratio = new double[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      // alternate which goes first, so a drift within a round favours neither
      if (i % 2 == 0) {
        a[i] = run(ours, SLICE_MS);
        b[i] = run(base, SLICE_MS);
      } else {
        b[i] = run(base, SLICE_MS);
        a[i] = run(ours, SLICE_MS);
      }
      ratio[i] = a[i] / b[i];
    }
    Arrays.sort(a);
    Arrays.sort(b);
    Arrays.sort(ratio);
    double median = ratio[ROUNDS / 2];
    String verdict =
        target.limit() == 0
            ? "–"
            : String.format(
                Locale.ROOT,
                "target %.2f×: **%s**",
                target.limit(),
                median <= target.limit() ? "met" : "missed");
    return String.format(
        Locale.ROOT,
        "| %s (%s / %s) | %s | %,.1f | %,.1f | **%.2f×** [%.2f–%.2f] | %s |\n",
        target.label(),
        target.ours(),
        target.baseline(),
        doc,
        a[ROUNDS / 2],
        b[ROUNDS / 2],
        median,
        ratio[ROUNDS / 4],
        ratio[3 * ROUNDS / 4],
        verdict);
  }

  /** Runs {@code op} for about {@code millis} ms; the wall time per operation in µs. */
  private static double run(Callable<Object> op, int millis) throws Exception {
    long start = System.nanoTime();
    long end = start + millis * 1_000_000L;
    long n = 0;
    long now;
    do {
      sink = op.call();
      n++;
      now = System.nanoTime();
    } while (now < end);
    return (now - start) / 1000.0 / n;
  }
}
