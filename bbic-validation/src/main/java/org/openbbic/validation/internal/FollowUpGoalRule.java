package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FollowUp;
import org.openbbic.forms.GoalFollowUp;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/** BBIC-CASE-006: a follow-up's goal outcomes refer to goals of the plan followed up. */
final class FollowUpGoalRule extends ChainRule {
  FollowUpGoalRule() {
    super(rule("BBIC-CASE-006", Severity.ERROR, ValidationLevel.DRAFT));
  }

  @Override
  void check(CaseFile cf, CaseIndex ix, RuleContext ctx) {
    for (FollowUp f : cf.followUps()) {
      if (f == null || f.planId() == null) {
        continue;
      }
      BbicDocument plan = ix.find(f.planId()).orElse(null);
      if (plan == null) {
        continue; // BBIC-CASE-002 reports it
      }
      Set<String> goalIds = goalIds(plan);
      List<GoalFollowUp> outcomes = f.goalFollowUps();
      for (int i = 0; i < outcomes.size(); i++) {
        GoalFollowUp o = outcomes.get(i);
        if (o != null && o.goalId() != null && !goalIds.contains(o.goalId())) {
          ctx.report(
              ix.pointer(f) + "/goalFollowUps/" + i + "/goalId",
              f,
              null,
              args("goalId", o.goalId()));
        }
      }
    }
  }

  /** The ids of the goals of {@code doc}. */
  static Set<String> goalIds(BbicDocument doc) {
    Set<String> out = new HashSet<>();
    for (Docs.PlacedGoal g : Docs.goals(doc)) {
      if (g.goal().goalId() != null) {
        out.add(g.goal().goalId());
      }
    }
    return out;
  }
}
