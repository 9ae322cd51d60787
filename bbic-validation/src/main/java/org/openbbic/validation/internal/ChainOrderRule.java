package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import java.util.List;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.BbicModel.CaseDocument;
import org.openbbic.forms.meta.DocumentKind;
import org.openbbic.forms.meta.DocumentKind.DatedValue;
import org.openbbic.forms.meta.Reference;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/**
 * BBIC-CASE-004: a document is not dated before the document it rests on was done (a decision
 * before its investigation was completed, a care plan before its decision, a follow-up before its
 * plan began), with the pointer at the later document: each {@link Reference} of the metamodel, the
 * referring document's {@linkplain DocumentKind#eventDate event date} against the target's
 * {@linkplain DocumentKind#readyDate ready date}.
 */
final class ChainOrderRule extends ChainRule {
  ChainOrderRule() {
    super(rule("BBIC-CASE-004", Severity.ERROR, ValidationLevel.DRAFT));
  }

  @Override
  void check(CaseFile cf, CaseIndex ix, RuleContext ctx) {
    BbicModel model = BbicModel.get();
    for (CaseDocument e : ix.entries()) {
      BbicDocument from = e.document();
      List<Reference.Value> refs = e.kind().referenceValues(from);
      if (refs.isEmpty()) {
        continue;
      }
      DatedValue a = e.kind().eventDate(from);
      for (Reference.Value ref : refs) {
        BbicDocument to = ix.find(ref.id()).orElse(null);
        if (to == null || to == from || a == null) {
          continue;
        }
        DatedValue b = model.kindOf(to).readyDate(to);
        if (b != null && a.date().isBefore(b.date())) {
          ctx.report(
              ix.pointer(e.document()) + "/" + a.path(),
              from,
              null,
              args("reference", ix.pointer(to) + "/" + b.path()));
        }
      }
    }
  }
}
