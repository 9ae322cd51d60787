package org.openbbic.stats.internal;

import java.util.List;

/**
 * A result as published: titles, notes and tables of cells with small-number protection already
 * applied. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Published {

  /**
   * How a cell's number reads.
   *
   * @since 0.1
   */
  public enum Unit {
    /** A count. */
    COUNT,
    /** A percentage (0–100). */
    PERCENT,
    /** Whole days. */
    DAYS,
    /** A number with one decimal. */
    DECIMAL
  }

  /**
   * One cell: a value, or suppressed (value {@code null}). Immutable.
   *
   * @since 0.1
   */
  public record Cell(Double value, Unit unit, boolean suppressed) {
    /** A shown count. */
    public static Cell count(long n) {
      return new Cell((double) n, Unit.COUNT, false);
    }

    /** A suppressed cell. */
    public static Cell hidden(Unit unit) {
      return new Cell(null, unit, true);
    }
  }

  /**
   * A column: code and label. Immutable.
   *
   * @since 0.1
   */
  public record Column(String code, String label) {}

  /**
   * A row: code, label and one cell per column. Immutable.
   *
   * @since 0.1
   */
  public record Row(String code, String label, List<Cell> cells) {}

  /**
   * A table: stable id, part heading, title, columns, rows and the column charted ({@code -1}: no
   * chart). Immutable.
   *
   * @since 0.1
   */
  public record Table(
      String id, String part, String title, List<Column> columns, List<Row> rows, int chartColumn) {
    /** The number of suppressed cells. */
    public long suppressedCells() {
      return rows.stream().flatMap(r -> r.cells().stream()).filter(Cell::suppressed).count();
    }
  }

  /**
   * A whole document: kind, title, subtitle, metadata pairs, notes and tables. Immutable.
   *
   * @since 0.1
   */
  public record Document(
      String kind,
      String title,
      String subtitle,
      List<String[]> metadata,
      List<String> notes,
      int threshold,
      List<Table> tables) {}

  private Published() {}
}
