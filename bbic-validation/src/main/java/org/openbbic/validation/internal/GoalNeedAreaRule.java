package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.NeedAreaAssessment;
import org.openbbic.forms.meta.BbicModel.CaseDocument;
import org.openbbic.model.code.NeedArea;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/** BBIC-CASE-005: plan goals concern need areas that an investigation assessed. */
final class GoalNeedAreaRule extends ChainRule {
  GoalNeedAreaRule() {
    super(rule("BBIC-CASE-005", Severity.WARNING, ValidationLevel.DRAFT));
  }

  @Override
  void check(CaseFile cf, CaseIndex ix, RuleContext ctx) {
    Set<NeedArea> assessed = new HashSet<>();
    for (Investigation inv : cf.investigations()) {
      if (inv != null) {
        for (NeedAreaAssessment a : inv.assessments()) {
          if (a != null && a.area() != null) {
            assessed.add(a.area());
          }
        }
      }
    }
    if (assessed.isEmpty()) {
      return; // no investigation in the file: nothing to tie goals to
    }
    for (CaseDocument e : ix.entries()) {
      if (e.kind().goalFields().isEmpty()) {
        continue;
      }
      for (Docs.PlacedGoal g : Docs.goals(e.document())) {
        List<NeedArea> areas = g.goal().needAreas();
        for (int i = 0; i < areas.size(); i++) {
          if (areas.get(i) != null && !assessed.contains(areas.get(i))) {
            ctx.report(
                ix.pointer(e.document()) + g.pointer() + "/needAreas/" + i,
                e.document(),
                null,
                args("area", areas.get(i).code()));
          }
        }
      }
    }
  }
}
