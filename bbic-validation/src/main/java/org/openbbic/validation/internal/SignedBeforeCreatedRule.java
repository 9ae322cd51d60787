package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/** BBIC-DOC-019: a document is not signed before it was created. */
final class SignedBeforeCreatedRule extends KindRule<BbicDocument> {
  SignedBeforeCreatedRule() {
    super(BbicDocument.class, rule("BBIC-DOC-019", Severity.ERROR, ValidationLevel.DRAFT));
  }

  @Override
  protected void check(BbicDocument doc, RuleContext ctx) {
    DocumentHeader h = doc.header();
    if (h != null
        && h.createdAt() != null
        && h.signedAt() != null
        && h.signedAt().isBefore(h.createdAt())) {
      ctx.report("/header/signedAt", doc, null, args("after", "createdAt"));
    }
  }
}
