package org.openbbic.forms;

/**
 * A BBIC document: one of the information sets, with its {@link DocumentHeader}.
 *
 * <p>The interface is sealed: every implementation is a final, immutable class of this package with
 * a builder, one per {@link FormType}. Documents refer to each other by {@link
 * DocumentHeader#documentId()}. What each kind holds, refers to and is dated by is described by
 * {@link org.openbbic.forms.meta.BbicModel}.
 *
 * @since 0.1
 */
public sealed interface BbicDocument
    permits BasicData,
        Application,
        Report,
        InvestigationPlan,
        Investigation,
        CarePlan,
        Decision,
        AssignmentToProvider,
        ImplementationPlan,
        FollowUp,
        Reconsideration,
        Review,
        ChildSituationFollowUp,
        Closure {

  /** Dokumentuppgifter: identity, form type, versions, status, case, child, author, signature. */
  DocumentHeader header();

  /** The form type in the header, or {@code null} when the header or its form type is absent. */
  default FormType formType() {
    DocumentHeader header = header();
    return header == null ? null : header.formType();
  }
}
