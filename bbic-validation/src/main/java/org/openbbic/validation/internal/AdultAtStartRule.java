package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import org.openbbic.forms.CaseFile;
import org.openbbic.forms.meta.BbicModel.CaseDocument;
import org.openbbic.forms.meta.DocumentKind.DatedValue;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/** BBIC-CASE-013: the case began after the child turned 18 (BBIC is optional then). */
final class AdultAtStartRule extends ChainRule {
  AdultAtStartRule() {
    super(rule("BBIC-CASE-013", Severity.INFO, ValidationLevel.DRAFT));
  }

  @Override
  void check(CaseFile cf, CaseIndex ix, RuleContext ctx) {
    if (!birthDateKnown(cf)) {
      return; // no birth date
    }
    // The earliest report or application: the case's start.
    DatedValue first = null;
    CaseDocument holder = null;
    for (CaseDocument e : ix.entries()) {
      if (StartsCase.of(e.kind())) {
        DatedValue f = e.kind().eventDate(e.document());
        if (f != null && (first == null || f.date().isBefore(first.date()))) {
          first = f;
          holder = e;
        }
      }
    }
    if (first != null && age(cf, first.date()) >= 18) {
      ctx.report(
          ix.pointer(holder.document()) + "/" + first.path(),
          holder.document(),
          null,
          args("age", 18));
    }
  }
}
