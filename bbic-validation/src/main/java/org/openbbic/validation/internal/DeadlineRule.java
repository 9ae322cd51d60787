package org.openbbic.validation.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.model.law.LegalBasis;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.Deadline;
import org.openbbic.validation.DeadlineKind;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/**
 * The rule of one statutory deadline (BBIC-DOC-001..003, BBIC-CASE-008..011, -017): it reports
 * exactly the deadlines of its kind that the {@link DeadlineEngine} judges a breach (met late or
 * overdue on the as-of day), so the validator and the {@link
 * org.openbbic.validation.DeadlineCalendar} never disagree. In a case file it reads the case's
 * calendar; a document checked on its own has the deadlines of that document alone (no as-of day:
 * only those met late). Stateless and thread-safe.
 */
final class DeadlineRule extends BaseRule {

  private final DeadlineKind kind;

  DeadlineRule(DeadlineKind kind) {
    super(kind.code(), Severity.ERROR, ValidationLevel.DRAFT, kind.legalTopic());
    this.kind = kind;
  }

  @Override
  public void checkDocument(BbicDocument doc, RuleContext ctx) {
    if (ctx.caseFile().isPresent()) {
      return; // judged once for the whole case file, in checkCase
    }
    for (Deadline d : DeadlineEngine.forDocument(doc, ctx.asOf().orElse(null), 0)) {
      report(ctx, doc, d);
    }
  }

  @Override
  public void checkCase(CaseFile cf, RuleContext ctx) {
    CaseIndex ix = CaseRules.index(cf, ctx);
    for (Deadline d : ix.deadlines(ctx.asOf().orElse(null))) {
      report(ctx, d.documentId().flatMap(ix::find).orElse(null), d);
    }
  }

  private void report(RuleContext ctx, BbicDocument doc, Deadline d) {
    if (d.kind() != kind || !d.status().breach()) {
      return;
    }
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("dueDate", d.dueDate());
    args.put("daysLate", d.daysLate(ctx.asOf().orElse(null)));
    args.put("startDate", d.startDate());
    d.legalBasis()
        .flatMap(LegalBasis::limit)
        .filter(p -> p.getYears() > 0 && p.getMonths() == 0 && p.getDays() == 0)
        .ifPresent(p -> args.put("years", p.getYears()));
    ctx.report(
        d.pointer(),
        doc,
        DeadlineEngine.lawDate(d),
        d.legalBasis().flatMap(LegalBasis::scope).orElse(null),
        args);
  }
}
