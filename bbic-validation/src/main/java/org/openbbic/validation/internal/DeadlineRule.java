package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.Report;
import org.openbbic.forms.meta.DocumentKind;
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
 * calendar; a document checked on its own (an anmälan, an investigation) has the deadlines of that
 * document alone (no as-of day: only those met late). Stateless and thread-safe.
 */
final class DeadlineRule implements Declared, CaseWide {

  private final DeadlineKind kind;
  private final Declaration declaration;
  private final Single<?> single; // null for a deadline of the case chain

  /** The deadline of this kind that one document of type {@code D} holds on its own. */
  private record Single<D extends BbicDocument>(Class<D> type, Of<D> of) {
    Deadline of(BbicDocument doc, LocalDate asOf) {
      return of.deadline(type.cast(doc), asOf);
    }
  }

  private interface Of<D> {
    Deadline deadline(D doc, LocalDate asOf);
  }

  DeadlineRule(DeadlineKind kind) {
    this.kind = kind;
    this.declaration = rule(kind.code(), Severity.ERROR, ValidationLevel.DRAFT, kind.legalTopic());
    this.single = single(kind);
  }

  /**
   * The deadline of {@code kind} of a document checked on its own (no case file): the
   * skyddsbedömning and förhandsbedömning of an anmälan, the four months of an investigation;
   * pointers relative to the document. Null for the deadlines of the case chain.
   */
  private static Single<?> single(DeadlineKind kind) {
    switch (kind) {
      case PROTECTION_ASSESSMENT:
        return new Single<>(Report.class, (r, asOf) -> DeadlineEngine.protection(r, "", asOf, 0));
      case INITIAL_ASSESSMENT:
        return new Single<>(
            Report.class, (r, asOf) -> DeadlineEngine.initialAssessment(r, "", asOf, 0));
      case INVESTIGATION:
        return new Single<>(
            Investigation.class, (inv, asOf) -> DeadlineEngine.investigation(inv, "", asOf, 0));
      default:
        return null;
    }
  }

  @Override
  public Declaration declaration() {
    return declaration;
  }

  @Override
  public boolean appliesTo(DocumentKind<?> documentKind) {
    return single != null && documentKind.type() == single.type();
  }

  @Override
  public void checkDocument(BbicDocument doc, RuleContext ctx) {
    if (single != null && single.type().isInstance(doc)) {
      Deadline d = single.of(doc, ctx.asOf().orElse(null));
      if (d != null) {
        report(ctx, doc, d);
      }
    }
  }

  @Override
  public void checkCase(CaseFile cf, RuleContext ctx) {
    CaseIndex ix = CaseIndex.of(cf, ctx);
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

  @Override
  public String toString() {
    return code();
  }
}
