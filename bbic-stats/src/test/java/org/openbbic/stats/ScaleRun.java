package org.openbbic.stats;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.List;
import org.openbbic.forms.CaseFile;
import org.openbbic.testkit.BbicGenerator;

/**
 * Runs N generated case files through one {@link FollowUpReport} in one streaming pass and prints
 * the time and the peak heap. Run in a forked JVM with a small {@code -Xmx} by {@link
 * ScaleMeasurementTest}. Arguments: N, seed.
 */
public final class ScaleRun {

  private ScaleRun() {}

  public static void main(String[] args) {
    long n = Long.parseLong(args[0]);
    long seed = Long.parseLong(args[1]);
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    BbicGenerator generator = new BbicGenerator(seed);
    FollowUpReport report =
        FollowUpReport.builder()
            .period(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))
            .build();
    long generateNanos = 0;
    long start = System.nanoTime();
    for (long i = 0; i < n; i++) {
      long g = System.nanoTime();
      CaseFile cf = generator.caseFile();
      generateNanos += System.nanoTime() - g;
      report.add(cf);
      if ((i + 1) % 100_000 == 0) {
        long used = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        System.out.printf(
            "progress caseFiles=%d seconds=%.1f heapUsedMiB=%.1f%n",
            i + 1, (System.nanoTime() - start) / 1e9, used / 1048576.0);
      }
    }
    FollowUpResult result = report.result();
    long total = System.nanoTime() - start;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    long gcs =
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .mapToLong(b -> Math.max(0, b.getCollectionCount()))
            .sum();
    System.out.printf(
        "SCALE caseFiles=%d maxHeapMiB=%d peakHeapUsedMiB=%.1f totalSeconds=%.1f"
            + " generatorSeconds=%.1f reportSeconds=%.1f gcCount=%d openCases=%d caseWorkers=%d"
            + " medianDays=%s%n",
        result.caseFiles(),
        Runtime.getRuntime().maxMemory() >> 20,
        peak / 1048576.0,
        total / 1e9,
        generateNanos / 1e9,
        (total - generateNanos) / 1e9,
        gcs,
        result.openCases(),
        result.caseloadByCaseWorker().size(),
        result.investigationDays().median());
  }
}
