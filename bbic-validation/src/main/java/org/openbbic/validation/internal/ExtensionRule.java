package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import java.time.LocalDate;
import org.openbbic.forms.Investigation;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.DeadlineKind;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/** BBIC-DOC-004: an extension is decided before the four months run out, for a later date. */
final class ExtensionRule extends KindRule<Investigation> {
  ExtensionRule() {
    super(
        Investigation.class,
        rule("BBIC-DOC-004", Severity.ERROR, ValidationLevel.DRAFT, "investigation-deadline"));
  }

  @Override
  protected void check(Investigation inv, RuleContext ctx) {
    if (inv.openedAt() == null || inv.extension() == null) {
      return;
    }
    LocalDate due = DeadlineEngine.dueDate(DeadlineKind.INVESTIGATION, inv.openedAt());
    if (due == null) {
      return;
    }
    LocalDate decided = inv.extension().decidedAt();
    LocalDate newEnd = inv.extension().newEndDate();
    if (decided != null && decided.isAfter(due)) {
      ctx.report("/extension/decidedAt", inv, inv.openedAt(), args("dueDate", due));
    } else if (newEnd != null && !newEnd.isAfter(due)) {
      ctx.report("/extension/newEndDate", inv, inv.openedAt(), args("dueDate", due));
    }
  }
}
