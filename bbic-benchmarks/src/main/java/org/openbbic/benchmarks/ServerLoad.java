package org.openbbic.benchmarks;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openbbic.export.BbicExport;
import org.openbbic.export.Format;
import org.openbbic.export.ReadResult;
import org.openbbic.export.ReportJson;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;

/**
 * A load generator for {@code bbic serve} (a benchmark, not a test): starts the shaded CLI's server
 * as a process on loopback with a concurrency limit, then runs 1, 8 and 64 concurrent clients (the
 * JDK's HttpClient) posting case files to {@code /v1/validate} for a fixed time each, and prints a
 * Markdown section: throughput, p50/p99 latency, answers by status, the server's heap after each
 * run (from its {@code /metrics}), and whether every answer equals the object {@code bbic validate
 * --format json} prints for the same payload. Bounded in time and count; stops by itself.
 *
 * <p>{@code java -cp benchmarks.jar org.openbbic.benchmarks.ServerLoad bbic.jar [seconds]
 * [max-concurrent]}
 */
public final class ServerLoad {

  private static final int PAYLOADS = 20;
  private static final int MAX_REQUESTS_PER_RUN = 50_000;
  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
  private static final Pattern HEAP =
      Pattern.compile("jvm_memory_used_bytes\\{area=\"heap\",[^}]*} ([0-9.E+]+)");

  private ServerLoad() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args.length > 0 ? args[0] : "bbic-cli/target/bbic.jar");
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    int limit = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    if (seconds < 1 || seconds > 300) {
      throw new IllegalArgumentException("1 to 300 seconds per run");
    }
    BbicExport export = BbicExport.builder().build();
    BbicGenerator gen = new BbicGenerator(20_261_203L, AS_OF);
    List<byte[]> payloads = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < PAYLOADS; i++) {
      CaseFile cf = gen.caseFile();
      Format format = i % 2 == 0 ? Format.JSON : Format.XML;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      export.writer(format).withPolicy(RecipientPolicy.INTERNAL_UNMASKED).write(cf, out);
      byte[] bytes = out.toByteArray();
      payloads.add(bytes);
      // what bbic validate --format json prints for this payload on standard input
      Class<?> type = BbicExport.detectType(bytes, format);
      ReadResult<?> read =
          export
              .reader(format, type)
              .withLevel(ValidationLevel.COMPLETE)
              .withAsOf(AS_OF)
              .withLocale(Locale.forLanguageTag("sv-SE"))
              .read(bytes);
      expected.add(
          "[" + ReportJson.validation("-", 0, type, read, Locale.forLanguageTag("sv-SE")) + "]");
    }
    Process server =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "serve",
                "--port",
                "0",
                "--max-concurrent",
                Integer.toString(limit))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      URI base =
          URI.create(
              new BufferedReader(
                      new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
                  .readLine());
      if (!base.getHost().equals("127.0.0.1")) {
        throw new IllegalStateException("loopback only");
      }
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      // warm-up, not reported
      run(client, base, payloads, expected, 8, Math.min(5, seconds));
      StringBuilder md = new StringBuilder();
      md.append("## `bbic serve` under load\n\n");
      md.append("Measured by `bbic-benchmarks` `ServerLoad` on ")
          .append(
              ZonedDateTime.now(ZoneOffset.UTC)
                  .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'")))
          .append(": `java -jar bbic.jar serve --port 0 --max-concurrent ")
          .append(limit)
          .append(
              "` (the shaded CLI as `bin/bbic` would run it, but without its quick-start JVM flags) on loopback; ")
          .append(Runtime.getRuntime().availableProcessors())
          .append(" cores, ")
          .append(System.getProperty("java.vm.name"))
          .append(' ')
          .append(System.getProperty("java.vm.version"))
          .append(", shared with the clients and other builds. Each client posts one of ")
          .append(PAYLOADS)
          .append(" generated case files (half JSON, half XML, about ")
          .append(payloads.stream().mapToInt(b -> b.length).sum() / PAYLOADS / 1024)
          .append(" KiB each) to `/v1/validate?asOf=")
          .append(AS_OF)
          .append("`, waits for the answer and posts the next, for ")
          .append(seconds)
          .append(
              " s per row after a 5 s warm-up; latencies are of the 200 answers. *Same as CLI*: every 200 answer equals the object `bbic validate --format json` prints for that payload.\n\n");
      md.append(
          "| clients | requests | answered 200 per second | p50 ms | p99 ms | answers by status | same as CLI | server heap in use after |\n");
      md.append("|---:|---:|---:|---:|---:|---|---|---:|\n");
      for (int clients : new int[] {1, 8, 64}) {
        Result r = run(client, base, payloads, expected, clients, seconds);
        md.append(
            String.format(
                Locale.ROOT,
                "| %d | %,d | %.1f | %.1f | %.1f | %s | %s | %s |%n",
                clients,
                r.count,
                r.latencies.length / r.seconds,
                r.percentile(50),
                r.percentile(99),
                statuses(r.statuses),
                r.mismatches == 0 ? "all" : r.mismatches + " differ",
                heap(client, base)));
      }
      md.append(
          "\nAt or below the limit every answer is 200; above it the excess calls are told 503 with `Retry-After` at once (never queued, never another status).\n");
      System.out.print(md);
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  private record Result(
      long count, double seconds, long[] latencies, Map<Integer, Long> statuses, long mismatches) {
    double percentile(int p) {
      if (latencies.length == 0) {
        return 0;
      }
      long[] sorted = latencies.clone();
      Arrays.sort(sorted);
      int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
      return sorted[Math.max(0, index)] / 1e6;
    }
  }

  private static Result run(
      HttpClient client,
      URI base,
      List<byte[]> payloads,
      List<String> expected,
      int clients,
      int seconds)
      throws InterruptedException {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicInteger issued = new AtomicInteger();
    Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    LongAdder mismatches = new LongAdder();
    List<long[]> perClient = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(clients);
    long started = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      long[] lat = new long[MAX_REQUESTS_PER_RUN];
      perClient.add(lat);
      int me = c;
      Thread t =
          new Thread(
              () -> {
                int n = 0;
                try {
                  while (System.nanoTime() < end
                      && issued.incrementAndGet() <= MAX_REQUESTS_PER_RUN) {
                    int which = (me + n) % payloads.size();
                    HttpRequest request =
                        HttpRequest.newBuilder(base.resolve("/v1/validate?asOf=" + AS_OF))
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(payloads.get(which)))
                            .build();
                    long t0 = System.nanoTime();
                    int status;
                    String body;
                    try {
                      HttpResponse<String> response =
                          client.send(request, HttpResponse.BodyHandlers.ofString());
                      status = response.statusCode();
                      body = response.body();
                    } catch (IOException e) {
                      status = -1;
                      body = "";
                    }
                    long took = System.nanoTime() - t0;
                    statuses.computeIfAbsent(status, k -> new LongAdder()).increment();
                    if (status == 200) {
                      lat[n++] = took;
                      if (!body.equals(expected.get(which))) {
                        mismatches.increment();
                      }
                    }
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } finally {
                  lat[lat.length - 1] = n; // the count, kept in the last slot
                  done.countDown();
                }
              },
              "load-" + c);
      t.setDaemon(true);
      t.start();
    }
    done.await();
    double took = (System.nanoTime() - started) / 1e9;
    List<Long> all = new ArrayList<>();
    for (long[] lat : perClient) {
      int n = (int) lat[lat.length - 1];
      for (int i = 0; i < n; i++) {
        all.add(lat[i]);
      }
    }
    Map<Integer, Long> counts = new TreeMap<>();
    statuses.forEach((k, v) -> counts.put(k, v.sum()));
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    return new Result(
        total, took, all.stream().mapToLong(Long::longValue).toArray(), counts, mismatches.sum());
  }

  private static String statuses(Map<Integer, Long> statuses) {
    StringBuilder out = new StringBuilder();
    statuses.forEach(
        (status, n) ->
            out.append(out.length() == 0 ? "" : ", ")
                .append(status < 0 ? "no answer" : status)
                .append(": ")
                .append(String.format(Locale.ROOT, "%,d", n)));
    return out.toString();
  }

  private static String heap(HttpClient client, URI base) throws Exception {
    String metrics =
        client
            .send(
                HttpRequest.newBuilder(base.resolve("/metrics")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher m = HEAP.matcher(metrics);
    double bytes = 0;
    while (m.find()) {
      bytes += Double.parseDouble(m.group(1));
    }
    return String.format(Locale.ROOT, "%.0f MiB", bytes / 1024 / 1024);
  }
}
