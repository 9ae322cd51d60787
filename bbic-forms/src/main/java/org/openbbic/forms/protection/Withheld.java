package org.openbbic.forms.protection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openbbic.forms.Application;
import org.openbbic.forms.BasicData;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Disclosure;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.Report;
import org.openbbic.model.Person;
import org.openbbic.model.RelatedPerson;

/**
 * What a document or case file that left the social services under a {@link RecipientPolicy} says
 * was withheld from it.
 *
 * <p>On the wire a withheld field is absent, and the record it was taken from names it in its
 * {@code withheld} list: a person ({@code id}, {@code givenName}, {@code familyName}, {@code
 * birthDate}, {@code address}, {@code phone}, {@code email}), a document header ({@code child}) or
 * a report ({@code reporterName}, {@code reporterContact}). An absent field that its record does
 * not name is empty; one it names was withheld and may have had a value. The root's {@link
 * Disclosure} names the policy.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Withheld {

  private static final Map<Class<?>, Set<String>> WITHHOLDABLE =
      Map.of(
          Person.class, Set.of(Person.WITHHOLDABLE.split("\\|")),
          DocumentHeader.class, Set.of(DocumentHeader.WITHHOLDABLE.split("\\|")),
          Report.class, Set.of(Report.WITHHOLDABLE.split("\\|")));

  private Withheld() {}

  /**
   * The wire names a record of {@code type} may name as withheld; empty for a type that has no
   * {@code withheld} list.
   */
  public static Set<String> withholdable(Class<?> type) {
    return WITHHOLDABLE.getOrDefault(type, Set.of());
  }

  /**
   * The names in the {@code withheld} list of {@code record} (a person, a document header or a
   * report); empty for anything else.
   */
  public static List<String> fields(Object record) {
    if (record instanceof Person p) {
      return p.withheld();
    }
    if (record instanceof DocumentHeader h) {
      return h.withheld();
    }
    if (record instanceof Report r) {
      return r.withheld();
    }
    return List.of();
  }

  /**
   * Whether {@code record} names {@code field} as withheld and its type may withhold it (a name it
   * may not withhold is no reason to accept the field's absence).
   */
  public static boolean isWithheld(Object record, String field) {
    return record != null
        && withholdable(record.getClass()).contains(field)
        && fields(record).contains(field);
  }

  /**
   * Every withheld field of a case file or document, as RFC 6901 JSON Pointers over the wire names
   * from {@code root} (for example {@code /child/address} or {@code /reports/0/header/child}), in
   * the order of the format.
   */
  public static List<String> pointers(Object root) {
    List<String> out = new ArrayList<>();
    if (root instanceof CaseFile cf) {
      person(out, "/child", cf.child());
      if (cf.basicData() != null) {
        document(out, "/basicData", cf.basicData());
      }
      lists(cf).forEach((name, list) -> add(out, "/" + name, list));
    } else if (root instanceof BbicDocument d) {
      document(out, "", d);
    }
    return List.copyOf(out);
  }

  /** The root's statement of the policy it was written under, if it has one. */
  public static Optional<Disclosure> disclosure(Object root) {
    if (root instanceof CaseFile cf) {
      return Optional.ofNullable(cf.disclosure());
    }
    if (root instanceof BbicDocument d && d.header() != null) {
      return Optional.ofNullable(d.header().disclosure());
    }
    return Optional.empty();
  }

  private static Map<String, List<? extends BbicDocument>> lists(CaseFile cf) {
    Map<String, List<? extends BbicDocument>> m = new LinkedHashMap<>();
    m.put("reports", cf.reports());
    m.put("applications", cf.applications());
    m.put("investigationPlans", cf.investigationPlans());
    m.put("investigations", cf.investigations());
    m.put("decisions", cf.decisions());
    m.put("carePlans", cf.carePlans());
    m.put("assignments", cf.assignments());
    m.put("implementationPlans", cf.implementationPlans());
    m.put("followUps", cf.followUps());
    m.put("reconsiderations", cf.reconsiderations());
    m.put("reviews", cf.reviews());
    m.put("childSituationFollowUps", cf.childSituationFollowUps());
    m.put("closures", cf.closures());
    return m;
  }

  private static void add(List<String> out, String at, List<? extends BbicDocument> list) {
    for (int i = 0; i < list.size(); i++) {
      document(out, at + "/" + i, list.get(i));
    }
  }

  private static void document(List<String> out, String at, BbicDocument d) {
    if (d.header() != null) {
      names(out, at + "/header", d.header().withheld());
    }
    if (d instanceof BasicData b) {
      person(out, at + "/child", b.child());
      related(out, at + "/guardians", b.guardians());
      related(out, at + "/otherParents", b.otherParents());
      related(out, at + "/householdMembers", b.householdMembers());
      related(out, at + "/siblings", b.siblings());
    } else if (d instanceof Application a) {
      related(out, at + "/applicants", a.applicants());
    } else if (d instanceof Report r) {
      names(out, at, r.withheld());
    }
  }

  private static void related(List<String> out, String at, List<RelatedPerson> list) {
    for (int i = 0; i < list.size(); i++) {
      person(out, at + "/" + i + "/person", list.get(i).person());
    }
  }

  private static void person(List<String> out, String at, Person p) {
    if (p != null) {
      names(out, at, p.withheld());
    }
  }

  private static void names(List<String> out, String at, List<String> names) {
    for (String n : names) {
      out.add(at + "/" + n.replace("~", "~0").replace("/", "~1"));
    }
  }
}
