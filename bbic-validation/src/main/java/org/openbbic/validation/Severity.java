package org.openbbic.validation;

/**
 * How serious a {@link Finding} is. A {@link ValidationReport} is valid when it holds no {@link
 * #FATAL} or {@link #ERROR} finding.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Severity {
  /** The input could not be read at all (allvarligt fel); nothing after it was checked. */
  FATAL,
  /** The document breaks a constraint or a rule (fel). */
  ERROR,
  /** Something a case worker should look at; the document is still valid (varning). */
  WARNING,
  /** For information only (information). */
  INFO;

  /** Whether a finding of this severity makes a report invalid. */
  public boolean isBlocking() {
    return this == FATAL || this == ERROR;
  }
}
