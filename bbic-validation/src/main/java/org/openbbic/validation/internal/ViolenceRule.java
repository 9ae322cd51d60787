package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import org.openbbic.forms.InitialAssessmentDecision;
import org.openbbic.forms.Report;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/** BBIC-DOC-008: suspected violence by a närstående leads to an investigation. */
final class ViolenceRule extends KindRule<Report> {
  ViolenceRule() {
    super(Report.class, rule("BBIC-DOC-008", Severity.ERROR, ValidationLevel.DRAFT, "violence"));
  }

  @Override
  protected void check(Report r, RuleContext ctx) {
    if (Boolean.TRUE.equals(r.suspectedViolence())
        && r.initialAssessment() != null
        && r.initialAssessment().decision() == InitialAssessmentDecision.NOT_OPEN) {
      ctx.report("/initialAssessment/decision", r, Docs.swedishDate(r.receivedAt()), args());
    }
  }
}
