package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import org.openbbic.forms.InitialAssessment;
import org.openbbic.forms.Report;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/** BBIC-DOC-006: the initial assessment says the child was heard, or why not. */
final class InitialAssessmentChildViewsRule extends KindRule<Report> {
  InitialAssessmentChildViewsRule() {
    super(
        Report.class,
        rule("BBIC-DOC-006", Severity.WARNING, ValidationLevel.COMPLETE, "child-views"));
  }

  @Override
  protected void check(Report r, RuleContext ctx) {
    InitialAssessment ia = r.initialAssessment();
    if (ia != null
        && ia.decision() != null
        && !Boolean.TRUE.equals(ia.childHeard())
        && Docs.blank(ia.childNotHeardReason())) {
      ctx.report(
          "/initialAssessment/childNotHeardReason",
          r,
          ia.decidedAt() != null ? ia.decidedAt() : Docs.swedishDate(r.receivedAt()),
          args());
    }
  }
}
