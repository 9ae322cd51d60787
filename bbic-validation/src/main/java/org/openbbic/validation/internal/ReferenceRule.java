package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import java.util.stream.Collectors;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.meta.BbicModel.CaseDocument;
import org.openbbic.forms.meta.Reference;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/**
 * BBIC-CASE-002: references point to documents of the right type in the case file: every {@link
 * Reference} of the metamodel, with the types it {@linkplain Reference#accepts accepts}.
 */
final class ReferenceRule extends ChainRule {
  ReferenceRule() {
    super(rule("BBIC-CASE-002", Severity.ERROR, ValidationLevel.DRAFT));
  }

  @Override
  void check(CaseFile cf, CaseIndex ix, RuleContext ctx) {
    for (CaseDocument e : ix.entries()) {
      for (Reference.Value v : e.kind().referenceValues(e.document())) {
        BbicDocument to = ix.find(v.id()).orElse(null);
        if (!v.reference().accepts(to)) {
          ctx.report(
              ix.pointer(e.document()) + v.pointer(),
              e.document(),
              null,
              args("expected", expected(v.reference())));
        }
      }
    }
  }

  /** The types a reference may point to, as the message names them: {@code Report, Application}. */
  private static String expected(Reference reference) {
    return reference.targets().stream().map(Class::getSimpleName).collect(Collectors.joining(", "));
  }
}
