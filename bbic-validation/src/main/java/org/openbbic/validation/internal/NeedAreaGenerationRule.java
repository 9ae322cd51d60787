package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import java.util.List;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.InvestigationPlan;
import org.openbbic.forms.NeedAreaAssessment;
import org.openbbic.forms.meta.DocumentKind;
import org.openbbic.model.code.NeedArea;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/**
 * BBIC-DOC-011: need areas belong to the document's own generation of the code list: an
 * investigation's assessments, an investigation plan's areas in focus, and the goals of a plan.
 */
final class NeedAreaGenerationRule extends KindRule<BbicDocument> {

  private static final ByKind AREAS =
      new ByKind()
          .on(Investigation.class, NeedAreaGenerationRule::assessments)
          .on(InvestigationPlan.class, NeedAreaGenerationRule::areasInFocus);

  NeedAreaGenerationRule() {
    super(BbicDocument.class, rule("BBIC-DOC-011", Severity.ERROR, ValidationLevel.DRAFT));
  }

  @Override
  public boolean appliesTo(DocumentKind<?> kind) {
    return AREAS.covers(kind) || !kind.goalFields().isEmpty();
  }

  @Override
  protected void check(BbicDocument doc, RuleContext ctx) {
    if (generation(doc) == null) {
      return;
    }
    AREAS.check(doc, ctx);
    for (Docs.PlacedGoal g : Docs.goals(doc)) {
      List<NeedArea> areas = g.goal().needAreas();
      for (int i = 0; i < areas.size(); i++) {
        check(ctx, doc, g.pointer() + "/needAreas/" + i, areas.get(i));
      }
    }
  }

  private static String generation(BbicDocument doc) {
    DocumentHeader h = doc.header();
    return h == null ? null : h.bbicVersion();
  }

  private static void assessments(Investigation inv, RuleContext ctx) {
    List<NeedAreaAssessment> a = inv.assessments();
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != null) {
        check(ctx, inv, "/assessments/" + i + "/area", a.get(i).area());
      }
    }
  }

  private static void areasInFocus(InvestigationPlan p, RuleContext ctx) {
    List<NeedArea> a = p.areasInFocus();
    for (int i = 0; i < a.size(); i++) {
      check(ctx, p, "/areasInFocus/" + i, a.get(i));
    }
  }

  private static void check(RuleContext ctx, BbicDocument doc, String pointer, NeedArea area) {
    String generation = generation(doc);
    if (area != null && !generation.equals(area.generation())) {
      ctx.report(
          pointer,
          doc,
          null,
          args("area", area.code(), "areaGeneration", area.generation(), "generation", generation));
    }
  }
}
