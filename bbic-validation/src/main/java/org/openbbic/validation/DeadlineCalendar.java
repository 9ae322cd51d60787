package org.openbbic.validation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.openbbic.forms.CaseFile;
import org.openbbic.validation.internal.DeadlineEngine;

/**
 * Every statutory deadline that applies to a case file, judged on one date: what, due when, under
 * which provision, and whether it is met, open, due soon or overdue, so a vendor can show what
 * falls due before the committee meets.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DeadlineCalendar {

  /** The default due-soon window: 14 days. */
  public static final int DEFAULT_DUE_SOON_DAYS = 14;

  private final LocalDate asOf;
  private final List<Deadline> deadlines;

  private DeadlineCalendar(LocalDate asOf, List<Deadline> deadlines) {
    this.asOf = asOf;
    this.deadlines = deadlines;
  }

  /** The calendar of {@code caseFile} on {@code asOf}, with a 14-day due-soon window. */
  public static DeadlineCalendar of(CaseFile caseFile, LocalDate asOf) {
    return of(caseFile, asOf, DEFAULT_DUE_SOON_DAYS);
  }

  /** The calendar of {@code caseFile} on {@code asOf}, with a due-soon window of so many days. */
  public static DeadlineCalendar of(CaseFile caseFile, LocalDate asOf, int dueSoonDays) {
    Objects.requireNonNull(caseFile, "caseFile");
    Objects.requireNonNull(asOf, "asOf");
    if (dueSoonDays < 0) {
      throw new IllegalArgumentException("dueSoonDays < 0");
    }
    List<Deadline> all =
        DeadlineEngine.forCase(caseFile, asOf, dueSoonDays).stream()
            .sorted(
                Comparator.comparing(Deadline::dueDate)
                    .thenComparing(d -> d.kind().ordinal())
                    .thenComparing(Deadline::pointer))
            .collect(Collectors.toUnmodifiableList());
    return new DeadlineCalendar(asOf, all);
  }

  /** The date the calendar is judged on. */
  public LocalDate asOf() {
    return asOf;
  }

  /** Every deadline, by due date. */
  public List<Deadline> deadlines() {
    return deadlines;
  }

  /** The deadlines not yet done (open, due soon or overdue), by due date. */
  public List<Deadline> pending() {
    return deadlines.stream()
        .filter(d -> !d.status().done())
        .collect(Collectors.toUnmodifiableList());
  }

  /** The deadlines not yet met that fall due on or before {@code date} (overdue ones included). */
  public List<Deadline> dueBy(LocalDate date) {
    return pending().stream()
        .filter(d -> !d.dueDate().isAfter(date))
        .collect(Collectors.toUnmodifiableList());
  }

  /** The deadlines with {@code status}. */
  public List<Deadline> withStatus(DeadlineStatus status) {
    return deadlines.stream()
        .filter(d -> d.status() == status)
        .collect(Collectors.toUnmodifiableList());
  }
}
