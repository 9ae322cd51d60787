package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import org.openbbic.forms.Communication;
import org.openbbic.forms.Investigation;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/** BBIC-DOC-007: whether, when and how the investigation was communicated is recorded. */
final class CommunicationRecordRule extends KindRule<Investigation> {
  CommunicationRecordRule() {
    super(
        Investigation.class,
        rule("BBIC-DOC-007", Severity.ERROR, ValidationLevel.COMPLETE, "communication-record"));
  }

  @Override
  protected void check(Investigation inv, RuleContext ctx) {
    Communication c = inv.communication();
    if (c == null) {
      return;
    }
    if (Boolean.TRUE.equals(c.communicated()) && c.communicatedAt() == null) {
      ctx.report("/communication/communicatedAt", inv, inv.completedAt(), args());
    } else if (Boolean.TRUE.equals(c.communicated()) && Docs.blank(c.method())) {
      ctx.report("/communication/method", inv, inv.completedAt(), args());
    } else if (Boolean.FALSE.equals(c.communicated()) && Docs.blank(c.notCommunicatedReason())) {
      ctx.report("/communication/notCommunicatedReason", inv, inv.completedAt(), args());
    }
  }
}
