package org.openbbic.export.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.DocumentKind;
import org.openbbic.forms.meta.FieldDefinition;
import org.openbbic.forms.meta.TypeDefinition;
import org.openbbic.model.PersonId;

/**
 * Gives the identity numbers of a bound document or case file their canonical 12-character form
 * ({@link PersonId#normalized(LocalDate)}), so that {@code 140512-9824} as people write it is held
 * as {@code 201405129824} with the writing kept in {@link PersonId#received()}. A number is read
 * against the date of the document it stands in: the header's {@code createdAt} as a Swedish local
 * date, else {@code today}; the case file's own child against {@code today}.
 *
 * <p>Returns the very object given when nothing changes, as for every payload written with 12
 * digits (so such a read and write stay byte-identical); otherwise a copy rebuilt through the
 * builders. The identities are every {@link PersonId} the model holds (the header's child, the
 * people of basic data and the applicants of an application, the case file's child): the walk
 * follows the {@linkplain BbicModel metamodel}, only into the fields whose types can hold one.
 *
 * <p>Stateless and thread-safe.
 */
public final class IdentityNormalizer {

  /** BBIC dates are local dates in Sweden. */
  public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private static final BbicModel MODEL = BbicModel.get();

  /** For every model type, the fields that hold an identity number or a type that can. */
  private static final Map<TypeDefinition, List<FieldDefinition>> IDENTITY_FIELDS =
      identityFields();

  private IdentityNormalizer() {}

  /** {@code value} (a case file or a document) normalised; anything else as it is. */
  public static Object normalize(Object value, LocalDate today) {
    TypeDefinition def = value == null ? null : MODEL.findType(value.getClass()).orElse(null);
    return def == null || !def.root() ? value : walk(value, def, today, today);
  }

  /** The case file with its child's and every document's numbers normalised. */
  public static CaseFile caseFile(CaseFile cf, LocalDate today) {
    return (CaseFile) walk(cf, MODEL.caseFile(), today, today);
  }

  /** The document with its numbers normalised against its own date, else {@code today}. */
  public static BbicDocument document(BbicDocument doc, LocalDate today) {
    return (BbicDocument) walk(doc, MODEL.type(doc.getClass()), today, today);
  }

  /**
   * {@code value} of type {@code def} with its numbers normalised against {@code at} (against its
   * own date, else {@code today}, when {@code value} is a document), or {@code value} itself when
   * none changed.
   */
  private static Object walk(Object value, TypeDefinition def, LocalDate today, LocalDate at) {
    DocumentKind<?> kind = MODEL.findKind(def.type()).orElse(null);
    LocalDate reference = kind == null ? at : reference(kind.type().cast(value).header(), today);
    Object builder = null;
    for (FieldDefinition f : IDENTITY_FIELDS.get(def)) {
      Object old = f.get(value);
      Object mapped;
      if (f.list()) {
        mapped = items((List<?>) old, f, today, reference);
      } else {
        mapped = old == null ? null : item(old, f, today, reference);
      }
      if (mapped != old) {
        builder = builder == null ? def.toBuilder(value) : builder;
        def.set(builder, f, mapped);
      }
    }
    return builder == null ? value : def.build(builder);
  }

  /** One value of {@code f} normalised. */
  private static Object item(Object value, FieldDefinition f, LocalDate today, LocalDate at) {
    if (f.valueType() == PersonId.class) {
      return ((PersonId) value).normalized(at);
    }
    return walk(value, f.definition().orElseThrow(), today, at);
  }

  /**
   * The items normalised, or the very list when none changed (or one is null: the binding refuses
   * empty list items, and a builder could not take one back).
   */
  private static List<?> items(List<?> items, FieldDefinition f, LocalDate today, LocalDate at) {
    List<Object> out = null;
    for (int i = 0; i < items.size(); i++) {
      Object item = items.get(i);
      if (item == null) {
        return items;
      }
      Object mapped = item(item, f, today, at);
      if (mapped != item) {
        if (out == null) {
          out = new ArrayList<>(items);
        }
        out.set(i, mapped);
      }
    }
    return out == null ? items : out;
  }

  /** The date a document's numbers are read against. */
  private static LocalDate reference(DocumentHeader h, LocalDate today) {
    return h == null || h.createdAt() == null
        ? today
        : h.createdAt().atZoneSameInstant(SWEDEN).toLocalDate();
  }

  private static Map<TypeDefinition, List<FieldDefinition>> identityFields() {
    Map<TypeDefinition, Boolean> holds = new HashMap<>();
    Map<TypeDefinition, List<FieldDefinition>> out = new HashMap<>();
    for (TypeDefinition t : MODEL.types()) {
      List<FieldDefinition> fields = new ArrayList<>();
      for (FieldDefinition f : t.fields()) {
        if (f.valueType() == PersonId.class
            || f.definition().map(d -> holdsIdentity(d, holds)).orElse(false)) {
          fields.add(f);
        }
      }
      out.put(t, List.copyOf(fields));
    }
    return Map.copyOf(out);
  }

  /** Whether a value of {@code t} can hold an identity number. */
  private static boolean holdsIdentity(TypeDefinition t, Map<TypeDefinition, Boolean> memo) {
    Boolean known = memo.get(t);
    if (known == null) {
      memo.put(t, false);
      known = false;
      for (FieldDefinition f : t.fields()) {
        if (f.valueType() == PersonId.class
            || f.definition().map(d -> holdsIdentity(d, memo)).orElse(false)) {
          known = true;
          break;
        }
      }
      memo.put(t, known);
    }
    return known;
  }
}
