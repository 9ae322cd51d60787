package org.openbbic.validation;

import java.time.LocalDate;
import java.util.Objects;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.DocumentKind;
import org.openbbic.validation.internal.CaseIndex;

/** Helpers for tests over generated case files. */
final class TestCases {

  private TestCases() {}

  /** The latest event date of the case file. */
  static LocalDate lastDate(CaseFile cf) {
    return BbicModel.get().documents(cf).stream()
        .map(e -> e.kind().eventDate(e.document()))
        .filter(Objects::nonNull)
        .map(DocumentKind.DatedValue::date)
        .max(LocalDate::compareTo)
        .orElseThrow();
  }

  /** The pointer of a document in its case file. */
  static String pointer(CaseFile cf, BbicDocument doc) {
    return CaseIndex.of(cf).pointer(doc);
  }

  /** The case file with every document header and the basic data naming the child {@code id}. */
  static CaseFile withChild(CaseFile cf, org.openbbic.model.PersonId id) {
    java.util.function.UnaryOperator<org.openbbic.forms.DocumentHeader> h =
        header -> header.toBuilder().child(id).build();
    return cf.toBuilder()
        .basicData(
            cf.basicData().toBuilder()
                .header(h.apply(cf.basicData().header()))
                .child(cf.child())
                .build())
        .reports(
            cf.reports().stream()
                .map(d -> d.toBuilder().header(h.apply(d.header())).build())
                .toList())
        .investigationPlans(
            cf.investigationPlans().stream()
                .map(d -> d.toBuilder().header(h.apply(d.header())).build())
                .toList())
        .investigations(
            cf.investigations().stream()
                .map(d -> d.toBuilder().header(h.apply(d.header())).build())
                .toList())
        .decisions(
            cf.decisions().stream()
                .map(d -> d.toBuilder().header(h.apply(d.header())).build())
                .toList())
        .carePlans(
            cf.carePlans().stream()
                .map(d -> d.toBuilder().header(h.apply(d.header())).build())
                .toList())
        .assignments(
            cf.assignments().stream()
                .map(d -> d.toBuilder().header(h.apply(d.header())).build())
                .toList())
        .implementationPlans(
            cf.implementationPlans().stream()
                .map(d -> d.toBuilder().header(h.apply(d.header())).build())
                .toList())
        .followUps(
            cf.followUps().stream()
                .map(d -> d.toBuilder().header(h.apply(d.header())).build())
                .toList())
        .reconsiderations(
            cf.reconsiderations().stream()
                .map(d -> d.toBuilder().header(h.apply(d.header())).build())
                .toList())
        .closures(
            cf.closures().stream()
                .map(d -> d.toBuilder().header(h.apply(d.header())).build())
                .toList())
        .build();
  }
}
