package org.openbbic.validation.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.openbbic.validation.Finding;
import org.openbbic.validation.FindingSource;
import org.openbbic.validation.MessageBundle;
import org.openbbic.validation.Severity;
import org.openbbic.validation.ValidationReport;

/**
 * Collects the findings of one validation call or one read, through the caller's policy (the
 * suppress and severity settings of {@link org.openbbic.validation.BbicValidator.Builder}), with
 * fail-fast and a maximum. A read's findings are rendered with its module's messages in its locale;
 * one added without a position gets one from its pointer when the read ends ({@link
 * #resolvePositions(Function)}). One per call; not thread-safe.
 */
public final class FindingSink {

  private final UnaryOperator<Finding> policy;
  private final boolean failFast;
  private final int maxFindings;
  private final MessageBundle bundle;
  private final Locale locale;
  private final int lineBase;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<String> pointers = new HashSet<>();
  private int suppressed;
  private boolean stopped;
  private boolean truncated;

  /** A validation call's sink: {@code policies} in order, the first that matches applies. */
  public FindingSink(List<FindingPolicy> policies, boolean failFast, int maxFindings) {
    this(f -> FindingPolicy.apply(policies, f), failFast, maxFindings, null, null, 0);
  }

  private FindingSink(
      UnaryOperator<Finding> policy,
      boolean failFast,
      int maxFindings,
      MessageBundle bundle,
      Locale locale,
      int lineBase) {
    this.policy = policy;
    this.failFast = failFast;
    this.maxFindings = maxFindings;
    this.bundle = bundle;
    this.locale = locale;
    this.lineBase = lineBase;
  }

  /**
   * A read's sink: findings pass {@code policy} (the finding to keep, re-graded or not, or {@code
   * null} to suppress it), at most {@code maxFindings} are kept, and those made here ({@link
   * #add(String, Severity, FindingSource, String, int, int, Object...)}) are rendered from {@code
   * bundle} in {@code locale}; {@code lineBase} is added to every line (the line of a batch record,
   * minus one).
   */
  public static FindingSink forRead(
      UnaryOperator<Finding> policy,
      int maxFindings,
      MessageBundle bundle,
      Locale locale,
      int lineBase) {
    return new FindingSink(policy, false, maxFindings, bundle, locale, lineBase);
  }

  /** The locale a read's messages are rendered in. */
  public Locale locale() {
    return locale;
  }

  /**
   * Adds a finding of a read, rendered from the sink's bundle; {@code line} 0 means the position is
   * found later from the pointer. {@code args} are name/value pairs; values are never taken from
   * the payload.
   */
  public void add(
      String code,
      Severity severity,
      FindingSource source,
      String pointer,
      int line,
      int column,
      Object... args) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      arguments.put((String) args[i], args[i + 1]);
    }
    Finding.Builder b = bundle.finding(code, severity, source, arguments, locale).pointer(pointer);
    if (line > 0) {
      b.line(line + lineBase);
      b.column(Math.max(1, column));
    }
    add(b.build());
  }

  /** Adds a finding unless suppressed; re-grades it when the policy says so. */
  public void add(Finding f) {
    pointers.add(f.pointer());
    if (stopped) {
      truncated = true;
      return;
    }
    Finding graded = policy.apply(f);
    if (graded == null) {
      suppressed++;
      return;
    }
    if (findings.size() >= maxFindings) {
      stopped = true;
      truncated = true;
      return;
    }
    // At the maximum the sink stops only when one more finding arrives, so that a report of
    // exactly the maximum is not marked truncated.
    findings.add(graded);
    if (failFast && graded.severity().isBlocking()) {
      stopped = true;
    }
  }

  /**
   * Adds the findings of {@code report} (a validator's, whose policy they have been through), with
   * its count of suppressed findings and whether it was cut short.
   */
  public void addReport(ValidationReport report) {
    report.findings().forEach(this::add);
    suppressed += report.suppressedCount();
    truncated |= report.truncated();
  }

  /** Notes that work was skipped because the sink had stopped. */
  public void skipped() {
    if (stopped) {
      truncated = true;
    }
  }

  /** Whether the sink takes no more findings (fail-fast, or the maximum reached). */
  public boolean stopped() {
    return stopped;
  }

  /**
   * Gives each finding without a position the one of its pointer, or of the pointer's nearest
   * ancestor that has one, from the map {@code locator} makes ({@code int[]{line, column}} in the
   * record, by pointer) for the pointers still without a position. Asks nothing when every finding
   * has a position.
   */
  public void resolvePositions(Function<Set<String>, Map<String, int[]>> locator) {
    Set<String> wanted = new HashSet<>();
    for (Finding f : findings) {
      if (f.line().isEmpty()) {
        wanted.add(f.pointer());
      }
    }
    if (wanted.isEmpty()) {
      return;
    }
    Map<String, int[]> found = locator.apply(wanted);
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.line().isEmpty()) {
        int[] at = nearest(found, f.pointer());
        if (at != null) {
          findings.set(i, f.toBuilder().line(at[0] + lineBase).column(at[1]).build());
        }
      }
    }
  }

  /** The position of {@code pointer} or of its nearest located ancestor. */
  private static int[] nearest(Map<String, int[]> found, String pointer) {
    String p = pointer;
    while (true) {
      int[] at = found.get(p);
      if (at != null || p.isEmpty()) {
        return at;
      }
      p = Pointers.parent(p);
    }
  }

  /** Whether a finding (kept, suppressed or beyond the maximum) already names {@code pointer}. */
  public boolean hasAt(String pointer) {
    return pointers.contains(pointer);
  }

  /** Whether a kept finding is FATAL or ERROR. */
  public boolean hasBlocking() {
    return findings.stream().anyMatch(f -> f.severity().isBlocking());
  }

  /** The findings kept so far. */
  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  /** The report of the findings so far. */
  public ValidationReport report() {
    return ValidationReport.of(findings, suppressed, truncated);
  }
}
