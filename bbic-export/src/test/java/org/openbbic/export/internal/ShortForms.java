package org.openbbic.export.internal;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.openbbic.forms.Application;
import org.openbbic.forms.BasicData;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.model.Person;
import org.openbbic.model.PersonId;
import org.openbbic.model.RelatedPerson;

/**
 * Generated documents and case files with their identity numbers written the way people write them
 * ({@code YYMMDD-NNNC}, {@code +} from 100), read against each document's Swedish date. Built
 * through the public builders by reflection, so it knows no document type by name.
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

  private static Person person(Person p, LocalDate on) {
    return p == null || p.id() == null ? p : p.toBuilder().id(of(p.id(), on)).build();
  }

  private static List<RelatedPerson> related(List<RelatedPerson> people, LocalDate on) {
    return people.stream()
        .map(rp -> rp.toBuilder().person(person(rp.person(), on)).build())
        .toList();
  }

  /** The document's Swedish date, else {@code today}. */
  public static LocalDate dateOf(BbicDocument doc, LocalDate today) {
    return doc.header() == null || doc.header().createdAt() == null
        ? today
        : doc.header().createdAt().atZoneSameInstant(IdentityNormalizer.SWEDEN).toLocalDate();
  }

  /** {@code doc} with every identity number in its 10-digit writing. */
  public static BbicDocument document(BbicDocument doc, LocalDate today) {
    LocalDate on = dateOf(doc, today);
    DocumentHeader h = doc.header().toBuilder().child(of(doc.header().child(), on)).build();
    if (doc instanceof BasicData b) {
      return b.toBuilder()
          .header(h)
          .child(person(b.child(), on))
          .guardians(related(b.guardians(), on))
          .otherParents(related(b.otherParents(), on))
          .householdMembers(related(b.householdMembers(), on))
          .siblings(related(b.siblings(), on))
          .build();
    } else if (doc instanceof Application a) {
      return a.toBuilder().header(h).applicants(related(a.applicants(), on)).build();
    }
    try {
      Object b = doc.getClass().getMethod("toBuilder").invoke(doc);
      b.getClass().getMethod("header", DocumentHeader.class).invoke(b, h);
      return (BbicDocument) b.getClass().getMethod("build").invoke(b);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@code cf} with every identity number in its 10-digit writing (the child's on {@code today}).
   */
  public static CaseFile caseFile(CaseFile cf, LocalDate today) {
    CaseFile.Builder b = cf.toBuilder().child(person(cf.child(), today));
    if (cf.basicData() != null) {
      b.basicData((BasicData) document(cf.basicData(), today));
    }
    try {
      for (Field f : CaseFile.class.getDeclaredFields()) {
        if (!List.class.equals(f.getType())) {
          continue;
        }
        var item = ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
        if (!(item instanceof Class<?> c) || !BbicDocument.class.isAssignableFrom(c)) {
          continue;
        }
        List<?> docs = (List<?>) CaseFile.class.getMethod(f.getName()).invoke(cf);
        List<BbicDocument> shortened =
            docs.stream().map(d -> document((BbicDocument) d, today)).toList();
        CaseFile.Builder.class.getMethod(f.getName(), Collection.class).invoke(b, shortened);
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return b.build();
  }
}
