package org.openbbic.forms.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openbbic.forms.BbicDocument;

/**
 * A field by which a document refers to other documents of its case file, with the document types
 * it may point to ({@link References}).
 *
 * <p>Immutable and thread-safe; obtained from {@link DocumentKind#references()}.
 *
 * @since 0.1
 */
public final class Reference {

  private final FieldDefinition field;
  private final List<Class<? extends BbicDocument>> targets;

  Reference(FieldDefinition field, List<Class<? extends BbicDocument>> targets) {
    this.field = field;
    this.targets = List.copyOf(targets);
  }

  /** The document-id field (a single id or a list of ids). */
  public FieldDefinition field() {
    return field;
  }

  /** The document types the reference may point to, as declared. */
  public List<Class<? extends BbicDocument>> targets() {
    return targets;
  }

  /** The kinds of the documents the reference may point to, as declared. */
  public List<DocumentKind<?>> targetKinds() {
    List<DocumentKind<?>> out = new ArrayList<>();
    for (Class<? extends BbicDocument> t : targets) {
      out.add(BbicModel.get().kind(t));
    }
    return List.copyOf(out);
  }

  /** Whether the reference may point to {@code target}. */
  public boolean accepts(BbicDocument target) {
    return target != null && targets.contains(target.getClass());
  }

  /**
   * The ids {@code document} holds in this field, each with its pointer in the document ({@code
   * /initiatedBy/0}, {@code /planId}); absent ids are left out.
   */
  public List<Value> values(BbicDocument document) {
    Object value = field.get(document);
    if (value == null) {
      return List.of();
    }
    if (!field.list()) {
      return List.of(new Value(this, "/" + field.name(), (UUID) value));
    }
    List<?> ids = (List<?>) value;
    List<Value> out = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      if (ids.get(i) != null) {
        out.add(new Value(this, "/" + field.name() + "/" + i, (UUID) ids.get(i)));
      }
    }
    return out;
  }

  /**
   * One id a document holds in a reference field.
   *
   * @param reference the reference field
   * @param pointer the JSON Pointer of the id in its document, {@code /initiatedBy/0}
   * @param id the id referred to
   */
  public record Value(Reference reference, String pointer, UUID id) {}

  @Override
  public String toString() {
    return "Reference["
        + field
        + " -> "
        + targets.stream().map(Class::getSimpleName).toList()
        + "]";
  }
}
