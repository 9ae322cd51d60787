package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.openbbic.forms.CarePlan;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.ImplementationPlan;
import org.openbbic.forms.ImplementationPlanKind;
import org.openbbic.model.code.PlacementForm;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/**
 * BBIC-CASE-018: a placement in a family home, HVB or supported housing has a genomförandeplan for
 * the placement that refers to its care plan.
 */
final class PlacementImplementationPlanRule extends ChainRule {

  /** Placement forms whose care plan needs a genomförandeplan (HVB, stödboende, familjehem). */
  static final Set<PlacementForm> NEEDS_IMPLEMENTATION_PLAN =
      Set.of(PlacementForm.FAMILY_HOME, PlacementForm.HVB, PlacementForm.SUPPORTED_HOUSING);

  PlacementImplementationPlanRule() {
    super(
        rule("BBIC-CASE-018", Severity.WARNING, ValidationLevel.COMPLETE, "implementation-plan")
            .alsoReportedAs(Severity.ERROR));
  }

  @Override
  void check(CaseFile cf, CaseIndex ix, RuleContext ctx) {
    Set<UUID> planned = new HashSet<>();
    for (ImplementationPlan p : cf.implementationPlans()) {
      if (p != null && p.kind() == ImplementationPlanKind.PLACEMENT && p.carePlanId() != null) {
        planned.add(p.carePlanId());
      }
    }
    for (CarePlan cp : cf.carePlans()) {
      if (cp != null
          && cp.placementStart() != null
          && cp.placementForm() != null // Set.of(...).contains(null) throws
          && NEEDS_IMPLEMENTATION_PLAN.contains(cp.placementForm())
          && Docs.id(cp) != null
          && !planned.contains(Docs.id(cp))) {
        ctx.report(
            ix.pointer(cp) + "/placementForm",
            cp,
            cp.placementStart(),
            null,
            planSeverity(ctx, cp.decidedAt() != null ? cp.decidedAt() : cp.placementStart()),
            args("placementForm", cp.placementForm()));
      }
    }
  }
}
