package org.openbbic.validation;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openbbic.model.law.LegalBasis;

/**
 * One statutory deadline of a case file: what ({@link #kind()}), for which document, when it began,
 * when it is due, when it was met, the provision in force when it began, and its status on the
 * calendar's date.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Deadline {

  private final DeadlineKind kind;
  private final UUID documentId;
  private final String pointer;
  private final LocalDate startDate;
  private final LocalDate dueDate;
  private final LocalDate metOn;
  private final LegalBasis legalBasis;
  private final DeadlineStatus status;

  private Deadline(
      DeadlineKind kind,
      UUID documentId,
      String pointer,
      LocalDate startDate,
      LocalDate dueDate,
      LocalDate metOn,
      LegalBasis legalBasis,
      DeadlineStatus status) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.documentId = documentId;
    this.pointer = pointer == null ? "" : pointer;
    this.startDate = Objects.requireNonNull(startDate, "startDate");
    this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
    this.metOn = metOn;
    this.legalBasis = legalBasis;
    this.status = Objects.requireNonNull(status, "status");
    if (status.done() != (metOn != null)
        || (status == DeadlineStatus.MET && metOn.isAfter(dueDate))
        || (status == DeadlineStatus.MET_LATE && !metOn.isAfter(dueDate))
        || (status == DeadlineStatus.MET_EXCUSED && !metOn.isAfter(dueDate))) {
      throw new IllegalArgumentException("status " + status + " contradicts the dates");
    }
  }

  /**
   * A deadline. {@code documentId}, {@code metOn} and {@code legalBasis} may be {@code null}. A
   * status that contradicts {@code metOn} and {@code dueDate} is refused: a deadline met after its
   * due date is never {@link DeadlineStatus#MET}.
   *
   * @param pointer where the date that meets the deadline is (or would be), in the case file
   */
  public static Deadline of(
      DeadlineKind kind,
      UUID documentId,
      String pointer,
      LocalDate startDate,
      LocalDate dueDate,
      LocalDate metOn,
      LegalBasis legalBasis,
      DeadlineStatus status) {
    return new Deadline(kind, documentId, pointer, startDate, dueDate, metOn, legalBasis, status);
  }

  /** What falls due. */
  public DeadlineKind kind() {
    return kind;
  }

  /** The document the deadline belongs to (the report, investigation, care plan...). */
  public Optional<UUID> documentId() {
    return Optional.ofNullable(documentId);
  }

  /** Where the date that meets the deadline is, or would be, as a JSON Pointer. */
  public String pointer() {
    return pointer;
  }

  /** The date the deadline began (receipt, opening, placement start, last övervägande...). */
  public LocalDate startDate() {
    return startDate;
  }

  /** The last day on which the deadline is met. */
  public LocalDate dueDate() {
    return dueDate;
  }

  /** The date it was met, if it was. */
  public Optional<LocalDate> metOn() {
    return Optional.ofNullable(metOn);
  }

  /** Whether it was met after its due date (excused or not). */
  public boolean late() {
    return metOn != null && metOn.isAfter(dueDate);
  }

  /**
   * How many days after the due date it was met, or, while not met, how many days past the due date
   * it is on {@code asOf}; 0 when in time.
   */
  public long daysLate(LocalDate asOf) {
    LocalDate end = metOn != null ? metOn : asOf;
    if (end == null || !end.isAfter(dueDate)) {
      return 0;
    }
    return java.time.temporal.ChronoUnit.DAYS.between(dueDate, end);
  }

  /** Days late for a deadline met after its due date; 0 otherwise. */
  public long daysLate() {
    return daysLate(null);
  }

  /** The provision in force on the start date. */
  public Optional<LegalBasis> legalBasis() {
    return Optional.ofNullable(legalBasis);
  }

  /** The status on the calendar's date. */
  public DeadlineStatus status() {
    return status;
  }

  /** A short description of what falls due, in Swedish unless {@code locale} is English. */
  public String what(Locale locale) {
    return Messages.render("Deadline." + kind.name(), Map.of("dueDate", dueDate), locale);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Deadline)) {
      return false;
    }
    Deadline d = (Deadline) o;
    return kind == d.kind
        && Objects.equals(documentId, d.documentId)
        && pointer.equals(d.pointer)
        && startDate.equals(d.startDate)
        && dueDate.equals(d.dueDate)
        && Objects.equals(metOn, d.metOn)
        && Objects.equals(legalBasis, d.legalBasis)
        && status == d.status;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, documentId, pointer, startDate, dueDate, metOn, legalBasis, status);
  }

  @Override
  public String toString() {
    return kind + " due " + dueDate + " " + status + (metOn == null ? "" : " on " + metOn);
  }
}
