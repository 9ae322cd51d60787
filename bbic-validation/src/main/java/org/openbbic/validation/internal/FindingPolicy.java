package org.openbbic.validation.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.openbbic.validation.Finding;
import org.openbbic.validation.Severity;

/**
 * One caller's instruction for findings of a code (and pointer pattern): suppress them or give them
 * another severity. Immutable and thread-safe.
 *
 * <p>The pointer pattern is an RFC 6901 pointer where {@code *} stands for one whole or partial
 * reference token and {@code **} for any number of tokens; {@code null} matches every pointer.
 */
public final class FindingPolicy {

  private final String code;
  private final Pattern pointer;
  private final Severity severity; // null: suppress

  public FindingPolicy(String code, String pointerPattern, Severity severity) {
    this.code = code;
    this.pointer = pointerPattern == null ? null : compile(pointerPattern);
    this.severity = severity;
  }

  static Pattern compile(String glob) {
    StringBuilder re = new StringBuilder();
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        re.append(".*");
        i += 2;
      } else if (c == '*') {
        re.append("[^/]*");
        i++;
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
    return Pattern.compile(re.toString());
  }

  public boolean matches(String findingCode, String findingPointer) {
    return ("*".equals(code) || code.equals(findingCode))
        && (pointer == null || pointer.matcher(findingPointer).matches());
  }

  /** The severity to give, or {@code null} to suppress. */
  public Severity severity() {
    return severity;
  }

  /**
   * {@code finding} as the first policy matching it leaves it: re-graded, as it is, or {@code null}
   * when suppressed.
   */
  public static Finding apply(List<FindingPolicy> policies, Finding finding) {
    FindingPolicy p = first(policies, finding.code(), finding.pointer());
    if (p == null) {
      return finding;
    }
    if (p.severity == null) {
      return null;
    }
    return p.severity == finding.severity() ? finding : finding.withSeverity(p.severity);
  }

  /** The first policy matching, or {@code null}. */
  public static FindingPolicy first(List<FindingPolicy> policies, String code, String pointer) {
    for (FindingPolicy p : policies) {
      if (p.matches(code, pointer)) {
        return p;
      }
    }
    return null;
  }
}
