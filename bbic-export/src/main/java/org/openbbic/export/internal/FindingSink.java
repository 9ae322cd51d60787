package org.openbbic.export.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.openbbic.validation.Finding;
import org.openbbic.validation.FindingSource;
import org.openbbic.validation.Severity;
import org.openbbic.validation.ValidationReport;

/**
 * Collects the findings of one read, rendered in the caller's locale, at most {@link #MAX} of them.
 * A finding added without a position gets one from its pointer when the read ends ({@link
 * #resolvePositions(Function)}). Not thread-safe: one per read.
 */
public final class FindingSink {

  /** The most findings one read keeps; the report says when more were left out. */
  public static final int MAX = 200;

  private final Locale locale;
  private final int lineBase;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<String> pointers = new HashSet<>();
  private int dropped;

  /**
   * A sink rendering in {@code locale}; {@code lineBase} is added to every line (the line of a
   * batch record, minus one).
   */
  public FindingSink(Locale locale, int lineBase) {
    this.locale = locale;
    this.lineBase = lineBase;
  }

  /** The locale messages are rendered in. */
  public Locale locale() {
    return locale;
  }

  /**
   * Adds a finding of this module; {@code line} 0 means the position is found later from the
   * pointer. {@code args} are name/value pairs; values are never taken from the payload.
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
    Finding.Builder b =
        ExportMessages.bundle().finding(code, severity, source, arguments, locale).pointer(pointer);
    if (line > 0) {
      b.line(line + lineBase);
      b.column(Math.max(1, column));
    }
    addFinding(b.build());
  }

  /** Adds a finding made elsewhere (the validator's); positions are found later. */
  public void addFinding(Finding finding) {
    pointers.add(finding.pointer());
    if (findings.size() >= MAX) {
      dropped++;
      return;
    }
    findings.add(finding);
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

  /** Whether a finding already names {@code pointer}. */
  public boolean hasAt(String pointer) {
    return pointers.contains(pointer);
  }

  /** Whether a finding is FATAL or ERROR. */
  public boolean hasBlocking() {
    return findings.stream().anyMatch(f -> f.severity().isBlocking());
  }

  /** Whether a finding is FATAL. */
  public boolean hasFatal() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.FATAL);
  }

  /** The findings so far. */
  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  /** The report of the findings so far. */
  public ValidationReport report() {
    return ValidationReport.of(findings, 0, dropped > 0);
  }
}
