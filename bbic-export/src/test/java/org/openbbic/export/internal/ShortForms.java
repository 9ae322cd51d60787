package org.openbbic.export.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.FieldDefinition;
import org.openbbic.forms.meta.TypeDefinition;
import org.openbbic.forms.meta.ValueKind;
import org.openbbic.model.PersonId;

/**
 * Generated documents and case files with their identity numbers written the way people write them
 * ({@code YYMMDD-NNNC}, {@code +} from 100), read against each document's Swedish date. Rebuilt
 * field by field through the metamodel's builders, so it knows no document type by name.
 */
public final class ShortForms {

  private ShortForms() {}

  /** The 10-digit writing of a valid 12-digit identity on {@code on}; other ids as they are. */
  public static PersonId of(PersonId id, LocalDate on) {
    if (id == null || id.personnummer().isEmpty()) {
      return id;
    }
    return PersonId.of(id.type(), id.personnummer().get().formatShort(on));
  }

  /** The document's Swedish date, else {@code today}. */
  public static LocalDate dateOf(BbicDocument doc, LocalDate today) {
    return doc.header() == null || doc.header().createdAt() == null
        ? today
        : doc.header().createdAt().atZoneSameInstant(IdentityNormalizer.SWEDEN).toLocalDate();
  }

  /** {@code doc} with every identity number in its 10-digit writing. */
  public static BbicDocument document(BbicDocument doc, LocalDate today) {
    return (BbicDocument) shorten(doc, BbicModel.get().type(doc.getClass()), today, today);
  }

  /**
   * {@code cf} with every identity number in its 10-digit writing (the child's on {@code today}).
   */
  public static CaseFile caseFile(CaseFile cf, LocalDate today) {
    return (CaseFile) shorten(cf, BbicModel.get().caseFile(), today, today);
  }

  /** {@code value} rebuilt with every identity in it written on its document's date. */
  private static Object shorten(Object value, TypeDefinition def, LocalDate today, LocalDate on) {
    if (BbicModel.get().findKind(def.type()).isPresent()) {
      on = dateOf((BbicDocument) value, today);
    }
    if (!def.hasBuilder()) {
      return value;
    }
    Object builder = def.toBuilder(value);
    for (FieldDefinition f : def.fields()) {
      Object v = f.get(value);
      if (f.valueKind() != ValueKind.OBJECT || v == null) {
        continue;
      }
      if (f.list()) {
        List<Object> items = new ArrayList<>();
        for (Object item : (List<?>) v) {
          items.add(item == null ? null : one(item, f, today, on));
        }
        def.set(builder, f, items);
      } else {
        def.set(builder, f, one(v, f, today, on));
      }
    }
    return def.build(builder);
  }

  private static Object one(Object value, FieldDefinition f, LocalDate today, LocalDate on) {
    return f.valueType() == PersonId.class
        ? of((PersonId) value, on)
        : shorten(value, f.definition().orElseThrow(), today, on);
  }
}
