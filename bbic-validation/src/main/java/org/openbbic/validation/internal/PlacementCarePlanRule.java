package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Decision;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/**
 * BBIC-CASE-023: a decision to place the child has a vårdplan that refers to it (SoL 11 kap. 3 §):
 * a WARNING while the decision is recent, an ERROR after the grace period of {@code policy.tsv}.
 */
final class PlacementCarePlanRule extends ChainRule {
  PlacementCarePlanRule() {
    super(
        rule("BBIC-CASE-023", Severity.WARNING, ValidationLevel.COMPLETE, "care-plan")
            .alsoReportedAs(Severity.ERROR));
  }

  @Override
  void check(CaseFile cf, CaseIndex ix, RuleContext ctx) {
    for (Decision d : DeadlineEngine.unplannedPlacements(cf, null)) {
      ctx.report(
          ix.pointer(d) + "/interventionKinds",
          d,
          d.decidedAt(),
          null,
          planSeverity(ctx, d.decidedAt()),
          args("days", Policy.period("placement-plans").getDays()));
    }
  }
}
