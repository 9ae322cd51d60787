package org.openbbic.stats.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.openbbic.stats.DurationDistribution;
import org.openbbic.stats.FollowUpResult;
import org.openbbic.stats.FrequencyTable;
import org.openbbic.stats.Measure;
import org.openbbic.stats.internal.Published.Cell;
import org.openbbic.stats.internal.Published.Column;
import org.openbbic.stats.internal.Published.Row;
import org.openbbic.stats.internal.Published.Table;
import org.openbbic.stats.internal.Published.Unit;

/**
 * Turns exact results into published documents, suppressing small numbers: a count {@code c} with
 * {@code 0 < c < threshold} is shown as suppressed; zeros are shown; when a single count of a
 * column is suppressed, the smallest other non-zero count of that column is suppressed too
 * (secondary suppression). A share is suppressed when its denominator is below the threshold or
 * when its numerator or the rest would be suppressed; a median or percentile when fewer than the
 * threshold durations underlie it. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Publication {

  private Publication() {}

  /** Whether a count is suppressed under {@code threshold}. */
  public static boolean suppressed(long count, int threshold) {
    return count > 0 && count < threshold;
  }

  /** A count cell with suppression applied. */
  public static Cell count(long n, int threshold) {
    return suppressed(n, threshold) ? Cell.hidden(Unit.COUNT) : Cell.count(n);
  }

  /** A share cell (percent) of {@code part} in {@code whole}, suppressed as described. */
  public static Cell share(long part, long whole, int threshold) {
    if (whole == 0) {
      return new Cell(null, Unit.PERCENT, false);
    }
    if (whole < threshold || suppressed(part, threshold) || suppressed(whole - part, threshold)) {
      return Cell.hidden(Unit.PERCENT);
    }
    return new Cell(100.0 * part / whole, Unit.PERCENT, false);
  }

  /** The common notes on suppression: which protection applies. */
  public static List<String> suppressionNotes(int threshold, Locale locale) {
    boolean en = Labels.english(locale);
    if (threshold <= 1) {
      return List.of(
          en
              ? "No small-number protection (threshold "
                  + threshold
                  + "): every count is shown exactly."
              : "Inget skydd mot röjande av små tal (tröskel "
                  + threshold
                  + "): alla antal visas exakt.");
    }
    return List.of(
        en
            ? "Small-number protection: counts from 1 to "
                + (threshold - 1)
                + " are suppressed and shown as \"..\" (null in JSON); zeros are shown. Shares,"
                + " medians and percentiles resting on fewer than "
                + threshold
                + " cases, or revealing a suppressed count, are suppressed too; when a single count"
                + " of a column is suppressed, the next smallest is suppressed as well, so that it"
                + " cannot be recovered from a total. The typed result keeps the exact counts."
            : "Skydd mot röjande av uppgifter om enskilda: antal från 1 till "
                + (threshold - 1)
                + " undertrycks och visas som \"..\" (null i JSON); nollor visas. Andelar,"
                + " medianer och percentiler som bygger på färre än "
                + threshold
                + " ärenden, eller som skulle röja ett undertryckt antal, undertrycks också; när"
                + " bara ett antal i en kolumn undertrycks, undertrycks även det näst minsta så att"
                + " det inte kan räknas fram ur en summa. Det typade resultatet behåller exakta"
                + " antal.");
  }

  /** The published follow-up report. */
  public static Published.Document followUp(FollowUpResult r, int threshold, Locale locale) {
    boolean en = Labels.english(locale);
    List<Table> tables = new ArrayList<>();
    tables.add(keyFigures(r, threshold, locale));
    for (Measure m : Measure.values()) {
      tables.add(table(m, r.table(m), threshold, locale));
    }
    List<String> notes = new ArrayList<>(suppressionNotes(threshold, locale));
    notes.add(
        en
            ? "Every measure is judged as of the period's last day: events dated later are not"
                + " counted. The unit is the case file (one child's chain); a child with several"
                + " case files counts once per file. The client group is the case files open at"
                + " some time in the period."
            : "Alla mått bedöms per periodens sista dag: händelser med senare datum räknas inte."
                + " Enheten är ärendekedjan (ett barns ärende); ett barn med flera ärendekedjor"
                + " räknas en gång per kedja. Klientgruppen är de ärenden som varit öppna någon"
                + " gång under perioden.");
    String period = r.from() + " – " + r.to();
    return new Published.Document(
        "follow-up",
        en ? "BBIC follow-up report" : "BBIC-uppföljning",
        (en ? "Period " : "Period ") + period,
        List.of(
            new String[] {"from", r.from().toString()},
            new String[] {"to", r.to().toString()},
            new String[] {"threshold", Integer.toString(threshold)}),
        notes,
        threshold,
        tables);
  }

  private static Table table(Measure m, FrequencyTable t, int threshold, Locale locale) {
    List<Column> columns = new ArrayList<>();
    for (String c : t.columns()) {
      columns.add(new Column(c, Labels.column(m, c, locale)));
    }
    List<Row> rows = new ArrayList<>();
    List<List<Cell>> grid = new ArrayList<>();
    for (String row : t.rows()) {
      List<Cell> cells = new ArrayList<>();
      for (String c : t.columns()) {
        cells.add(count(t.count(row, c), threshold));
      }
      grid.add(cells);
      rows.add(new Row(row, Labels.row(m, row, locale), cells));
    }
    if (m != Measure.SUMMARY) {
      secondarySuppression(grid, t.columns().size());
    }
    int chart;
    if (m == Measure.SUMMARY) {
      chart = -1;
    } else if (t.columns().size() == 1) {
      chart = 0;
    } else if (m == Measure.NEED_AREAS) {
      chart = 1;
    } else {
      chart = -1;
    }
    return new Table(m.id(), part(m.part(), locale), Labels.title(m, locale), columns, rows, chart);
  }

  /**
   * When exactly one count of a column is suppressed, its value could be recovered from the
   * column's total; so the smallest other non-zero count of the column is suppressed too.
   */
  public static void secondarySuppression(List<List<Cell>> grid, int columns) {
    for (int c = 0; c < columns; c++) {
      int suppressed = 0;
      int smallest = -1;
      for (int r = 0; r < grid.size(); r++) {
        Cell cell = grid.get(r).get(c);
        if (cell.suppressed()) {
          suppressed++;
        } else if (cell.value() != null
            && cell.value() > 0
            && (smallest < 0 || cell.value() < grid.get(smallest).get(c).value())) {
          smallest = r;
        }
      }
      if (suppressed == 1 && smallest >= 0) {
        grid.get(smallest).set(c, Cell.hidden(Unit.COUNT));
      }
    }
  }

  private static String part(Measure.Part part, Locale locale) {
    boolean en = Labels.english(locale);
    return part == Measure.Part.OPERATIONAL
        ? (en ? "Operational follow-up" : "Verksamhetsuppföljning")
        : (en ? "Client group" : "Beskrivning av klientgruppen");
  }

  private static Table keyFigures(FollowUpResult r, int threshold, Locale locale) {
    boolean en = Labels.english(locale);
    List<Row> rows = new ArrayList<>();
    FrequencyTable pa = r.table(Measure.PROTECTION_ASSESSMENTS);
    rows.add(
        row(
            "PROTECTION_ON_TIME_SHARE",
            en ? "Protection assessments on time, %" : "Skyddsbedömningar i tid, %",
            share(
                pa.count("ON_TIME"),
                pa.count("ON_TIME") + pa.count("LATE") + pa.count("MISSING"),
                threshold)));
    FrequencyTable ia = r.table(Measure.INITIAL_ASSESSMENTS);
    long iaWithin = ia.columnTotal("WITHIN_14_DAYS");
    long iaAll =
        iaWithin + ia.columnTotal("AFTER_14_DAYS") + ia.columnTotal("AFTER_14_DAYS_EXCUSED");
    rows.add(
        row(
            "INITIAL_ASSESSMENT_WITHIN_14_DAYS_SHARE",
            en
                ? "Initial-assessment decisions within 14 days, %"
                : "Beslut efter förhandsbedömning inom 14 dagar, %",
            share(iaWithin, iaAll, threshold)));
    FrequencyTable inv = r.table(Measure.INVESTIGATIONS);
    rows.add(
        row(
            "INVESTIGATION_WITHIN_FOUR_MONTHS_SHARE",
            en
                ? "Investigations finished within four months, %"
                : "Utredningar avslutade inom fyra månader, %",
            share(inv.count("FINISHED_WITHIN_FOUR_MONTHS"), inv.count("FINISHED"), threshold)));
    DurationDistribution days = r.investigationDays();
    rows.add(
        row(
            "INVESTIGATION_MEDIAN_DAYS",
            en ? "Investigation duration, median days" : "Utredningstid, median dagar",
            days(days.count() == 0 ? OptionalLong.empty() : days.median(), days, threshold)));
    rows.add(
        row(
            "INVESTIGATION_P90_DAYS",
            en
                ? "Investigation duration, 90th percentile days"
                : "Utredningstid, 90:e percentil dagar",
            days(days.count() == 0 ? OptionalLong.empty() : days.percentile(90), days, threshold)));
    FrequencyTable heard = r.table(Measure.CHILDREN_HEARD);
    rows.add(
        row(
            "CHILDREN_HEARD_SHARE",
            en
                ? "Children heard in finished investigations, %"
                : "Barnet hört i avslutade utredningar, %",
            share(
                heard.count("HEARD"),
                heard.count("HEARD")
                    + heard.count("NOT_HEARD_REASON_GIVEN")
                    + heard.count("NOT_DOCUMENTED"),
                threshold)));
    Map<String, Long> load = r.caseloadByCaseWorker();
    long workers = load.size();
    boolean hideLoad = suppressed(workers, threshold);
    rows.add(
        row(
            "CASE_WORKERS",
            en ? "Case workers with open cases" : "Handläggare med öppna ärenden",
            count(workers, threshold)));
    long withWorker = load.values().stream().mapToLong(Long::longValue).sum();
    rows.add(
        row(
            "CASELOAD_MEAN",
            en ? "Open cases per case worker, mean" : "Öppna ärenden per handläggare, medel",
            workers == 0
                ? new Cell(null, Unit.DECIMAL, false)
                : hideLoad
                    ? Cell.hidden(Unit.DECIMAL)
                    : new Cell((double) withWorker / workers, Unit.DECIMAL, false)));
    long[] sorted = load.values().stream().mapToLong(Long::longValue).sorted().toArray();
    rows.add(
        row(
            "CASELOAD_MEDIAN",
            en ? "Open cases per case worker, median" : "Öppna ärenden per handläggare, median",
            workers == 0
                ? new Cell(null, Unit.COUNT, false)
                : hideLoad
                    ? Cell.hidden(Unit.COUNT)
                    : new Cell(
                        (double) sorted[(int) Math.ceil(sorted.length / 2.0) - 1],
                        Unit.COUNT,
                        false)));
    rows.add(
        row(
            "CASELOAD_MAX",
            en ? "Open cases per case worker, most" : "Öppna ärenden per handläggare, högst",
            workers == 0
                ? new Cell(null, Unit.COUNT, false)
                : hideLoad
                    ? Cell.hidden(Unit.COUNT)
                    : new Cell((double) sorted[sorted.length - 1], Unit.COUNT, false)));
    return new Table(
        "key-figures",
        part(Measure.Part.OPERATIONAL, locale),
        Labels.text("Measure.KEY_FIGURES", locale),
        List.of(new Column("VALUE", Labels.text("VALUE", locale))),
        rows,
        -1);
  }

  private static Cell days(OptionalLong value, DurationDistribution d, int threshold) {
    if (value.isEmpty()) {
      return new Cell(null, Unit.DAYS, false);
    }
    if (d.count() < threshold) {
      return Cell.hidden(Unit.DAYS);
    }
    return new Cell((double) value.getAsLong(), Unit.DAYS, false);
  }

  private static Row row(String code, String label, Cell cell) {
    return new Row(code, label, List.of(cell));
  }
}
