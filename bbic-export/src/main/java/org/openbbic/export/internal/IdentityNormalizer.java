package org.openbbic.export.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.openbbic.forms.Application;
import org.openbbic.forms.AssignmentToProvider;
import org.openbbic.forms.BasicData;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CarePlan;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.ChildSituationFollowUp;
import org.openbbic.forms.Closure;
import org.openbbic.forms.Decision;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.FollowUp;
import org.openbbic.forms.ImplementationPlan;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.InvestigationPlan;
import org.openbbic.forms.Reconsideration;
import org.openbbic.forms.Report;
import org.openbbic.forms.Review;
import org.openbbic.model.Person;
import org.openbbic.model.PersonId;
import org.openbbic.model.RelatedPerson;

/**
 * Gives the identity numbers of a bound document or case file their canonical 12-character form
 * ({@link PersonId#normalized(LocalDate)}), so that {@code 140512-9824} as people write it is held
 * as {@code 201405129824} with the writing kept in {@link PersonId#received()}. A number is read
 * against the date of the document it stands in: the header's {@code createdAt} as a Swedish local
 * date, else {@code today}; the case file's own child against {@code today}.
 *
 * <p>Returns the very object given when nothing changes, as for every payload written with 12
 * digits (so such a read and write stay byte-identical); otherwise a copy rebuilt through the
 * builders. The identities are the header's child, the people of basic data and the applicants of
 * an application, and the case file's child. That knowledge, and how to put a header back into each
 * document type, lives here for this module until the metamodel of bbic-forms lands (DESIGN §6);
 * {@code IdentityNormalizerTest} fails for a document type this class does not know.
 *
 * <p>Stateless and thread-safe.
 */
public final class IdentityNormalizer {

  /** BBIC dates are local dates in Sweden. */
  public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private IdentityNormalizer() {}

  /** {@code value} (a case file or a document) normalised; anything else as it is. */
  public static Object normalize(Object value, LocalDate today) {
    if (value instanceof CaseFile cf) {
      return caseFile(cf, today);
    } else if (value instanceof BbicDocument doc) {
      return document(doc, today);
    }
    return value;
  }

  /** The case file with its child's and every document's numbers normalised. */
  public static CaseFile caseFile(CaseFile cf, LocalDate today) {
    CaseFile.Builder b = null;
    Person child = person(cf.child(), today);
    if (child != cf.child()) {
      b = cf.toBuilder().child(child);
    }
    BasicData basicData = cf.basicData() == null ? null : basicData(cf.basicData(), today);
    if (basicData != cf.basicData()) {
      b = (b == null ? cf.toBuilder() : b).basicData(basicData);
    }
    List<Report> reports = documents(cf.reports(), today);
    List<Application> applications = documents(cf.applications(), today);
    List<InvestigationPlan> investigationPlans = documents(cf.investigationPlans(), today);
    List<Investigation> investigations = documents(cf.investigations(), today);
    List<Decision> decisions = documents(cf.decisions(), today);
    List<CarePlan> carePlans = documents(cf.carePlans(), today);
    List<AssignmentToProvider> assignments = documents(cf.assignments(), today);
    List<ImplementationPlan> implementationPlans = documents(cf.implementationPlans(), today);
    List<FollowUp> followUps = documents(cf.followUps(), today);
    List<Reconsideration> reconsiderations = documents(cf.reconsiderations(), today);
    List<Review> reviews = documents(cf.reviews(), today);
    List<ChildSituationFollowUp> childSituationFollowUps =
        documents(cf.childSituationFollowUps(), today);
    List<Closure> closures = documents(cf.closures(), today);
    boolean documentsChanged =
        reports != null
            || applications != null
            || investigationPlans != null
            || investigations != null
            || decisions != null
            || carePlans != null
            || assignments != null
            || implementationPlans != null
            || followUps != null
            || reconsiderations != null
            || reviews != null
            || childSituationFollowUps != null
            || closures != null;
    if (!documentsChanged) {
      return b == null ? cf : b.build();
    }
    b = b == null ? cf.toBuilder() : b;
    if (reports != null) {
      b.reports(reports);
    }
    if (applications != null) {
      b.applications(applications);
    }
    if (investigationPlans != null) {
      b.investigationPlans(investigationPlans);
    }
    if (investigations != null) {
      b.investigations(investigations);
    }
    if (decisions != null) {
      b.decisions(decisions);
    }
    if (carePlans != null) {
      b.carePlans(carePlans);
    }
    if (assignments != null) {
      b.assignments(assignments);
    }
    if (implementationPlans != null) {
      b.implementationPlans(implementationPlans);
    }
    if (followUps != null) {
      b.followUps(followUps);
    }
    if (reconsiderations != null) {
      b.reconsiderations(reconsiderations);
    }
    if (reviews != null) {
      b.reviews(reviews);
    }
    if (childSituationFollowUps != null) {
      b.childSituationFollowUps(childSituationFollowUps);
    }
    if (closures != null) {
      b.closures(closures);
    }
    return b.build();
  }

  /** The document with its numbers normalised against its own date, else {@code today}. */
  public static BbicDocument document(BbicDocument doc, LocalDate today) {
    if (doc instanceof BasicData b) {
      return basicData(b, today);
    }
    LocalDate reference = reference(doc, today);
    DocumentHeader header = header(doc.header(), reference);
    if (doc instanceof Application a) {
      List<RelatedPerson> applicants = related(a.applicants(), reference);
      if (header == a.header() && applicants == null) {
        return a;
      }
      Application.Builder b = a.toBuilder().header(header);
      return applicants == null ? b.build() : b.applicants(applicants).build();
    }
    return header == doc.header() ? doc : withHeader(doc, header);
  }

  private static BasicData basicData(BasicData bd, LocalDate today) {
    LocalDate reference = reference(bd, today);
    DocumentHeader header = header(bd.header(), reference);
    Person child = person(bd.child(), reference);
    List<RelatedPerson> guardians = related(bd.guardians(), reference);
    List<RelatedPerson> otherParents = related(bd.otherParents(), reference);
    List<RelatedPerson> householdMembers = related(bd.householdMembers(), reference);
    List<RelatedPerson> siblings = related(bd.siblings(), reference);
    if (header == bd.header()
        && child == bd.child()
        && guardians == null
        && otherParents == null
        && householdMembers == null
        && siblings == null) {
      return bd;
    }
    BasicData.Builder b = bd.toBuilder().header(header).child(child);
    if (guardians != null) {
      b.guardians(guardians);
    }
    if (otherParents != null) {
      b.otherParents(otherParents);
    }
    if (householdMembers != null) {
      b.householdMembers(householdMembers);
    }
    if (siblings != null) {
      b.siblings(siblings);
    }
    return b.build();
  }

  /** The date a document's numbers are read against. */
  private static LocalDate reference(BbicDocument doc, LocalDate today) {
    DocumentHeader h = doc.header();
    return h == null || h.createdAt() == null
        ? today
        : h.createdAt().atZoneSameInstant(SWEDEN).toLocalDate();
  }

  private static DocumentHeader header(DocumentHeader h, LocalDate reference) {
    if (h == null || h.child() == null) {
      return h;
    }
    PersonId child = h.child().normalized(reference);
    return child == h.child() ? h : h.toBuilder().child(child).build();
  }

  private static Person person(Person p, LocalDate reference) {
    if (p == null || p.id() == null) {
      return p;
    }
    PersonId id = p.id().normalized(reference);
    return id == p.id() ? p : p.toBuilder().id(id).build();
  }

  /** The people normalised, or {@code null} when none changed. */
  private static List<RelatedPerson> related(List<RelatedPerson> people, LocalDate reference) {
    return changed(
        people,
        rp -> {
          Person p = rp.person() == null ? null : person(rp.person(), reference);
          return p == rp.person() ? rp : rp.toBuilder().person(p).build();
        });
  }

  /** The documents normalised, or {@code null} when none changed. */
  @SuppressWarnings("unchecked")
  private static <D extends BbicDocument> List<D> documents(List<D> docs, LocalDate today) {
    return changed(docs, d -> (D) document(d, today));
  }

  /** {@code items} mapped, or {@code null} when the map changed none (or one is null). */
  private static <T> List<T> changed(List<T> items, UnaryOperator<T> map) {
    List<T> out = null;
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      if (item == null) {
        return null; // the binding refuses empty list items; a builder could not take one back
      }
      T mapped = map.apply(item);
      if (mapped != item) {
        if (out == null) {
          out = new ArrayList<>(items);
        }
        out.set(i, mapped);
      }
    }
    return out;
  }

  /** {@code doc} with another header, for every document type but basic data and applications. */
  private static BbicDocument withHeader(BbicDocument doc, DocumentHeader h) {
    if (doc instanceof Report d) {
      return d.toBuilder().header(h).build();
    } else if (doc instanceof InvestigationPlan d) {
      return d.toBuilder().header(h).build();
    } else if (doc instanceof Investigation d) {
      return d.toBuilder().header(h).build();
    } else if (doc instanceof Decision d) {
      return d.toBuilder().header(h).build();
    } else if (doc instanceof CarePlan d) {
      return d.toBuilder().header(h).build();
    } else if (doc instanceof AssignmentToProvider d) {
      return d.toBuilder().header(h).build();
    } else if (doc instanceof ImplementationPlan d) {
      return d.toBuilder().header(h).build();
    } else if (doc instanceof FollowUp d) {
      return d.toBuilder().header(h).build();
    } else if (doc instanceof Reconsideration d) {
      return d.toBuilder().header(h).build();
    } else if (doc instanceof Review d) {
      return d.toBuilder().header(h).build();
    } else if (doc instanceof ChildSituationFollowUp d) {
      return d.toBuilder().header(h).build();
    } else if (doc instanceof Closure d) {
      return d.toBuilder().header(h).build();
    }
    return doc; // a type this class does not know keeps its writing; validation reports it
  }
}
