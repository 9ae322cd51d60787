package org.openbbic.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntToLongFunction;
import org.openbbic.export.BbicExport;
import org.openbbic.export.Format;
import org.openbbic.export.ReadResult;
import org.openbbic.forms.CaseFile;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Mutation;
import org.openbbic.testkit.Mutators;
import org.openbbic.validation.BbicValidator;

/**
 * Lock contention of one shared validator, shown without timing: after a single-threaded warm-up,
 * 1, 2 and 8 threads share one {@link BbicValidator} ({@code validateCase} at COMPLETE with an
 * as-of date) and one {@link BbicExport} (the whole JSON read pipeline into a case file, COMPLETE,
 * through the same validator), and {@link ThreadMXBean} with contention monitoring counts how
 * often, and how long, the worker threads were blocked on a monitor ({@code synchronized}) or
 * waited/parked (also {@code java.util.concurrent} locks) while working. Prints a Markdown section
 * to stdout; the throughput column is only indicative on a shared machine.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.openbbic.benchmarks.ContentionProbe [operations]}
 * (operations per row, default {@value #DEFAULT_OPERATIONS}). Every row runs the same operations,
 * and the findings they give are checked to be the same in every row.
 *
 * <p>A command-line tool; not for concurrent use.
 *
 * @since 0.1
 */
public final class ContentionProbe {

  static final int DEFAULT_OPERATIONS = 4_000;
  private static final int[] THREADS = {1, 2, 8};
  private static final int FILES = 32;

  /** One row of the table. */
  record Row(
      String workload,
      int threads,
      int operations,
      double seconds,
      long blockedCount,
      long blockedMillis,
      long waitedCount,
      long waitedMillis,
      long gcMillis,
      long findings) {}

  private ContentionProbe() {}

  /**
   * Runs the probe.
   *
   * @param args the number of operations per row (default {@value #DEFAULT_OPERATIONS})
   * @throws Exception when a worker fails or is interrupted
   */
  public static void main(String[] args) throws Exception {
    int operations = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_OPERATIONS;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    if (!mx.isThreadContentionMonitoringSupported()) {
      throw new IllegalStateException("thread contention monitoring not supported by this JVM");
    }
    mx.setThreadContentionMonitoringEnabled(true);

    BbicValidator validator = BbicValidator.builder().build();
    BbicExport export = BbicExport.builder().validator(validator).build();
    List<CaseFile> files = new ArrayList<>();
    List<LocalDate> asOf = new ArrayList<>();
    List<byte[]> json = new ArrayList<>();
    for (int i = 0; i < FILES; i++) {
      CaseFile cf = new BbicGenerator(Fixtures.SEED + i).caseFile();
      asOf.add(Mutators.asOf(cf));
      if (i % 2 == 1) { // half of them with a rule broken, so that reports have findings
        List<Mutation<CaseFile>> mutations = Mutators.caseFile(cf, Fixtures.SEED + i);
        cf = mutations.get(i % mutations.size()).value();
      }
      files.add(cf);
      json.add(export.writer(Format.JSON).writeBytes(cf));
    }
    IntToLongFunction validate =
        i -> {
          int k = i % FILES;
          return validator
              .validateCase(files.get(k), ValidationLevel.COMPLETE, asOf.get(k), Locale.ENGLISH)
              .findings()
              .size();
        };
    IntToLongFunction read =
        i -> {
          int k = i % FILES;
          ReadResult<CaseFile> r =
              export
                  .reader(Format.JSON, CaseFile.class)
                  .withLevel(ValidationLevel.COMPLETE)
                  .withAsOf(asOf.get(k))
                  .withLocale(Locale.ENGLISH)
                  .read(json.get(k));
          if (r.value().isEmpty()) {
            throw new IllegalStateException("case file " + k + " not read");
          }
          return r.findings().size();
        };

    // single-threaded warm-up: class loading, lazy set-up and the JIT, before anything is counted
    run(mx, "warm-up", validate, 1, 2 * operations);
    run(mx, "warm-up", read, 1, 2 * operations);

    List<Row> rows = new ArrayList<>();
    for (int threads : THREADS) {
      rows.add(run(mx, "`validateCase` (COMPLETE)", validate, threads, operations));
    }
    for (int threads : THREADS) {
      rows.add(run(mx, "JSON read + COMPLETE", read, threads, operations));
    }
    for (Row r : rows) {
      Row one = rows.stream().filter(o -> o.workload().equals(r.workload())).findFirst().get();
      if (r.findings() != one.findings()) {
        throw new IllegalStateException("findings differ between thread counts: " + r.workload());
      }
    }
    print(rows, operations);
  }

  /** Runs {@code operations} operations on {@code threads} threads, each counting itself. */
  private static Row run(
      ThreadMXBean mx, String workload, IntToLongFunction op, int threads, int operations)
      throws InterruptedException {
    CountDownLatch start = new CountDownLatch(1);
    long[][] counts = new long[threads][5];
    Throwable[] failures = new Throwable[threads];
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      final int id = t;
      Thread w =
          new Thread(
              () -> {
                try {
                  start.await();
                  long self = Thread.currentThread().getId();
                  ThreadInfo before = mx.getThreadInfo(self);
                  long findings = 0;
                  for (int i = id; i < operations; i += threads) {
                    findings += op.applyAsLong(i);
                  }
                  ThreadInfo after = mx.getThreadInfo(self);
                  long[] c = counts[id];
                  c[0] = after.getBlockedCount() - before.getBlockedCount();
                  c[1] = after.getBlockedTime() - before.getBlockedTime();
                  c[2] = after.getWaitedCount() - before.getWaitedCount();
                  c[3] = after.getWaitedTime() - before.getWaitedTime();
                  c[4] = findings;
                } catch (Throwable e) {
                  failures[id] = e;
                }
              },
              "contention-probe-" + t);
      workers.add(w);
      w.start();
    }
    long gcBefore = gcMillis();
    long started = System.nanoTime();
    start.countDown();
    for (Thread w : workers) {
      w.join();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long gc = gcMillis() - gcBefore;
    for (Throwable f : failures) {
      if (f != null) {
        throw new IllegalStateException("a worker failed", f);
      }
    }
    long[] sum = new long[5];
    for (long[] c : counts) {
      for (int j = 0; j < sum.length; j++) {
        sum[j] += c[j];
      }
    }
    return new Row(
        workload, threads, operations, seconds, sum[0], sum[1], sum[2], sum[3], gc, sum[4]);
  }

  /** The time the JVM's collectors have spent so far (pauses and, for some, concurrent work). */
  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }

  private static void print(List<Row> rows, int operations) {
    System.out.println("## Lock contention: threads sharing one validator");
    System.out.println();
    System.out.println(
        "`java -cp benchmarks.jar org.openbbic.benchmarks.ContentionProbe "
            + operations
            + "` ("
            + Runtime.getRuntime().availableProcessors()
            + " processors):");
    System.out.println();
    System.out.println(
        "| workload | threads | operations | ops/s | monitor-blocked (count) | blocked ms"
            + " | waited/parked (count) | waited ms | GC ms |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Row r : rows) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %,d | %,.0f | %d | %d | %d | %d | %d |%n",
          r.workload(),
          r.threads(),
          r.operations(),
          r.operations() / r.seconds(),
          r.blockedCount(),
          r.blockedMillis(),
          r.waitedCount(),
          r.waitedMillis(),
          r.gcMillis());
    }
    System.out.println();
    System.out.println(
        "Counted by `ThreadMXBean` (contention monitoring on) in each worker thread from its first"
            + " to its last operation, after a single-threaded warm-up of twice as many"
            + " operations, and summed over the threads. Monitor-blocked: a `synchronized` entry"
            + " that had to wait for another thread; waited/parked: `Object.wait`,"
            + " `LockSupport.park` (so also contended `java.util.concurrent` locks) and sleeps."
            + " The "
            + FILES
            + " case files (half with one rule broken) are judged on the day after their closure;"
            + " every row gave the same findings. GC ms: collector time of the whole JVM during the"
            + " row. Throughput is indicative only on a shared machine.");
    System.out.println();
  }
}
