package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import org.openbbic.forms.Decision;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/** BBIC-DOC-009: an appealable decision says how to appeal (three weeks from receipt). */
final class AppealInstructionRule extends KindRule<Decision> {
  AppealInstructionRule() {
    super(Decision.class, rule("BBIC-DOC-009", Severity.ERROR, ValidationLevel.COMPLETE, "appeal"));
  }

  @Override
  protected void check(Decision d, RuleContext ctx) {
    if (d.kind() != null && d.kind().appealable() && Docs.blank(d.appealInstruction())) {
      ctx.report("/appealInstruction", d, d.decidedAt(), args("kind", d.kind()));
    }
  }
}
