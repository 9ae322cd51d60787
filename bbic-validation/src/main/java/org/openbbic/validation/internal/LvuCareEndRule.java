package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Decision;
import org.openbbic.forms.Reconsideration;
import org.openbbic.forms.Review;
import org.openbbic.forms.ReviewOutcome;
import org.openbbic.model.code.CareBasis;
import org.openbbic.model.code.DecisionKind;
import org.openbbic.model.law.LegalProvisions;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/**
 * BBIC-CASE-022: care under LVU ends at the latest on the young person's 21st birthday (LVU 21 §):
 * no LVU decision, övervägande or omprövning continues it on or after that day.
 */
final class LvuCareEndRule extends ChainRule {
  LvuCareEndRule() {
    super(rule("BBIC-CASE-022", Severity.ERROR, ValidationLevel.DRAFT, "lvu-care-end"));
  }

  private static boolean lvu(CareBasis b) {
    return b == CareBasis.LVU_2 || b == CareBasis.LVU_3;
  }

  @Override
  void check(CaseFile cf, CaseIndex ix, RuleContext ctx) {
    if (!birthDateKnown(cf)) {
      return; // no birthday to reach
    }
    for (Decision d : cf.decisions()) {
      if (d != null
          && lvu(d.legalBasis())
          && d.decidedAt() != null
          && d.kind() != DecisionKind.INTERVENTION_ENDED) {
        check(cf, ix, ctx, d, "/decidedAt", d.decidedAt());
        if (d.validTo() != null) {
          check(cf, ix, ctx, d, "/validTo", d.validTo());
        }
      }
    }
    for (Reconsideration r : cf.reconsiderations()) {
      if (r != null
          && lvu(r.legalBasis())
          && r.performedAt() != null
          && Boolean.TRUE.equals(r.careStillNeeded())) {
        check(cf, ix, ctx, r, "/careStillNeeded", r.performedAt());
      }
    }
    for (Review r : cf.reviews()) {
      if (r != null && r.performedAt() != null && r.outcome() == ReviewOutcome.CARE_CONTINUES) {
        check(cf, ix, ctx, r, "/outcome", r.performedAt());
      }
    }
  }

  private static void check(
      CaseFile cf, CaseIndex ix, RuleContext ctx, BbicDocument doc, String field, LocalDate day) {
    Optional<Period> limit = LegalProvisions.limit("lvu-care-end", null, day);
    LocalDate reached = limit.map(l -> birthday(cf, l)).orElse(null);
    if (reached != null && !day.isBefore(reached)) {
      ctx.report(ix.pointer(doc) + field, doc, day, args("age", limit.get().getYears()));
    }
  }
}
