package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import java.time.LocalDate;
import org.openbbic.forms.InvestigationPlan;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.DeadlineKind;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/** BBIC-DOC-012: an investigation plan plans completion within four months. */
final class PlannedCompletionRule extends KindRule<InvestigationPlan> {
  PlannedCompletionRule() {
    super(
        InvestigationPlan.class,
        rule("BBIC-DOC-012", Severity.WARNING, ValidationLevel.DRAFT, "investigation-deadline"));
  }

  @Override
  protected void check(InvestigationPlan p, RuleContext ctx) {
    if (p.investigationOpenedAt() != null && p.plannedCompletion() != null) {
      LocalDate due = DeadlineEngine.dueDate(DeadlineKind.INVESTIGATION, p.investigationOpenedAt());
      if (due != null && p.plannedCompletion().isAfter(due)) {
        ctx.report("/plannedCompletion", p, p.investigationOpenedAt(), args("dueDate", due));
      }
    }
  }
}
