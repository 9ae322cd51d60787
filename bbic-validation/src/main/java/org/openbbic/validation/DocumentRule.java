package org.openbbic.validation;

import java.util.Objects;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.meta.DocumentKind;

/**
 * A {@link Rule} over documents of one type: the validator calls {@link #check} only with documents
 * of the kinds the type covers ({@code BbicDocument.class} covers every kind), already typed.
 *
 * <pre>{@code
 * final class MeetingOfferedRule extends DocumentRule<Report> {
 *   MeetingOfferedRule() {
 *     super(Report.class);
 *   }
 *
 *   protected void check(Report report, RuleContext context) { ... }
 *   // code(), defaultSeverity(), messages() as for any Rule
 * }
 * }</pre>
 *
 * <p>Implementations must be stateless and thread-safe: one instance serves every thread.
 *
 * @param <D> the document type checked
 * @since 0.1
 */
public abstract class DocumentRule<D extends BbicDocument> implements Rule {

  private final Class<D> type;

  /** A rule over documents of {@code type} and its subtypes. */
  protected DocumentRule(Class<D> type) {
    this.type = Objects.requireNonNull(type, "type");
  }

  /** The document type this rule checks. */
  public final Class<D> documentType() {
    return type;
  }

  /** Whether {@code kind}'s documents are of {@link #documentType()}; a rule may narrow it. */
  @Override
  public boolean appliesTo(DocumentKind<?> kind) {
    return type.isAssignableFrom(kind.type());
  }

  /** Checks {@code document} when it is of {@link #documentType()}; does nothing otherwise. */
  @Override
  public final void checkDocument(BbicDocument document, RuleContext context) {
    if (type.isInstance(document)) {
      check(type.cast(document), context);
    }
  }

  /**
   * Checks one document of this rule's type. Pointers are relative to the document; in a case file
   * the validator prefixes them with the document's place.
   */
  protected abstract void check(D document, RuleContext context);
}
