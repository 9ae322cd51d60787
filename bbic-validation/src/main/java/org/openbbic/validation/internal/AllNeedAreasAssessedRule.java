package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.NeedAreaAssessment;
import org.openbbic.model.code.NeedArea;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/** BBIC-DOC-015: an investigation assesses every need area of its generation. */
final class AllNeedAreasAssessedRule extends KindRule<Investigation> {
  AllNeedAreasAssessedRule() {
    super(Investigation.class, rule("BBIC-DOC-015", Severity.WARNING, ValidationLevel.COMPLETE));
  }

  @Override
  protected void check(Investigation inv, RuleContext ctx) {
    if (inv.header() == null) {
      return;
    }
    String generation = inv.header().bbicVersion();
    if (generation == null || NeedArea.ofGeneration(generation).isEmpty()) {
      return;
    }
    Set<NeedArea> assessed = new HashSet<>();
    for (NeedAreaAssessment a : inv.assessments()) {
      if (a != null && a.area() != null) {
        assessed.add(a.area());
      }
    }
    List<String> missing = new ArrayList<>();
    for (NeedArea area : NeedArea.ofGeneration(generation)) {
      if (!assessed.contains(area)) {
        missing.add(area.code());
      }
    }
    if (!missing.isEmpty()) {
      ctx.report("/assessments", inv, null, args("areas", String.join(", ", missing)));
    }
  }
}
