package org.openbbic.validation;

/**
 * Where a {@link Deadline} stands on the calendar's date.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum DeadlineStatus {
  /** Done (possibly late: see {@link Deadline#late()}). */
  MET,
  /** Not done; due later than the due-soon window. */
  OPEN,
  /** Not done; due on the calendar's date or within the due-soon window. */
  DUE_SOON,
  /** Not done; the due date has passed. */
  OVERDUE
}
