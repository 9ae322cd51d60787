package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openbbic.forms.AssignmentToProvider;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CarePlan;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Goal;
import org.openbbic.forms.ImplementationPlan;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.DocumentKind;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/**
 * BBIC-CASE-024: each goal of a genomförandeplan traces to a goal of the vårdplan or the assignment
 * it refers to (by goal id); one finding per goal that does not.
 */
final class ImplementationGoalTraceRule extends ChainRule {

  /** The kinds whose goals a genomförandeplan's goals trace to. */
  private static final Set<DocumentKind<?>> TRACED_TO =
      Set.of(
          BbicModel.get().kind(CarePlan.class), BbicModel.get().kind(AssignmentToProvider.class));

  /** A well-formed goal id: a malformed one is BBIC-FLD-004 alone. */
  private static final java.util.regex.Pattern GOAL_ID =
      java.util.regex.Pattern.compile(Goal.ID_PATTERN);

  ImplementationGoalTraceRule() {
    super(rule("BBIC-CASE-024", Severity.ERROR, ValidationLevel.DRAFT));
  }

  @Override
  void check(CaseFile cf, CaseIndex ix, RuleContext ctx) {
    for (ImplementationPlan p : cf.implementationPlans()) {
      if (p == null) {
        continue;
      }
      Set<String> traced = new HashSet<>();
      boolean referred = false;
      for (UUID ref : java.util.Arrays.asList(p.carePlanId(), p.assignmentId())) {
        BbicDocument target = ix.find(ref).orElse(null);
        if (target != null && TRACED_TO.contains(BbicModel.get().kindOf(target))) {
          referred = true;
          traced.addAll(FollowUpGoalRule.goalIds(target));
        }
      }
      if (!referred) {
        continue; // BBIC-CASE-002 reports a reference of the wrong kind
      }
      List<Goal> goals = p.goals();
      for (int i = 0; i < goals.size(); i++) {
        Goal g = goals.get(i);
        if (g != null
            && g.goalId() != null
            && GOAL_ID.matcher(g.goalId()).matches()
            && !traced.contains(g.goalId())) {
          ctx.report(
              ix.pointer(p) + "/goals/" + i + "/goalId", p, null, args("goalId", g.goalId()));
        }
      }
    }
  }
}
