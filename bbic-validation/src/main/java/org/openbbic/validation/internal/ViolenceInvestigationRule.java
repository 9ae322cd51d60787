package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.InitialAssessmentDecision;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.InvestigationPlan;
import org.openbbic.forms.Report;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/** BBIC-CASE-012: a report of suspected violence is followed by an investigation. */
final class ViolenceInvestigationRule extends ChainRule {
  ViolenceInvestigationRule() {
    super(rule("BBIC-CASE-012", Severity.ERROR, ValidationLevel.DRAFT, "violence"));
  }

  @Override
  void check(CaseFile cf, CaseIndex ix, RuleContext ctx) {
    Set<UUID> initiating = null;
    for (Report r : cf.reports()) {
      if (r == null
          || !Boolean.TRUE.equals(r.suspectedViolence())
          || r.initialAssessment() == null
          || r.initialAssessment().decision() != InitialAssessmentDecision.OPEN_INVESTIGATION
          || r.initialAssessment().decidedAt() == null) {
        continue;
      }
      if (initiating == null) {
        initiating = initiating(cf);
      }
      if (!initiating.contains(Docs.id(r))) {
        ctx.report(
            ix.pointer(r) + "/initialAssessment/decision",
            r,
            Docs.swedishDate(r.receivedAt()),
            args());
      }
    }
  }

  /** The ids of the reports and applications that investigations and their plans name. */
  private static Set<UUID> initiating(CaseFile cf) {
    Set<UUID> out = new HashSet<>();
    for (Investigation inv : cf.investigations()) {
      if (inv != null) {
        out.addAll(inv.initiatedBy());
      }
    }
    for (InvestigationPlan p : cf.investigationPlans()) {
      if (p != null) {
        out.addAll(p.initiatedBy());
      }
    }
    return out;
  }
}
