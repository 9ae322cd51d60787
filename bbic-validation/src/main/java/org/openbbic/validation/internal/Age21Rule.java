package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import org.openbbic.forms.CaseFile;
import org.openbbic.forms.meta.BbicModel.CaseDocument;
import org.openbbic.forms.meta.DocumentKind.DatedValue;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/** BBIC-CASE-015: no BBIC document is dated on or after the child's 21st birthday. */
final class Age21Rule extends ChainRule {
  Age21Rule() {
    super(rule("BBIC-CASE-015", Severity.WARNING, ValidationLevel.DRAFT));
  }

  @Override
  void check(CaseFile cf, CaseIndex ix, RuleContext ctx) {
    if (!birthDateKnown(cf)) {
      return; // no birth date
    }
    for (CaseDocument e : ix.entries()) {
      DatedValue f = e.kind().eventDate(e.document());
      if (f != null && age(cf, f.date()) >= 21) {
        ctx.report(ix.pointer(e.document()) + "/" + f.path(), e.document(), null, args("age", 21));
      }
    }
  }
}
