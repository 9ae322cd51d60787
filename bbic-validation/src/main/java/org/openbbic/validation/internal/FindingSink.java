package org.openbbic.validation.internal;

import java.util.ArrayList;
import java.util.List;
import org.openbbic.validation.Finding;
import org.openbbic.validation.ValidationReport;

/**
 * Collects the findings of one validation call, applying the caller's policies, fail-fast and the
 * maximum. One per call; not thread-safe.
 */
public final class FindingSink {

  private final List<FindingPolicy> policies;
  private final boolean failFast;
  private final int maxFindings;
  private final List<Finding> findings = new ArrayList<>();
  private int suppressed;
  private boolean stopped;
  private boolean truncated;

  public FindingSink(List<FindingPolicy> policies, boolean failFast, int maxFindings) {
    this.policies = policies;
    this.failFast = failFast;
    this.maxFindings = maxFindings;
  }

  /** Adds a finding unless suppressed; re-grades it when a policy says so. */
  public void add(Finding f) {
    if (stopped) {
      truncated = true;
      return;
    }
    FindingPolicy policy = FindingPolicy.first(policies, f.code(), f.pointer());
    if (policy != null) {
      if (policy.severity() == null) {
        suppressed++;
        return;
      }
      if (policy.severity() != f.severity()) {
        f = f.withSeverity(policy.severity());
      }
    }
    if (findings.size() >= maxFindings) {
      stopped = true;
      truncated = true;
      return;
    }
    // At the maximum the sink stops only when one more finding arrives, so that a report of
    // exactly the maximum is not marked truncated.
    findings.add(f);
    if (failFast && f.severity().isBlocking()) {
      stopped = true;
    }
  }

  /** Notes that work was skipped because the sink had stopped. */
  public void skipped() {
    if (stopped) {
      truncated = true;
    }
  }

  public boolean stopped() {
    return stopped;
  }

  public ValidationReport report() {
    return ValidationReport.of(findings, suppressed, truncated);
  }
}
