package org.openbbic.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An exact frequency table: counts by row code and column code. Declared rows come first in their
 * order and are present even when zero; other rows follow in a stable order. Counts are exact (no
 * suppression): small-number protection is applied only when a table is published.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class FrequencyTable {

  private final List<String> columns;
  private final Map<String, long[]> rows;

  private FrequencyTable(List<String> columns, Map<String, long[]> rows) {
    this.columns = columns;
    this.rows = rows;
  }

  /**
   * A table with {@code columns}, the {@code declaredRows} first and then the other rows of {@code
   * counts} ordered by {@code extraOrder}. Rows of {@code counts} must have one count per column.
   */
  static FrequencyTable of(
      List<String> columns,
      List<String> declaredRows,
      Map<String, long[]> counts,
      Comparator<String> extraOrder) {
    Map<String, long[]> ordered = new LinkedHashMap<>();
    for (String row : declaredRows) {
      long[] c = counts.get(row);
      ordered.put(row, c == null ? new long[columns.size()] : c.clone());
    }
    List<String> extra = new ArrayList<>();
    for (String row : counts.keySet()) {
      if (!ordered.containsKey(row)) {
        extra.add(row);
      }
    }
    extra.sort(extraOrder.thenComparing(Comparator.naturalOrder()));
    for (String row : extra) {
      ordered.put(row, counts.get(row).clone());
    }
    return new FrequencyTable(List.copyOf(columns), Collections.unmodifiableMap(ordered));
  }

  /** The column codes, in order. */
  public List<String> columns() {
    return columns;
  }

  /** The row codes, in order. */
  public List<String> rows() {
    return List.copyOf(rows.keySet());
  }

  /** The count in {@code row} and {@code column}; zero for an unknown row or column. */
  public long count(String row, String column) {
    long[] c = rows.get(row);
    int i = columns.indexOf(column);
    return c == null || i < 0 ? 0 : c[i];
  }

  /** The count in {@code row} of a one-column table (the first column otherwise). */
  public long count(String row) {
    long[] c = rows.get(row);
    return c == null ? 0 : c[0];
  }

  /** The sum over the columns of {@code row}. */
  public long rowTotal(String row) {
    long[] c = rows.get(row);
    return c == null ? 0 : Arrays.stream(c).sum();
  }

  /** The sum over the rows of {@code column}. */
  public long columnTotal(String column) {
    int i = columns.indexOf(column);
    if (i < 0) {
      return 0;
    }
    long sum = 0;
    for (long[] c : rows.values()) {
      sum += c[i];
    }
    return sum;
  }

  /** The rows as row code → column code → count, in order. */
  public Map<String, Map<String, Long>> asMap() {
    Map<String, Map<String, Long>> map = new LinkedHashMap<>();
    rows.forEach(
        (row, c) -> {
          Map<String, Long> cells = new LinkedHashMap<>();
          for (int i = 0; i < columns.size(); i++) {
            cells.put(columns.get(i), c[i]);
          }
          map.put(row, Collections.unmodifiableMap(cells));
        });
    return Collections.unmodifiableMap(map);
  }

  /** Rows with their counts (clones), for internal use. */
  Map<String, long[]> raw() {
    Map<String, long[]> copy = new LinkedHashMap<>();
    rows.forEach((k, v) -> copy.put(k, v.clone()));
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FrequencyTable)) {
      return false;
    }
    FrequencyTable other = (FrequencyTable) o;
    if (!columns.equals(other.columns) || !rows.keySet().equals(other.rows.keySet())) {
      return false;
    }
    for (Map.Entry<String, long[]> e : rows.entrySet()) {
      if (!Arrays.equals(e.getValue(), other.rows.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = columns.hashCode();
    for (Map.Entry<String, long[]> e : rows.entrySet()) {
      h += e.getKey().hashCode() ^ Arrays.hashCode(e.getValue());
    }
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("FrequencyTable").append(columns).append('{');
    rows.forEach((k, v) -> sb.append(k).append('=').append(Arrays.toString(v)).append(", "));
    return sb.append('}').toString();
  }

  /** Sums two tables of the same columns and order rules. */
  static FrequencyTable sum(
      FrequencyTable a, FrequencyTable b, List<String> declared, Comparator<String> order) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Map<String, long[]> counts = a.raw();
    b.rows.forEach(
        (row, c) -> {
          long[] target = counts.computeIfAbsent(row, k -> new long[c.length]);
          for (int i = 0; i < c.length; i++) {
            target[i] += c[i];
          }
        });
    return of(a.columns, declared, counts, order);
  }
}
