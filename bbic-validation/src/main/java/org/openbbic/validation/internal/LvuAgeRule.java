package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Decision;
import org.openbbic.model.code.CareBasis;
import org.openbbic.model.code.DecisionKind;
import org.openbbic.model.law.LegalProvisions;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/**
 * BBIC-CASE-014 (LVU 3 §, under 20) and BBIC-CASE-021 (LVU 2 §, under 18): care under LVU is not
 * decided for a young person who has reached the age LVU 1 § sets for its basis, on the day of the
 * decision.
 */
final class LvuAgeRule extends ChainRule {
  private final CareBasis basis;

  LvuAgeRule(String code, CareBasis basis) {
    super(rule(code, Severity.ERROR, ValidationLevel.DRAFT, "lvu-age"));
    this.basis = basis;
  }

  @Override
  void check(CaseFile cf, CaseIndex ix, RuleContext ctx) {
    for (Decision d : cf.decisions()) {
      if (d == null
          || d.legalBasis() != basis
          || d.decidedAt() == null
          || d.kind() == DecisionKind.INTERVENTION_ENDED) {
        continue;
      }
      Optional<Period> limit = LegalProvisions.limit("lvu-age", basis.name(), d.decidedAt());
      LocalDate reached = limit.map(l -> birthday(cf, l)).orElse(null);
      if (reached != null && !d.decidedAt().isBefore(reached)) {
        ctx.report(
            ix.pointer(d) + "/decidedAt",
            d,
            d.decidedAt(),
            basis.name(),
            args("age", limit.get().getYears()));
      }
    }
  }
}
