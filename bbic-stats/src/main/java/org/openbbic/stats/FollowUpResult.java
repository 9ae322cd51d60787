package org.openbbic.stats;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The exact result of a {@link FollowUpReport}: one {@link FrequencyTable} per {@link Measure}, the
 * distribution of investigation durations and the caseload per case worker. Counts are exact;
 * small-number protection is applied by {@link StatsWriter} when the result is published.
 *
 * <p>Results over disjoint sets of case files {@link #combine(FollowUpResult) combine} into exactly
 * the result over their union.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class FollowUpResult {

  private final LocalDate from;
  private final LocalDate to;
  private final Map<Measure, FrequencyTable> tables;
  private final DurationDistribution investigationDays;
  private final Map<String, Long> caseload;

  FollowUpResult(
      LocalDate from,
      LocalDate to,
      Map<Measure, FrequencyTable> tables,
      DurationDistribution investigationDays,
      Map<String, Long> caseload) {
    this.from = from;
    this.to = to;
    Map<Measure, FrequencyTable> all = new EnumMap<>(tables);
    all.put(Measure.CASELOAD, caseloadTable(caseload));
    this.tables = Collections.unmodifiableMap(all);
    this.investigationDays = investigationDays;
    this.caseload = Collections.unmodifiableMap(new TreeMap<>(caseload));
  }

  /** The period's first day. */
  public LocalDate from() {
    return from;
  }

  /** The period's last day. */
  public LocalDate to() {
    return to;
  }

  /** The table of {@code measure}. */
  public FrequencyTable table(Measure measure) {
    return tables.get(measure);
  }

  /** Every table, in {@link Measure} order. */
  public Map<Measure, FrequencyTable> tables() {
    return tables;
  }

  /** The number of case files read. */
  public long caseFiles() {
    return table(Measure.SUMMARY).count("CASE_FILES");
  }

  /** The number of cases open at the period's end. */
  public long openCases() {
    return table(Measure.SUMMARY).count("OPEN_CASES");
  }

  /** Durations in days from opening to completion of the investigations finished in the period. */
  public DurationDistribution investigationDays() {
    return investigationDays;
  }

  /**
   * Open cases at the period's end per responsible case worker, keyed {@code id:<staff id>} or
   * {@code name:<name>}. Staff data: {@link StatsWriter} publishes only the distribution.
   */
  public Map<String, Long> caseloadByCaseWorker() {
    return caseload;
  }

  /**
   * The result over the union of the case files of this result and {@code other}.
   *
   * @throws IllegalArgumentException when the periods differ
   */
  public FollowUpResult combine(FollowUpResult other) {
    if (!from.equals(other.from) || !to.equals(other.to)) {
      throw new IllegalArgumentException("periods differ");
    }
    Map<Measure, FrequencyTable> sum = new EnumMap<>(Measure.class);
    for (Measure m : Measure.values()) {
      if (m != Measure.CASELOAD) {
        sum.put(
            m, FrequencyTable.sum(table(m), other.table(m), m.declaredRows(), m.extraRowOrder()));
      }
    }
    Map<String, Long> load = new HashMap<>(caseload);
    other.caseload.forEach((k, n) -> load.merge(k, n, Long::sum));
    return new FollowUpResult(from, to, sum, investigationDays.plus(other.investigationDays), load);
  }

  private static FrequencyTable caseloadTable(Map<String, Long> caseload) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (long n : caseload.values()) {
      String band;
      if (n <= 5) {
        band = "CASES_1_5";
      } else if (n <= 10) {
        band = "CASES_6_10";
      } else if (n <= 15) {
        band = "CASES_11_15";
      } else if (n <= 20) {
        band = "CASES_16_20";
      } else if (n <= 30) {
        band = "CASES_21_30";
      } else {
        band = "CASES_31_OR_MORE";
      }
      counts.computeIfAbsent(band, b -> new long[1])[0]++;
    }
    return FrequencyTable.of(
        Measure.CASELOAD.columns(),
        Measure.CASELOAD.declaredRows(),
        counts,
        Measure.CASELOAD.extraRowOrder());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FollowUpResult)) {
      return false;
    }
    FollowUpResult r = (FollowUpResult) o;
    return from.equals(r.from)
        && to.equals(r.to)
        && tables.equals(r.tables)
        && investigationDays.equals(r.investigationDays)
        && caseload.equals(r.caseload);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, tables, investigationDays, caseload);
  }

  @Override
  public String toString() {
    return "FollowUpResult[" + from + ".." + to + ", caseFiles=" + caseFiles() + "]";
  }
}
