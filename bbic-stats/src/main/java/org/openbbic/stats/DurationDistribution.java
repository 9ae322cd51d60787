package org.openbbic.stats;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * An exact distribution of durations in whole days, kept as a histogram (days → count) so that two
 * distributions merge exactly and percentiles of the merged distribution equal those of the whole
 * data.
 *
 * <p>Percentiles use the nearest-rank method: the {@code p}-th percentile is the smallest duration
 * {@code d} such that at least {@code ceil(p / 100 × n)} durations are at most {@code d}; the
 * median is the 50th percentile (the lower middle value for an even count).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DurationDistribution {

  private static final DurationDistribution EMPTY = new DurationDistribution(new TreeMap<>());

  private final NavigableMap<Long, Long> histogram;
  private final long count;

  private DurationDistribution(NavigableMap<Long, Long> histogram) {
    this.histogram = histogram;
    this.count = histogram.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The empty distribution. */
  public static DurationDistribution empty() {
    return EMPTY;
  }

  /** A distribution of the histogram days → count (counts must be positive). */
  public static DurationDistribution of(Map<Long, Long> histogram) {
    TreeMap<Long, Long> copy = new TreeMap<>();
    histogram.forEach(
        (days, n) -> {
          if (n == null || n < 0 || days == null) {
            throw new IllegalArgumentException("negative or missing count");
          }
          if (n > 0) {
            copy.merge(days, n, Long::sum);
          }
        });
    return new DurationDistribution(copy);
  }

  /** The number of durations. */
  public long count() {
    return count;
  }

  /** The histogram days → count, by days. */
  public Map<Long, Long> histogram() {
    return Collections.unmodifiableNavigableMap(histogram);
  }

  /** The {@code p}-th percentile (0 &lt; p ≤ 100) by nearest rank; empty when there are none. */
  public OptionalLong percentile(double p) {
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("p must be in (0, 100]");
    }
    if (count == 0) {
      return OptionalLong.empty();
    }
    long rank = (long) Math.ceil(p / 100.0 * count);
    long seen = 0;
    for (Map.Entry<Long, Long> e : histogram.entrySet()) {
      seen += e.getValue();
      if (seen >= rank) {
        return OptionalLong.of(e.getKey());
      }
    }
    return OptionalLong.of(histogram.lastKey());
  }

  /** The median (nearest rank, lower middle). */
  public OptionalLong median() {
    return percentile(50);
  }

  /** The sum of the two distributions. */
  public DurationDistribution plus(DurationDistribution other) {
    Objects.requireNonNull(other, "other");
    TreeMap<Long, Long> sum = new TreeMap<>(histogram);
    other.histogram.forEach((d, n) -> sum.merge(d, n, Long::sum));
    return new DurationDistribution(sum);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DurationDistribution
        && histogram.equals(((DurationDistribution) o).histogram);
  }

  @Override
  public int hashCode() {
    return histogram.hashCode();
  }

  @Override
  public String toString() {
    return "DurationDistribution" + histogram;
  }
}
