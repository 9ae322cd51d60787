package org.openbbic.forms.protection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.openbbic.forms.Application;
import org.openbbic.forms.BasicData;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Disclosure;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.Report;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.model.Person;
import org.openbbic.model.PersonId;
import org.openbbic.model.ProtectionLevel;
import org.openbbic.model.RelatedPerson;

/**
 * Makes the copy of a case file or document that a {@link RecipientPolicy} lets go out. This class
 * holds the module's knowledge of where people and their identities sit in the documents (the
 * people of the basic data and of an application, every header's child, a report's reporter); the
 * same places are read by {@link Withheld#pointers}.
 *
 * <p>One instance makes one copy: not thread-safe.
 */
final class Withholder {

  private final RecipientPolicy policy;
  private final Map<PersonId, ProtectionLevel> levels = new HashMap<>();
  private boolean protectedSeen;
  private boolean withheldAny;

  Withholder(RecipientPolicy policy) {
    this.policy = policy;
  }

  // ------------------------------------------------------------------ roots

  CaseFile caseFile(CaseFile cf) {
    index(cf);
    Person child = person(cf.child());
    BasicData basic = cf.basicData() == null ? null : document(cf.basicData());
    CaseFile.Builder b = cf.toBuilder();
    boolean changed = child != cf.child() || basic != cf.basicData();
    b.child(child).basicData(basic);
    changed |= map(cf.reports(), b::reports);
    changed |= map(cf.applications(), b::applications);
    changed |= map(cf.investigationPlans(), b::investigationPlans);
    changed |= map(cf.investigations(), b::investigations);
    changed |= map(cf.decisions(), b::decisions);
    changed |= map(cf.carePlans(), b::carePlans);
    changed |= map(cf.assignments(), b::assignments);
    changed |= map(cf.implementationPlans(), b::implementationPlans);
    changed |= map(cf.followUps(), b::followUps);
    changed |= map(cf.reconsiderations(), b::reconsiderations);
    changed |= map(cf.reviews(), b::reviews);
    changed |= map(cf.childSituationFollowUps(), b::childSituationFollowUps);
    changed |= map(cf.closures(), b::closures);
    if (protectedSeen || withheldAny) {
      Disclosure stated = Disclosure.of(policy.name());
      changed |= !stated.equals(cf.disclosure());
      b.disclosure(stated);
    }
    return changed ? b.build() : cf;
  }

  <D extends BbicDocument> D document(D document, CaseFile context) {
    if (context != null) {
      index(context);
    }
    indexDocument(document);
    D out = document(document);
    DocumentHeader h = out.header();
    if ((protectedSeen || withheldAny) && h != null) {
      Disclosure stated = Disclosure.of(policy.name());
      if (!stated.equals(h.disclosure())) {
        out = withHeader(out, h.toBuilder().disclosure(stated).build());
      }
    }
    return out;
  }

  private <D extends BbicDocument> boolean map(List<D> list, Consumer<List<D>> set) {
    List<D> out = new ArrayList<>(list.size());
    boolean changed = false;
    for (D d : list) {
      D w = document(d);
      changed |= w != d;
      out.add(w);
    }
    if (changed) {
      set.accept(out);
    }
    return changed;
  }

  // ------------------------------------------------------------------ documents

  /** The document with its people, header and reporter as the policy lets them go out. */
  @SuppressWarnings("unchecked")
  private <D extends BbicDocument> D document(D d) {
    BbicDocument out = d;
    if (d instanceof BasicData basic) {
      out = basicData(basic);
    } else if (d instanceof Application application) {
      List<RelatedPerson> applicants = related(application.applicants());
      if (applicants != null) {
        out = application.toBuilder().applicants(applicants).build();
      }
    } else if (d instanceof Report report) {
      out = report(report);
    }
    DocumentHeader h = out.header();
    DocumentHeader w = h == null ? null : header(h);
    if (w != h) {
      out = withHeader(out, w);
    }
    return (D) out;
  }

  private BasicData basicData(BasicData b) {
    Person child = person(b.child());
    List<RelatedPerson> guardians = related(b.guardians());
    List<RelatedPerson> otherParents = related(b.otherParents());
    List<RelatedPerson> household = related(b.householdMembers());
    List<RelatedPerson> siblings = related(b.siblings());
    if (child == b.child()
        && guardians == null
        && otherParents == null
        && household == null
        && siblings == null) {
      return b;
    }
    BasicData.Builder out = b.toBuilder().child(child);
    if (guardians != null) {
      out.guardians(guardians);
    }
    if (otherParents != null) {
      out.otherParents(otherParents);
    }
    if (household != null) {
      out.householdMembers(household);
    }
    if (siblings != null) {
      out.siblings(siblings);
    }
    return out.build();
  }

  private Report report(Report r) {
    if (policy.reporterIdentity()) {
      return r;
    }
    Fields f = new Fields(r.withheld());
    String name = f.take("reporterName", r.reporterName());
    String contact = f.take("reporterContact", r.reporterContact());
    if (!f.changed) {
      return r;
    }
    return r.toBuilder().reporterName(name).reporterContact(contact).withheld(f.names()).build();
  }

  private DocumentHeader header(DocumentHeader h) {
    if (h.child() == null) {
      return h;
    }
    ProtectionLevel level = levels.get(h.child());
    boolean shown = identityShown(level) && (level != ProtectionLevel.NONE || idsShown());
    if (shown) {
      return h;
    }
    Fields f = new Fields(h.withheld());
    PersonId child = f.take("child", h.child());
    return h.toBuilder().child(child).withheld(f.names()).build();
  }

  // ------------------------------------------------------------------ people

  /** The list with its people as the policy lets them go out, or {@code null} when unchanged. */
  private List<RelatedPerson> related(List<RelatedPerson> list) {
    List<RelatedPerson> out = null;
    for (int i = 0; i < list.size(); i++) {
      RelatedPerson r = list.get(i);
      Person p = r.person();
      Person w = person(p);
      if (w != p) {
        if (out == null) {
          out = new ArrayList<>(list);
        }
        out.set(i, r.toBuilder().person(w).build());
      }
    }
    return out;
  }

  private Person person(Person p) {
    if (p == null) {
      return null;
    }
    ProtectionLevel level = levelOf(p);
    boolean identity = identityShown(level);
    boolean number = identity && (level != ProtectionLevel.NONE || idsShown());
    boolean contact = policy.showsContactDetails(level);
    if (identity && number && contact) {
      return p;
    }
    Fields f = new Fields(p.withheld());
    Person.Builder b = p.toBuilder();
    b.id(number ? p.id() : f.take("id", p.id()));
    if (!identity) {
      b.givenName(f.take("givenName", p.givenName()))
          .familyName(f.take("familyName", p.familyName()))
          .birthDate(f.take("birthDate", p.birthDate()));
    }
    if (!contact) {
      b.address(f.take("address", p.address()))
          .phone(f.take("phone", p.phone()))
          .email(f.take("email", p.email()));
    }
    return f.changed ? b.withheld(f.names()).build() : p;
  }

  /** Whether the identity goes out, noting a protected person seen. */
  private boolean identityShown(ProtectionLevel level) {
    if (level != null && level != ProtectionLevel.NONE) {
      protectedSeen = true;
    }
    return policy.showsIdentity(level);
  }

  private boolean idsShown() {
    return policy.identityNumbers();
  }

  /** The highest level any record of the person's identity states, else the person's own. */
  private ProtectionLevel levelOf(Person p) {
    ProtectionLevel indexed = p.id() == null ? null : levels.get(p.id());
    return higher(indexed, p.protection());
  }

  private static ProtectionLevel higher(ProtectionLevel a, ProtectionLevel b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.compareTo(b) >= 0 ? a : b;
  }

  private void index(CaseFile cf) {
    addPerson(cf.child());
    for (BbicDocument d : cf.documents()) {
      indexDocument(d);
    }
  }

  private void indexDocument(BbicDocument d) {
    if (d instanceof BasicData basic) {
      addPerson(basic.child());
      for (List<RelatedPerson> list :
          List.of(
              basic.guardians(),
              basic.otherParents(),
              basic.householdMembers(),
              basic.siblings())) {
        list.forEach(r -> addPerson(r.person()));
      }
    } else if (d instanceof Application application) {
      application.applicants().forEach(r -> addPerson(r.person()));
    }
  }

  private void addPerson(Person p) {
    if (p != null && p.id() != null && p.protection() != null) {
      levels.merge(p.id(), p.protection(), Withholder::higher);
    }
  }

  // ------------------------------------------------------------------ helpers

  /** The withheld names of one record: the ones it had, then the ones taken now. */
  private final class Fields {
    private final Set<String> names;
    private boolean changed;

    Fields(List<String> already) {
      this.names = new LinkedHashSet<>(already);
    }

    /** {@code null} in place of {@code value}, with its name noted when there was a value. */
    <T> T take(String name, T value) {
      if (value != null && !(value instanceof String s && s.isEmpty())) {
        names.add(name);
        changed = true;
        withheldAny = true;
      }
      return null;
    }

    List<String> names() {
      return List.copyOf(names);
    }
  }

  /** {@code document} with {@code header}. */
  static <D extends BbicDocument> D withHeader(D document, DocumentHeader header) {
    return BbicModel.get().kindOf(document).withHeader(document, header);
  }
}
