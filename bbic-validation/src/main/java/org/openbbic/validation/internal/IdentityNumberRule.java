package org.openbbic.validation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.DocumentKind;
import org.openbbic.forms.meta.FieldDefinition;
import org.openbbic.model.IdType;
import org.openbbic.model.InvalidPersonnummerException;
import org.openbbic.model.Person;
import org.openbbic.model.PersonId;
import org.openbbic.model.Personnummer;
import org.openbbic.model.RelatedPerson;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.MessageBundle;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/**
 * BBIC-DOC-014: a personnummer or samordningsnummer is a valid number of its type, stored with 12
 * digits.
 *
 * <p>The identities checked are the child of every header, and in basic data and applications the
 * people's; a reservnummer is not (its format is local). A number is read against the date of the
 * document it stands in (its header's {@code createdAt} as a Swedish date; the case file's child
 * and a document without one against the day the case is judged on, else today), which only matters
 * for a 10-digit writing the readers did not normalise because it is not valid.
 *
 * <p>One finding per distinct number (type and value) in the value validated: at the first place it
 * stands (in a case file: the case file's child, then the documents in case-file order), with the
 * number of its other places. So a case file rule: in a case file this rule checks the whole case
 * once, in {@link #checkCase}, and leaves {@link #checkDocument} to single documents.
 *
 * <p>Arguments, never the number: {@code idType} (the {@link IdType}), {@code reason} (a {@link
 * Reason} name), {@code otherPlaces} (a count) and, for {@link Reason#KIND_MISMATCH}, {@code
 * numberKind} (the {@link Personnummer.Kind} name of what the number is). The message words the
 * reason and the count from the {@code IdentityNumber.*} texts of the bundle.
 *
 * <p>Stateless and thread-safe.
 */
final class IdentityNumberRule implements Declared, CaseWide {

  static final String CODE = "BBIC-DOC-014";

  private static final Declaration DECLARATION =
      Declaration.rule(CODE, Severity.ERROR, ValidationLevel.DRAFT)
          .messages(
              "IdentityNumber.reason.LENGTH",
              "IdentityNumber.reason.SEPARATOR",
              "IdentityNumber.reason.FORMAT",
              "IdentityNumber.reason.CHECK_DIGIT",
              "IdentityNumber.reason.DATE",
              "IdentityNumber.reason.KIND_MISMATCH",
              "IdentityNumber.elsewhere.one",
              "IdentityNumber.elsewhere.many");

  /** Per kind, the fields that hold people (a person, or a list of related persons), in order. */
  private static final Map<DocumentKind<?>, List<FieldDefinition>> PEOPLE = people();

  /** Why a number is not valid: the finding's {@code reason} argument. Names are stable. */
  enum Reason {
    /** Not twelve characters: another length, or a valid 10-digit writing left unnormalised. */
    LENGTH,
    /** A separator other than {@code -} or {@code +}, or in the wrong place. */
    SEPARATOR,
    /** A character other than a digit, or the birth number 000. */
    FORMAT,
    /** The Luhn check digit does not match. */
    CHECK_DIGIT,
    /** Not a real date; for a samordningsnummer the day is not 61–91 or minus 60 not a date. */
    DATE,
    /** A valid number of another kind, such as a samordningsnummer typed as personnummer. */
    KIND_MISMATCH;

    static Reason of(InvalidPersonnummerException.Reason reason) {
      return switch (reason) {
        case CHECK_DIGIT -> CHECK_DIGIT;
        case DATE -> DATE;
        case SEPARATOR -> SEPARATOR;
        case FORMAT -> FORMAT;
        case LENGTH, NEEDS_REFERENCE_DATE -> LENGTH;
      };
    }
  }

  /** Where one identity stands, and the date it is read against. */
  private record Place(String pointer, BbicDocument document, PersonId id, LocalDate reference) {}

  /** What is wrong with a number, and for a kind mismatch what it is. */
  private record Verdict(Reason reason, Personnummer.Kind numberKind) {}

  private static Map<DocumentKind<?>, List<FieldDefinition>> people() {
    Map<DocumentKind<?>, List<FieldDefinition>> out = new IdentityHashMap<>();
    for (DocumentKind<?> kind : BbicModel.get().documentKinds()) {
      List<FieldDefinition> fields = new ArrayList<>();
      for (FieldDefinition f : kind.definition().fields()) {
        if (f.list() ? f.valueType() == RelatedPerson.class : f.valueType() == Person.class) {
          fields.add(f);
        }
      }
      out.put(kind, List.copyOf(fields));
    }
    return out;
  }

  @Override
  public Declaration declaration() {
    return DECLARATION;
  }

  @Override
  public void checkDocument(BbicDocument doc, RuleContext ctx) {
    List<Place> places = new ArrayList<>();
    collect(doc, "", ctx.asOf().orElseGet(IdentityNumberRule::today), places);
    report(places, ctx);
  }

  @Override
  public void checkCase(CaseFile cf, RuleContext ctx) {
    LocalDate asOf = ctx.asOf().orElseGet(IdentityNumberRule::today);
    List<Place> places = new ArrayList<>();
    person(places, "/child", null, cf.child(), asOf);
    for (BbicDocument doc : CaseIndex.of(cf, ctx).documents()) {
      collect(doc, ctx.pointerOf(doc), asOf, places);
    }
    report(places, ctx);
  }

  private static LocalDate today() {
    return LocalDate.now(Docs.SWEDEN);
  }

  /** The identities of {@code doc}, with pointers under {@code prefix}, in wire order. */
  private static void collect(
      BbicDocument doc, String prefix, LocalDate fallback, List<Place> places) {
    DocumentHeader h = doc.header();
    LocalDate created = h == null ? null : Docs.swedishDate(h.createdAt());
    LocalDate reference = created != null ? created : fallback;
    if (h != null) {
      place(places, prefix + "/header/child/value", doc, h.child(), reference);
    }
    for (FieldDefinition f : PEOPLE.get(BbicModel.get().kindOf(doc))) {
      Object value = f.get(doc);
      if (f.list()) {
        @SuppressWarnings("unchecked")
        List<RelatedPerson> people = (List<RelatedPerson>) value;
        related(places, prefix + "/" + f.name() + "/", doc, people, reference);
      } else {
        person(places, prefix + "/" + f.name(), doc, (Person) value, reference);
      }
    }
  }

  private static void related(
      List<Place> places,
      String listPointer,
      BbicDocument doc,
      List<RelatedPerson> people,
      LocalDate reference) {
    for (int i = 0; i < people.size(); i++) {
      RelatedPerson rp = people.get(i);
      if (rp != null) {
        person(places, listPointer + i + "/person", doc, rp.person(), reference);
      }
    }
  }

  private static void person(
      List<Place> places, String pointer, BbicDocument doc, Person p, LocalDate reference) {
    if (p != null) {
      place(places, pointer + "/id/value", doc, p.id(), reference);
    }
  }

  private static void place(
      List<Place> places, String pointer, BbicDocument doc, PersonId id, LocalDate reference) {
    // A missing type or value is a field constraint; a reservnummer's format is local.
    if (id != null && id.type() != null && id.value() != null && id.type() != IdType.RESERVNUMMER) {
      places.add(new Place(pointer, doc, id, reference));
    }
  }

  /** What is wrong with {@code id} read on {@code reference}, or {@code null} when nothing. */
  static Verdict verdict(PersonId id, LocalDate reference) {
    Personnummer number;
    try {
      number = Personnummer.parse(id.value(), reference);
    } catch (InvalidPersonnummerException e) {
      return new Verdict(Reason.of(e.reason()), null);
    }
    if (!number.format().equals(id.value())) {
      return new Verdict(Reason.LENGTH, null);
    }
    Personnummer.Kind expected =
        id.type() == IdType.SAMORDNINGSNUMMER
            ? Personnummer.Kind.SAMORDNINGSNUMMER
            : Personnummer.Kind.PERSONNUMMER;
    return number.kind() == expected ? null : new Verdict(Reason.KIND_MISMATCH, number.kind());
  }

  /** One finding per distinct invalid number, at its first place, counting the others. */
  private void report(List<Place> places, RuleContext ctx) {
    Map<PersonId, List<Place>> byNumber = new LinkedHashMap<>();
    for (Place p : places) {
      byNumber.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(p);
    }
    for (List<Place> same : byNumber.values()) {
      if (ctx.stopped()) {
        return;
      }
      Place first = same.get(0);
      Verdict v = verdict(first.id(), first.reference());
      if (v == null) {
        continue;
      }
      Map<String, Object> args = new LinkedHashMap<>();
      args.put("idType", first.id().type());
      args.put("reason", v.reason().name());
      args.put("otherPlaces", same.size() - 1);
      if (v.numberKind() != null) {
        args.put("numberKind", v.numberKind().name());
      }
      if (ctx instanceof RuleRun run) {
        run.reportWorded(first.pointer(), first.document(), null, args, texts(args, run.locale()));
      } else {
        ctx.report(first.pointer(), first.document(), null, args);
      }
    }
  }

  @Override
  public String toString() {
    return CODE;
  }

  /** The arguments with the reason and the count worded in {@code locale}, for the message. */
  private Map<String, Object> texts(Map<String, Object> args, Locale locale) {
    MessageBundle bundle = messages();
    Map<String, Object> texts = new LinkedHashMap<>(args);
    texts.put("reason", bundle.render("IdentityNumber.reason." + args.get("reason"), args, locale));
    int others = (Integer) args.get("otherPlaces");
    texts.put(
        "elsewhere",
        others == 0
            ? ""
            : bundle.render(
                others == 1 ? "IdentityNumber.elsewhere.one" : "IdentityNumber.elsewhere.many",
                args,
                locale));
    return texts;
  }
}
