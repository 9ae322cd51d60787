package org.openbbic.validation.internal;

import java.time.LocalDate;
import java.time.Period;
import org.openbbic.forms.CaseFile;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/**
 * A built-in case-chain rule: it checks a whole case file once, with the case file's {@link
 * CaseIndex}, and no single document. Stateless and thread-safe.
 */
abstract class ChainRule implements Declared {

  private final Declaration declaration;

  ChainRule(Declaration declaration) {
    this.declaration = declaration;
  }

  @Override
  public final Declaration declaration() {
    return declaration;
  }

  @Override
  public final void checkCase(CaseFile caseFile, RuleContext context) {
    check(caseFile, CaseIndex.of(caseFile, context), context);
  }

  /** Checks {@code caseFile}; pointers are relative to it. */
  abstract void check(CaseFile caseFile, CaseIndex index, RuleContext context);

  /** Whether the case file gives the child's birth date. */
  static boolean birthDateKnown(CaseFile cf) {
    return cf.child() != null && cf.child().birthDate() != null;
  }

  /** The child's age on a date, or -1 when the birth date or the date is unknown. */
  static int age(CaseFile cf, LocalDate on) {
    if (cf.child() == null || cf.child().birthDate() == null || on == null) {
      return -1;
    }
    return Period.between(cf.child().birthDate(), on).getYears();
  }

  /** The birthday on which the child reaches the age {@code limit} (a period of years), or null. */
  static LocalDate birthday(CaseFile cf, Period limit) {
    if (cf.child() == null || cf.child().birthDate() == null) {
      return null;
    }
    return cf.child().birthDate().plus(limit);
  }

  /**
   * The severity of a missing plan for a placement decided on {@code decided}: a WARNING while the
   * decision is recent, an ERROR once the library's grace period ({@code policy.tsv}) has passed on
   * the as-of day.
   */
  static Severity planSeverity(RuleContext ctx, LocalDate decided) {
    if (decided == null || ctx.asOf().isEmpty()) {
      return Severity.WARNING;
    }
    LocalDate limit = decided.plus(Policy.period("placement-plans"));
    return ctx.asOf().get().isAfter(limit) ? Severity.ERROR : Severity.WARNING;
  }

  @Override
  public String toString() {
    return code();
  }
}
