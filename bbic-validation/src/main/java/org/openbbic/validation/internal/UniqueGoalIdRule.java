package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import java.util.HashSet;
import java.util.Set;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.meta.DocumentKind;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/** BBIC-DOC-016: goal ids are unique within a plan (the kinds that hold goals). */
final class UniqueGoalIdRule extends KindRule<BbicDocument> {
  UniqueGoalIdRule() {
    super(BbicDocument.class, rule("BBIC-DOC-016", Severity.ERROR, ValidationLevel.DRAFT));
  }

  @Override
  public boolean appliesTo(DocumentKind<?> kind) {
    return !kind.goalFields().isEmpty();
  }

  @Override
  protected void check(BbicDocument doc, RuleContext ctx) {
    Set<String> seen = new HashSet<>();
    for (Docs.PlacedGoal g : Docs.goals(doc)) {
      String id = g.goal().goalId();
      if (id != null && !seen.add(id)) {
        ctx.report(g.pointer() + "/goalId", doc, null, args("goalId", id));
      }
    }
  }
}
