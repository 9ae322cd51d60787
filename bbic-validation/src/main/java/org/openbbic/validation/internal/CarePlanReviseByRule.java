package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import java.time.LocalDate;
import org.openbbic.forms.CarePlan;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.DeadlineKind;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/**
 * BBIC-DOC-010: a care plan is to be revised at the latest two years after placement, where the
 * revision duty (from 1 March 2021) is in force on that day.
 */
final class CarePlanReviseByRule extends KindRule<CarePlan> {
  CarePlanReviseByRule() {
    super(
        CarePlan.class,
        rule("BBIC-DOC-010", Severity.ERROR, ValidationLevel.DRAFT, "care-plan-revision"));
  }

  @Override
  protected void check(CarePlan cp, RuleContext ctx) {
    if (cp.placementStart() != null && cp.reviseBy() != null) {
      LocalDate latest =
          DeadlineEngine.dueDate(DeadlineKind.CARE_PLAN_REVISION, cp.placementStart());
      if (latest != null && cp.reviseBy().isAfter(latest)) {
        ctx.report("/reviseBy", cp, latest, args("latest", latest));
      }
    }
  }
}
