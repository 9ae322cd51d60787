package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.meta.BbicModel.CaseDocument;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/** BBIC-CASE-003: document ids are unique in the case file. */
final class UniqueIdRule extends ChainRule {
  UniqueIdRule() {
    super(rule("BBIC-CASE-003", Severity.ERROR, ValidationLevel.DRAFT));
  }

  @Override
  void check(CaseFile cf, CaseIndex ix, RuleContext ctx) {
    Set<UUID> seen = new HashSet<>();
    for (CaseDocument e : ix.entries()) {
      UUID id = Docs.id(e.document());
      if (id != null && !seen.add(id)) {
        ctx.report(ix.pointer(e.document()) + "/header/documentId", e.document(), null, args());
      }
    }
  }
}
