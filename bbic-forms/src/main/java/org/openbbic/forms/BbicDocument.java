package org.openbbic.forms;

/**
 * A BBIC document: one of the information sets, with its {@link DocumentHeader}.
 *
 * <p>Every implementation is a final, immutable class of this package with a builder. Documents
 * refer to each other by {@link DocumentHeader#documentId()}.
 *
 * @since 0.1
 */
public interface BbicDocument {

  /** Dokumentuppgifter: identity, form type, versions, status, case, child, author, signature. */
  DocumentHeader header();

  /** The form type in the header, or {@code null} when the header or its form type is absent. */
  default FormType formType() {
    DocumentHeader header = header();
    return header == null ? null : header.formType();
  }
}
