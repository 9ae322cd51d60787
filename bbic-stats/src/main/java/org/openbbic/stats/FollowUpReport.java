package org.openbbic.stats;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;
import org.openbbic.forms.CaseFile;
import org.openbbic.stats.internal.CaseMeasures;
import org.openbbic.stats.internal.MeasureSink;

/**
 * Accumulates case files, one at a time, into an operational follow-up (verksamhetsuppföljning) and
 * client-group description over a period. One streaming pass with flat memory: a case file is read
 * once and not kept; the state is a set of counters, an exact histogram of investigation durations
 * in days and the caseload per case worker. Accumulators over parts of the data {@link
 * #combine(FollowUpReport) combine} into exactly the result over the whole, so partial results from
 * many files, threads or machines add up to the same report.
 *
 * <pre>{@code
 * FollowUpReport report = FollowUpReport.builder().period(from, to).build();
 * caseFiles.forEach(report::add);
 * FollowUpResult result = report.result();
 * }</pre>
 *
 * <p>Not thread-safe: use one accumulator per thread and combine them (or {@link #collector}).
 *
 * @since 0.1
 */
public final class FollowUpReport {

  private final LocalDate from;
  private final LocalDate to;
  private final Map<Measure, Map<String, long[]>> counts = new EnumMap<>(Measure.class);
  private final TreeMap<Long, Long> durations = new TreeMap<>();
  private final Map<String, Long> caseload = new HashMap<>();
  private final MeasureSink sink = new Sink();

  private FollowUpReport(LocalDate from, LocalDate to) {
    this.from = from;
    this.to = to;
  }

  /** A builder; the period is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A collector accumulating case files into the result over {@code [from, to]}; usable with
   * parallel streams.
   */
  public static Collector<CaseFile, FollowUpReport, FollowUpResult> collector(
      LocalDate from, LocalDate to) {
    return Collector.of(
        () -> builder().period(from, to).build(),
        FollowUpReport::add,
        FollowUpReport::combine,
        FollowUpReport::result);
  }

  /** The period's first day. */
  public LocalDate from() {
    return from;
  }

  /** The period's last day. */
  public LocalDate to() {
    return to;
  }

  /** Adds one case file. The case file is not kept. */
  public FollowUpReport add(CaseFile caseFile) {
    CaseMeasures.measure(Objects.requireNonNull(caseFile, "caseFile"), from, to, sink);
    return this;
  }

  /** Adds every case file of {@code caseFiles}. */
  public FollowUpReport addAll(Iterable<? extends CaseFile> caseFiles) {
    for (CaseFile cf : caseFiles) {
      add(cf);
    }
    return this;
  }

  /**
   * Adds everything {@code other} has accumulated into this accumulator; {@code other} is left
   * unchanged. Both must cover the same period.
   *
   * @throws IllegalArgumentException when the periods differ, or {@code other} is this
   */
  public FollowUpReport combine(FollowUpReport other) {
    if (other == this) {
      throw new IllegalArgumentException("cannot combine an accumulator with itself");
    }
    if (!from.equals(other.from) || !to.equals(other.to)) {
      throw new IllegalArgumentException("periods differ");
    }
    other.counts.forEach(
        (measure, rows) ->
            rows.forEach(
                (row, c) -> {
                  long[] target =
                      counts
                          .computeIfAbsent(measure, m -> new HashMap<>())
                          .computeIfAbsent(row, r -> new long[c.length]);
                  for (int i = 0; i < c.length; i++) {
                    target[i] += c[i];
                  }
                }));
    other.durations.forEach((d, n) -> durations.merge(d, n, Long::sum));
    other.caseload.forEach((k, n) -> caseload.merge(k, n, Long::sum));
    return this;
  }

  /** The result so far (a snapshot: later additions do not change it). */
  public FollowUpResult result() {
    Map<Measure, FrequencyTable> tables = new EnumMap<>(Measure.class);
    for (Measure m : Measure.values()) {
      if (m != Measure.CASELOAD) {
        tables.put(
            m,
            FrequencyTable.of(
                m.columns(),
                m.declaredRows(),
                counts.getOrDefault(m, Map.of()),
                m.extraRowOrder()));
      }
    }
    return new FollowUpResult(
        from, to, tables, DurationDistribution.of(durations), Map.copyOf(caseload));
  }

  private final class Sink implements MeasureSink {
    private final Function<Measure, Map<String, long[]>> newTable = m -> new HashMap<>();

    @Override
    public void count(Measure measure, String row, String column) {
      int i = measure.columns().indexOf(column);
      if (i < 0) {
        throw new IllegalStateException("unknown column " + column + " of " + measure);
      }
      counts.computeIfAbsent(measure, newTable)
          .computeIfAbsent(row, r -> new long[measure.columns().size()])[i]++;
    }

    @Override
    public void investigationDays(long days) {
      durations.merge(days, 1L, Long::sum);
    }

    @Override
    public void caseload(String key) {
      caseload.merge(key, 1L, Long::sum);
    }
  }

  /**
   * Builds a {@link FollowUpReport}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private LocalDate from;
    private LocalDate to;

    private Builder() {}

    /** The period {@code [from, to]}, both days included. */
    public Builder period(LocalDate from, LocalDate to) {
      this.from = Objects.requireNonNull(from, "from");
      this.to = Objects.requireNonNull(to, "to");
      return this;
    }

    /**
     * A new, empty accumulator.
     *
     * @throws IllegalStateException without a period, or when it ends before it begins
     */
    public FollowUpReport build() {
      if (from == null || to == null) {
        throw new IllegalStateException("period missing");
      }
      if (to.isBefore(from)) {
        throw new IllegalStateException("period ends before it begins");
      }
      return new FollowUpReport(from, to);
    }
  }
}
