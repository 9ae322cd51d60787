package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Decision;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.DocumentKind;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/** BBIC-CASE-007: the investigation was communicated before the decision on it. */
final class CommunicationBeforeDecisionRule extends ChainRule {
  CommunicationBeforeDecisionRule() {
    super(rule("BBIC-CASE-007", Severity.ERROR, ValidationLevel.DRAFT, "communication"));
  }

  @Override
  void check(CaseFile cf, CaseIndex ix, RuleContext ctx) {
    for (Decision d : cf.decisions()) {
      if (d == null || d.investigationId() == null || d.decidedAt() == null) {
        continue;
      }
      BbicDocument target = ix.find(d.investigationId()).orElse(null);
      DocumentKind<?> kind = target == null ? null : BbicModel.get().kindOf(target);
      Investigation inv = kind == INVESTIGATION ? INVESTIGATION.cast(target) : null;
      if (inv != null
          && inv.communication() != null
          && Boolean.TRUE.equals(inv.communication().communicated())
          && inv.communication().communicatedAt() != null
          && inv.communication().communicatedAt().isAfter(d.decidedAt())) {
        ctx.report(
            ix.pointer(inv) + "/communication/communicatedAt",
            inv,
            d.decidedAt(),
            args("decidedAt", d.decidedAt()));
      }
    }
  }

  private static final DocumentKind<Investigation> INVESTIGATION =
      BbicModel.get().kind(Investigation.class);
}
