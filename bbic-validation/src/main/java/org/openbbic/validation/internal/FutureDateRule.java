package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import java.time.LocalDate;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.DocumentKind;
import org.openbbic.forms.meta.DocumentKind.DatedValue;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/**
 * BBIC-DOC-020: nothing is created, signed, received, decided or performed after the day the
 * document is judged on (the as-of day): an ERROR at {@code SIGNED}, a WARNING below, since a draft
 * may hold a date being typed. Planned dates (starts, revise-by and follow-up dates) may lie ahead.
 * The dates are the metamodel's {@link DocumentKind#doneDates}.
 */
final class FutureDateRule extends KindRule<BbicDocument> {
  FutureDateRule() {
    super(
        BbicDocument.class,
        rule("BBIC-DOC-020", Severity.WARNING, ValidationLevel.DRAFT)
            .alsoReportedAs(Severity.ERROR));
  }

  @Override
  protected void check(BbicDocument doc, RuleContext ctx) {
    if (ctx.asOf().isEmpty()) {
      return;
    }
    LocalDate asOf = ctx.asOf().get();
    Severity severity =
        ctx.level().compareTo(ValidationLevel.SIGNED) >= 0 ? Severity.ERROR : Severity.WARNING;
    for (DatedValue f : BbicModel.get().kindOf(doc).doneDates(doc)) {
      if (f.date().isAfter(asOf)) {
        ctx.report("/" + f.path(), doc, null, null, severity, args("asOf", asOf));
      }
    }
  }
}
