package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import java.time.LocalDate;
import org.openbbic.forms.AssignmentToProvider;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CarePlan;
import org.openbbic.forms.ChildSituationFollowUp;
import org.openbbic.forms.Decision;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.InvestigationPlan;
import org.openbbic.forms.Report;
import org.openbbic.forms.meta.DocumentKind;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/** BBIC-DOC-013: dates within one document are in order. */
final class DateOrderRule extends KindRule<BbicDocument> {

  private static final ByKind CHECKS =
      new ByKind()
          .on(Report.class, DateOrderRule::report)
          .on(
              Investigation.class,
              (inv, ctx) -> {
                before(ctx, inv, "openedAt", inv.openedAt(), "/completedAt", inv.completedAt());
                if (inv.extension() != null) {
                  before(
                      ctx,
                      inv,
                      "openedAt",
                      inv.openedAt(),
                      "/extension/decidedAt",
                      inv.extension().decidedAt());
                }
              })
          .on(
              InvestigationPlan.class,
              (p, ctx) ->
                  before(
                      ctx,
                      p,
                      "investigationOpenedAt",
                      p.investigationOpenedAt(),
                      "/plannedCompletion",
                      p.plannedCompletion()))
          .on(
              Decision.class,
              (d, ctx) -> before(ctx, d, "validFrom", d.validFrom(), "/validTo", d.validTo()))
          .on(
              AssignmentToProvider.class,
              (a, ctx) -> before(ctx, a, "startDate", a.startDate(), "/endDate", a.endDate()))
          .on(
              ChildSituationFollowUp.class,
              (c, ctx) -> before(ctx, c, "decidedAt", c.decidedAt(), "/endsAt", c.endsAt()))
          .on(
              CarePlan.class,
              (cp, ctx) ->
                  before(
                      ctx, cp, "placementStart", cp.placementStart(), "/reviseBy", cp.reviseBy()));

  DateOrderRule() {
    super(BbicDocument.class, rule("BBIC-DOC-013", Severity.ERROR, ValidationLevel.DRAFT));
  }

  @Override
  public boolean appliesTo(DocumentKind<?> kind) {
    return CHECKS.covers(kind);
  }

  @Override
  protected void check(BbicDocument doc, RuleContext ctx) {
    CHECKS.check(doc, ctx);
  }

  private static void report(Report r, RuleContext ctx) {
    LocalDate received = Docs.swedishDate(r.receivedAt());
    if (r.protectionAssessment() != null) {
      before(
          ctx,
          r,
          "receivedAt",
          received,
          "/protectionAssessment/assessedAt",
          Docs.swedishDate(r.protectionAssessment().assessedAt()));
    }
    if (r.initialAssessment() != null) {
      before(
          ctx,
          r,
          "receivedAt",
          received,
          "/initialAssessment/decidedAt",
          r.initialAssessment().decidedAt());
    }
  }

  private static void before(
      RuleContext ctx,
      BbicDocument doc,
      String earlierField,
      LocalDate earlier,
      String laterPointer,
      LocalDate later) {
    if (earlier != null && later != null && later.isBefore(earlier)) {
      ctx.report(laterPointer, doc, null, args("after", earlierField));
    }
  }
}
