package org.openbbic.validation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Assertions on the findings of a {@link ValidationReport}, for tests: when one fails, its message
 * lists every finding of the report, so the failure says what was found instead of only {@code
 * expected true}. Each finding is listed by its code, severity, source, pointer and, when known,
 * line and column; never by its message or arguments, so a failing test prints no personal identity
 * number and no free text.
 *
 * <pre>{@code
 * import static org.openbbic.validation.FindingsAssert.assertThatFindings;
 *
 * assertThatFindings(validator.validate(plan, ValidationLevel.SIGNED))
 *     .as("seed %d", seed)
 *     .hasFinding(expectedCode, "/reviseBy")
 *     .doesNotHaveCode(otherCode);
 *
 * assertThatFindings(reader.read(bytes).report()).hasNoErrors();
 * }</pre>
 *
 * <p>It needs no test framework: a failed assertion throws {@link AssertionError}, which JUnit,
 * TestNG and AssertJ's soft assertions report as a failure. It lives here rather than in
 * bbic-testkit because bbic-testkit does not depend on bbic-validation (whose own tests use the
 * test kit's generators).
 *
 * <p>Not thread-safe; use one per assertion.
 *
 * @since 0.1
 */
public final class FindingsAssert {

  private final ValidationReport report;
  private String description = "";

  private FindingsAssert(ValidationReport report) {
    this.report = Objects.requireNonNull(report, "report");
  }

  /** Assertions on the findings of {@code report}. */
  public static FindingsAssert assertThatFindings(ValidationReport report) {
    return new FindingsAssert(report);
  }

  /**
   * Describes what is checked (a seed, a case, a format); the description begins the message of a
   * failure. Formatted with {@link String#format(Locale, String, Object...)} in the root locale.
   */
  public FindingsAssert as(String description, Object... args) {
    this.description = String.format(Locale.ROOT, description, args);
    return this;
  }

  /** Fails unless some finding has {@code code}. */
  public FindingsAssert hasCode(String code) {
    return expect(f -> f.code().equals(code), "a finding " + code);
  }

  /** Fails when some finding has {@code code}. */
  public FindingsAssert doesNotHaveCode(String code) {
    if (report.hasCode(code)) {
      throw failure("no finding " + code);
    }
    return this;
  }

  /**
   * {@link #hasCode(String)} when {@code present} is true, {@link #doesNotHaveCode(String)} when it
   * is false: for a test over both sides of a boundary.
   */
  public FindingsAssert hasCodeExactlyWhen(String code, boolean present) {
    return present ? hasCode(code) : doesNotHaveCode(code);
  }

  /** Fails unless some finding has {@code code} at {@code pointer} (an RFC 6901 JSON Pointer). */
  public FindingsAssert hasFinding(String code, String pointer) {
    return expect(
        f -> f.code().equals(code) && f.pointer().equals(pointer),
        "a finding " + code + " at '" + pointer + "'");
  }

  /** Fails when some finding is {@link Severity#FATAL} or {@link Severity#ERROR}. */
  public FindingsAssert hasNoErrors() {
    if (!report.isValid()) {
      throw failure("no FATAL or ERROR finding");
    }
    return this;
  }

  private FindingsAssert expect(Predicate<Finding> wanted, String what) {
    if (report.findings().stream().noneMatch(wanted)) {
      throw failure(what);
    }
    return this;
  }

  private AssertionError failure(String expected) {
    StringBuilder s = new StringBuilder();
    if (!description.isEmpty()) {
      s.append('[').append(description).append("] ");
    }
    s.append("Expected ").append(expected).append(", but the report has ");
    if (report.findings().isEmpty()) {
      s.append("no findings");
    } else {
      s.append(report.findings().size())
          .append(report.findings().size() == 1 ? " finding:" : " findings:");
      for (Finding f : report.findings()) {
        s.append("\n  ").append(describe(f));
      }
    }
    if (report.suppressedCount() > 0) {
      s.append("\n  (").append(report.suppressedCount()).append(" suppressed)");
    }
    if (report.truncated()) {
      s.append("\n  (the list was cut short)");
    }
    AssertionError error = new AssertionError(s.toString());
    // the caller's line first, as the test frameworks' own assertions do
    error.setStackTrace(
        Arrays.stream(error.getStackTrace())
            .filter(frame -> !frame.getClassName().equals(FindingsAssert.class.getName()))
            .toArray(StackTraceElement[]::new));
    return error;
  }

  /** Code, severity, source, pointer, line and column: never the message or an argument. */
  private static String describe(Finding f) {
    StringBuilder s = new StringBuilder();
    s.append(f.code()).append(' ').append(f.severity()).append(' ').append(f.source());
    s.append(" at '").append(f.pointer()).append('\'');
    f.line().ifPresent(line -> s.append(" line ").append(line));
    f.column().ifPresent(column -> s.append(" column ").append(column));
    return s.toString();
  }
}
