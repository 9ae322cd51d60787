package org.openbbic.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openbbic.export.BbicExport;
import org.openbbic.export.CaseFileBatchWriter;
import org.openbbic.export.Format;
import org.openbbic.forms.CaseFile;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Mutators;

/**
 * {@code bbic validate --threads N} on one NDJSON batch (a benchmark, not a test): writes {@code
 * count} generated case files to a temporary file, then runs the shaded CLI as a process at {@code
 * -Xmx256m} with {@code --threads 1} and {@code --threads 2} in turn, {@code rounds} times (the
 * order swapped every round so that drift of the machine falls on both), and prints a Markdown
 * section: each run's case files per second (from the tool's own summary, which starts after the
 * JVM has started), its wall time and, under {@code /usr/bin/time -v}, the processor time it used
 * (user and system, every thread of the JVM) and its peak resident set; the medians; and the ratio
 * of the two-thread rate to the one-thread rate, the median of the rounds' ratios. The load average
 * of the machine before and after is printed too, since other work on it changes what two threads
 * can gain.
 *
 * <p>{@code java -cp benchmarks.jar org.openbbic.benchmarks.BatchThreads bbic.jar [count]
 * [rounds]}. A command-line tool; not for concurrent use.
 *
 * @since 0.1
 */
public final class BatchThreads {

  private static final int TEMPLATES = 25;
  private static final String HEAP = "-Xmx256m";
  private static final Pattern RSS =
      Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
  private static final Pattern CPU =
      Pattern.compile("(?:User|System) time \\(seconds\\): ([0-9.]+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private BatchThreads() {}

  /** One run of the tool. */
  record Run(int threads, int documents, double seconds, double wall, double cpu, long rssKb) {
    double rate() {
      return documents / seconds;
    }
  }

  /**
   * Runs the benchmark.
   *
   * @param args the shaded CLI jar, the number of case files (default 20,000), the rounds (3)
   * @throws Exception when the batch cannot be written or the tool fails
   */
  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args.length > 0 ? args[0] : "bbic-cli/target/bbic.jar");
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("no CLI jar at " + jar + ": build bbic-cli first");
    }
    Path batch = Files.createTempFile("bbic-batch-", ".ndjson");
    try {
      LocalDate asOf = writeBatch(batch, count);
      String loadBefore = load();
      Instant started = Instant.now();
      List<Run> runs = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        int[] order = round % 2 == 0 ? new int[] {1, 2} : new int[] {2, 1};
        for (int threads : order) {
          Run run = run(jar, batch, asOf, threads);
          if (run.documents() != count) {
            throw new IllegalStateException(
                "--threads " + threads + " validated " + run.documents() + " of " + count);
          }
          runs.add(run);
          System.err.printf(
              Locale.ROOT, "threads %d: %.0f/s (%.1f s)%n", threads, run.rate(), run.seconds());
        }
      }
      print(runs, count, rounds, Files.size(batch), started, loadBefore, load());
    } finally {
      Files.deleteIfExists(batch);
    }
  }

  /** Writes the batch (templates with their own case ids, as BatchHeap does); the day judged on. */
  private static LocalDate writeBatch(Path batch, int count) throws IOException {
    BbicExport export = BbicExport.builder().build();
    List<CaseFile> templates = new ArrayList<>();
    LocalDate asOf = LocalDate.MIN;
    for (int i = 0; i < TEMPLATES; i++) {
      CaseFile cf = new BbicGenerator(Fixtures.SEED + i).caseFile();
      templates.add(cf);
      LocalDate a = Mutators.asOf(cf);
      asOf = a.isAfter(asOf) ? a : asOf;
    }
    try (OutputStream out = Files.newOutputStream(batch);
        CaseFileBatchWriter writer = export.batchWriter(Format.JSON, out)) {
      for (int i = 0; i < count; i++) {
        writer.write(templates.get(i % TEMPLATES).toBuilder().caseId("C-" + i).build());
      }
    }
    return asOf;
  }

  private static Run run(Path jar, Path batch, LocalDate asOf, int threads)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
    if (timed) {
      command.addAll(List.of("/usr/bin/time", "-v"));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(HEAP, "-jar", jar.toString(), "validate", "--threads"));
    command.add(Integer.toString(threads));
    command.addAll(List.of("--quiet", "--format", "json", "--as-of", asOf.toString()));
    command.add(batch.toString());
    Path out = Files.createTempFile("bbic-out-", ".txt");
    Path err = Files.createTempFile("bbic-err-", ".txt");
    try {
      long start = System.nanoTime();
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!process.waitFor(30, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("bbic validate did not finish in 30 minutes");
      }
      double wall = (System.nanoTime() - start) / 1e9;
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "bbic validate --threads " + threads + " exited " + process.exitValue());
      }
      String[] lines = stdout.strip().split("\n");
      JsonNode summary = JSON.readTree(lines[lines.length - 1]).get("summary");
      Matcher rss = RSS.matcher(stderr);
      Matcher cpu = CPU.matcher(stderr);
      double cpuSeconds = 0;
      int cpuFound = 0;
      while (cpu.find()) {
        cpuSeconds += Double.parseDouble(cpu.group(1));
        cpuFound++;
      }
      return new Run(
          threads,
          summary.get("documents").asInt(),
          summary.get("seconds").asDouble(),
          wall,
          cpuFound == 2 ? cpuSeconds : -1,
          rss.find() ? Long.parseLong(rss.group(1)) : -1);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** The load average of the last 1, 5 and 15 minutes, as {@code uptime} shows it. */
  private static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return String.join(", ", Arrays.asList(parts).subList(0, 3));
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static List<Double> of(
      List<Run> runs, int threads, java.util.function.ToDoubleFunction<Run> f) {
    return runs.stream().filter(r -> r.threads() == threads).map(r -> f.applyAsDouble(r)).toList();
  }

  private static void print(
      List<Run> runs,
      int count,
      int rounds,
      long bytes,
      Instant started,
      String loadBefore,
      String loadAfter) {
    List<Double> ratios = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      Run a = runs.get(2 * round);
      Run b = runs.get(2 * round + 1);
      Run one = a.threads() == 1 ? a : b;
      Run two = a.threads() == 1 ? b : a;
      ratios.add(two.rate() / one.rate());
    }
    StringBuilder s = new StringBuilder();
    s.append("## `bbic validate` on a batch: one thread and two\n\n");
    s.append(
        String.format(
            Locale.ROOT,
            "Measured by `bbic-benchmarks` `BatchThreads` on %s: `java %s -jar bbic.jar validate"
                + " --threads N --quiet --format json` over one NDJSON batch of %,d case files"
                + " (%.0f MB, %d generated case files with their own case ids, all valid), rounds: %d"
                + " (N = 1 and N = 2 in turn, the order swapped each round); %d processors, %s %s. Case files per second from the"
                + " tool's own summary (from the command's start, after the JVM's); wall time of the"
                + " whole process; processor time (user + system, all the JVM's threads) and peak"
                + " resident set from `/usr/bin/time -v`.\n\n",
            started.truncatedTo(ChronoUnit.MINUTES),
            HEAP,
            count,
            bytes / 1e6,
            TEMPLATES,
            rounds,
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.vm.name"),
            System.getProperty("java.vm.version")));
    s.append("| round | threads | case files/s | tool s | wall s | CPU s | peak RSS MB |\n");
    s.append("|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i < runs.size(); i++) {
      Run r = runs.get(i);
      s.append(
          String.format(
              Locale.ROOT,
              "| %d | %d | %,.0f | %.1f | %.1f | %s | %s |%n",
              i / 2 + 1,
              r.threads(),
              r.rate(),
              r.seconds(),
              r.wall(),
              r.cpu() < 0 ? "–" : String.format(Locale.ROOT, "%.1f", r.cpu()),
              r.rssKb() < 0 ? "–" : String.format(Locale.ROOT, "%.0f", r.rssKb() / 1024.0)));
    }
    double one = median(of(runs, 1, Run::rate));
    double two = median(of(runs, 2, Run::rate));
    double cpuOne = median(of(runs, 1, Run::cpu));
    double cpuTwo = median(of(runs, 2, Run::cpu));
    s.append(
        String.format(
            Locale.ROOT,
            "%nMedians: %,.0f case files/s on one thread, %,.0f on two; two threads / one thread:"
                + " **%.2f×** (median of the rounds' ratios; rounds %s). Load average (1, 5, 15"
                + " min) before: %s; after: %s. Processor time, median: %.1f s on one thread, %.1f s on"
                + " two (%.2f×): what two threads cost in work, whatever the machine's load.%n%n",
            one,
            two,
            median(ratios),
            ratios.stream()
                .map(x -> String.format(Locale.ROOT, "%.2f×", x))
                .collect(java.util.stream.Collectors.joining(", ")),
            loadBefore,
            loadAfter,
            cpuOne,
            cpuTwo,
            cpuTwo / cpuOne));
    System.out.print(s);
  }
}
