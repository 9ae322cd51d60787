package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.ChildSituationFollowUp;
import org.openbbic.forms.Closure;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.BbicModel.CaseDocument;
import org.openbbic.forms.meta.DocumentKind;
import org.openbbic.forms.meta.DocumentKind.DatedValue;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/**
 * BBIC-CASE-019: nothing but a new case follows a closure. A document dated after the case was
 * closed is an error unless a new report or application came in between (the follow-up of a child's
 * situation after a closed investigation or ended placement is by law after the case).
 */
final class AfterClosureRule extends ChainRule {

  private static final DocumentKind<ChildSituationFollowUp> CHILD_SITUATION =
      BbicModel.get().kind(ChildSituationFollowUp.class);

  AfterClosureRule() {
    super(rule("BBIC-CASE-019", Severity.ERROR, ValidationLevel.DRAFT));
  }

  @Override
  void check(CaseFile cf, CaseIndex ix, RuleContext ctx) {
    List<LocalDate> closures =
        cf.closures().stream()
            .filter(Objects::nonNull)
            .map(Closure::closedAt)
            .filter(Objects::nonNull)
            .sorted()
            .toList();
    if (closures.isEmpty()) {
      return;
    }
    List<LocalDate> newCases = new ArrayList<>();
    for (CaseDocument e : ix.entries()) {
      if (StartsCase.of(e.kind())) {
        DatedValue f = e.kind().eventDate(e.document());
        if (f != null) {
          newCases.add(f.date());
        }
      }
    }
    for (CaseDocument e : ix.entries()) {
      if (StartsCase.of(e.kind()) || e.kind() == CHILD_SITUATION) {
        continue;
      }
      DatedValue f = e.kind().eventDate(e.document()); // none for basic data
      if (f == null) {
        continue;
      }
      LocalDate closed = null;
      for (LocalDate c : closures) {
        if (c.isBefore(f.date())) {
          closed = c; // the latest closure before the document
        }
      }
      final LocalDate after = closed;
      if (after != null
          && newCases.stream().noneMatch(d -> d.isAfter(after) && !d.isAfter(f.date()))) {
        ctx.report(
            ix.pointer(e.document()) + "/" + f.path(), e.document(), null, args("closedAt", after));
      }
    }
  }
}
