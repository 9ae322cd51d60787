package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import org.openbbic.forms.Report;
import org.openbbic.forms.ReportKind;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/**
 * BBIC-DOC-018: a complete anmälan records its skyddsbedömning (genast; same or next day per the
 * bill). Whether it was made in time is BBIC-DOC-001.
 */
final class ProtectionAssessmentRecordedRule extends KindRule<Report> {
  ProtectionAssessmentRecordedRule() {
    super(
        Report.class,
        rule("BBIC-DOC-018", Severity.ERROR, ValidationLevel.COMPLETE, "protection-assessment"));
  }

  @Override
  protected void check(Report r, RuleContext ctx) {
    if (r.kind() == ReportKind.ANMALAN
        && r.receivedAt() != null
        && r.protectionAssessment() == null) {
      ctx.report("/protectionAssessment", r, Docs.swedishDate(r.receivedAt()), args());
    }
  }
}
