package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import org.openbbic.forms.CaseFile;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.meta.BbicModel.CaseDocument;
import org.openbbic.model.PersonId;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/** BBIC-CASE-001: every document concerns the case file's child. */
final class OneChildRule extends ChainRule {
  OneChildRule() {
    super(rule("BBIC-CASE-001", Severity.ERROR, ValidationLevel.DRAFT));
  }

  @Override
  void check(CaseFile cf, CaseIndex ix, RuleContext ctx) {
    PersonId child = cf.child() == null ? null : cf.child().id();
    if (child == null) {
      return;
    }
    for (CaseDocument e : ix.entries()) {
      DocumentHeader h = e.document().header();
      if (h != null && h.child() != null && !child.equals(h.child())) {
        ctx.report(ix.pointer(e.document()) + "/header/child", e.document(), null, args());
      }
    }
  }
}
