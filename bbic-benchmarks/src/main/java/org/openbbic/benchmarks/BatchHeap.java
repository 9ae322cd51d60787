package org.openbbic.benchmarks;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.openbbic.export.BbicExport;
import org.openbbic.export.CaseFileBatchReader;
import org.openbbic.export.CaseFileBatchWriter;
import org.openbbic.export.Format;
import org.openbbic.export.ReadResult;
import org.openbbic.forms.CaseFile;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Mutators;

/**
 * Batch validation in bounded heap: streams {@code N} case files through the batch writer and the
 * batch reader at the COMPLETE level (constraints, document and case rules) and prints the records
 * per second, the live heap after full collections and the peak heap in use. Run it with the heap
 * limit under test, e.g. {@code java -Xmx256m -cp benchmarks.jar org.openbbic.benchmarks.BatchHeap
 * 100000}.
 *
 * <p>A command-line tool; not for concurrent use.
 *
 * @since 0.1
 */
public final class BatchHeap {

  private static final int TEMPLATES = 25;

  private BatchHeap() {}

  /**
   * Runs the batch.
   *
   * @param args the number of case files (default 100,000)
   * @throws Exception when the batch cannot be streamed
   */
  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    BbicExport export = BbicExport.builder().build();
    List<CaseFile> templates = new ArrayList<>();
    LocalDate asOf = LocalDate.MIN;
    for (int i = 0; i < TEMPLATES; i++) {
      CaseFile cf = new BbicGenerator(Fixtures.SEED + i).caseFile();
      templates.add(cf);
      LocalDate a = Mutators.asOf(cf);
      asOf = a.isAfter(asOf) ? a : asOf;
    }
    PipedInputStream in = new PipedInputStream(1 << 16);
    PipedOutputStream out = new PipedOutputStream(in);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread writer =
        new Thread(
            () -> {
              try (CaseFileBatchWriter w = export.batchWriter(Format.JSON, out)) {
                for (int i = 0; i < total; i++) {
                  w.write(templates.get(i % TEMPLATES).toBuilder().caseId("C-" + i).build());
                }
              } catch (Throwable t) {
                failure.set(t);
              } finally {
                try {
                  out.close();
                } catch (IOException e) {
                  failure.compareAndSet(null, new UncheckedIOException(e));
                }
              }
            },
            "batch-writer");
    long started = System.nanoTime();
    writer.start();
    int count = 0;
    long withFindings = 0;
    long maxLive = 0;
    try (CaseFileBatchReader reader =
        export
            .batchReader(Format.JSON, in)
            .withLevel(ValidationLevel.COMPLETE)
            .withAsOf(asOf)
            .withLocale(Locale.ENGLISH)) {
      while (reader.hasNext()) {
        ReadResult<CaseFile> r = reader.next();
        if (r.value().isEmpty()) {
          throw new IllegalStateException("record " + count + " not read");
        }
        if (!r.findings().isEmpty()) {
          withFindings++;
        }
        count++;
        if (count % 5_000 == 0) {
          maxLive = Math.max(maxLive, liveAfterGc());
        }
      }
    }
    writer.join();
    if (failure.get() != null) {
      throw new IllegalStateException("writer failed", failure.get());
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    maxLive = Math.max(maxLive, liveAfterGc());
    // (the collections every 5,000 records cost well under 1 % of the time)
    System.out.printf(
        Locale.ROOT,
        "batch: %d case files validated (COMPLETE + case rules) in %.1f s (%.0f/s), %d with"
            + " findings; -Xmx %d MB; live heap after a full collection at most %.1f MB;"
            + " peak heap in use (with garbage) %.1f MB%n",
        count,
        seconds,
        count / seconds,
        withFindings,
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        maxLive / (1024.0 * 1024.0),
        peakUsed() / (1024.0 * 1024.0));
  }

  /** The heap in use right after a full collection. */
  private static long liveAfterGc() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }

  /** The largest heap the JVM used (committed), over every heap pool. */
  private static long peakUsed() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
