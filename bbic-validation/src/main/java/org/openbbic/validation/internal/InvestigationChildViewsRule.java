package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import java.time.LocalDate;
import org.openbbic.forms.Investigation;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/** BBIC-DOC-005: the investigation gives the child's views or why they were not obtained. */
final class InvestigationChildViewsRule extends KindRule<Investigation> {
  InvestigationChildViewsRule() {
    super(
        Investigation.class,
        rule("BBIC-DOC-005", Severity.ERROR, ValidationLevel.COMPLETE, "child-views"));
  }

  @Override
  protected void check(Investigation inv, RuleContext ctx) {
    if (Docs.blank(inv.childViews()) && Docs.blank(inv.childViewsNotObtainedReason())) {
      LocalDate when = inv.completedAt() != null ? inv.completedAt() : inv.openedAt();
      ctx.report("/childViews", inv, when, args());
    }
  }
}
