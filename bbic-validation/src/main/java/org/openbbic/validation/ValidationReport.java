package org.openbbic.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a validation or a read found: the findings in the order they were found, how many findings
 * the caller's options suppressed, and whether the list was cut short (fail-fast or a maximum
 * number of findings). The report is valid when it holds no {@link Severity#FATAL} or {@link
 * Severity#ERROR} finding.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ValidationReport {

  private static final ValidationReport EMPTY = new ValidationReport(List.of(), 0, false);

  private final List<Finding> findings;
  private final int suppressedCount;
  private final boolean truncated;

  private ValidationReport(List<Finding> findings, int suppressedCount, boolean truncated) {
    this.findings = findings;
    this.suppressedCount = suppressedCount;
    this.truncated = truncated;
  }

  /** A report with no findings. */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /** A report of {@code findings}, none suppressed. */
  public static ValidationReport of(Collection<Finding> findings) {
    return of(findings, 0, false);
  }

  /**
   * A report of {@code findings}, with {@code suppressedCount} findings suppressed and whether the
   * list was cut short.
   */
  public static ValidationReport of(
      Collection<Finding> findings, int suppressedCount, boolean truncated) {
    if (suppressedCount < 0) {
      throw new IllegalArgumentException("suppressedCount < 0");
    }
    List<Finding> copy = List.copyOf(Objects.requireNonNull(findings, "findings"));
    return new ValidationReport(copy, suppressedCount, truncated);
  }

  /** Every finding, in the order found. */
  public List<Finding> findings() {
    return findings;
  }

  /** Whether there is no {@link Severity#FATAL} or {@link Severity#ERROR} finding. */
  public boolean isValid() {
    return findings.stream().noneMatch(f -> f.severity().isBlocking());
  }

  /** The {@link Severity#FATAL} and {@link Severity#ERROR} findings. */
  public List<Finding> errors() {
    return findings.stream().filter(f -> f.severity().isBlocking()).collect(Collectors.toList());
  }

  /** The {@link Severity#WARNING} findings. */
  public List<Finding> warnings() {
    return bySeverity(Severity.WARNING);
  }

  /** The {@link Severity#INFO} findings. */
  public List<Finding> infos() {
    return bySeverity(Severity.INFO);
  }

  /** The findings of one severity. */
  public List<Finding> bySeverity(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).collect(Collectors.toList());
  }

  /** The findings with {@code code}. */
  public List<Finding> withCode(String code) {
    return findings.stream().filter(f -> f.code().equals(code)).collect(Collectors.toList());
  }

  /** Whether some finding has {@code code}. */
  public boolean hasCode(String code) {
    return findings.stream().anyMatch(f -> f.code().equals(code));
  }

  /** How many findings the caller's options suppressed (not in {@link #findings()}). */
  public int suppressedCount() {
    return suppressedCount;
  }

  /** Whether the findings were cut short by fail-fast or a maximum number of findings. */
  public boolean truncated() {
    return truncated;
  }

  /** This report followed by {@code other}: findings concatenated, counts added. */
  public ValidationReport concat(ValidationReport other) {
    if (other.findings.isEmpty() && other.suppressedCount == 0 && !other.truncated) {
      return this;
    }
    List<Finding> all = new ArrayList<>(findings.size() + other.findings.size());
    all.addAll(findings);
    all.addAll(other.findings);
    return new ValidationReport(
        List.copyOf(all), suppressedCount + other.suppressedCount, truncated || other.truncated);
  }

  /** The reports concatenated in order. */
  public static ValidationReport concat(Collection<ValidationReport> reports) {
    ValidationReport r = EMPTY;
    for (ValidationReport each : reports) {
      r = r.concat(each);
    }
    return r;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ValidationReport)) {
      return false;
    }
    ValidationReport r = (ValidationReport) o;
    return findings.equals(r.findings)
        && suppressedCount == r.suppressedCount
        && truncated == r.truncated;
  }

  @Override
  public int hashCode() {
    return Objects.hash(findings, suppressedCount, truncated);
  }

  @Override
  public String toString() {
    return "ValidationReport[valid="
        + isValid()
        + ", findings="
        + findings
        + ", suppressed="
        + suppressedCount
        + (truncated ? ", truncated" : "")
        + "]";
  }
}
