package org.openbbic.validation;

/**
 * Where a {@link Deadline} stands on the calendar's date. A deadline met after its due date is
 * never {@link #MET}: it is {@link #MET_LATE}, or {@link #MET_EXCUSED} when the law allows the
 * delay for reasons the document records.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum DeadlineStatus {
  /** Done on or before the due date. */
  MET,
  /** Done after the due date: a breach ({@link Deadline#daysLate()} says by how much). */
  MET_LATE,
  /**
   * Done after the due date with the reasons the law allows recorded (synnerliga skäl for the
   * förhandsbedömning): no breach, but shown so the delay is not hidden.
   */
  MET_EXCUSED,
  /** Not done; due later than the due-soon window. */
  OPEN,
  /** Not done; due on the calendar's date or within the due-soon window. */
  DUE_SOON,
  /** Not done; the due date has passed: a breach. */
  OVERDUE;

  /** Whether the status is a breach of the deadline: {@link #MET_LATE} or {@link #OVERDUE}. */
  public boolean breach() {
    return this == MET_LATE || this == OVERDUE;
  }

  /** Whether the deadline is done, in time or not. */
  public boolean done() {
    return this == MET || this == MET_LATE || this == MET_EXCUSED;
  }
}
