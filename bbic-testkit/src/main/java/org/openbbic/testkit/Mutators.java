package org.openbbic.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CarePlan;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Closure;
import org.openbbic.forms.Decision;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.FollowUp;
import org.openbbic.forms.Goal;
import org.openbbic.forms.GoalFollowUp;
import org.openbbic.forms.ImplementationPlan;
import org.openbbic.forms.InitialAssessmentDecision;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.InvestigationPlan;
import org.openbbic.forms.NeedAreaAssessment;
import org.openbbic.forms.Report;
import org.openbbic.model.IdType;
import org.openbbic.model.PersonId;
import org.openbbic.model.Personnummer;
import org.openbbic.model.code.DecisionKind;
import org.openbbic.model.code.NeedArea;

/**
 * Mutators that take a valid generated document or case file (from {@link BbicGenerator}) and break
 * exactly one rule, each stating the finding code and pointer a validator must give.
 *
 * <p>Field constraints ({@code BBIC-FLD-001} required, {@code -003} too long, {@code -004} wrong
 * form) and the document and case rules of {@code docs/rules.md} that a single change can break
 * without a reference date are covered. Case files are checked {@linkplain #asOf(CaseFile) on the
 * day after their closure} so that no open deadline is due. The mutation is aimed at one rule; a
 * change may also trip a dependent rule (a wrong child's number is also another child), so tests
 * should check that the stated finding is present, not that it is alone.
 *
 * <p>Stateless and thread-safe; the same input and seed give the same mutations.
 *
 * @since 0.1
 */
public final class Mutators {

  /** More than the longest free text ({@code TextLimits.LONG}, 50,000 characters) allows. */
  static final int OVER_LONG = 50_001;

  /** More than a short free text ({@code TextLimits.SHORT}, 4,000 characters) allows. */
  static final int OVER_SHORT = 4_001;

  private Mutators() {}

  /**
   * The day on which a generated case file is judged: the day after its last closure (or after the
   * last event when it has none), so no open deadline is due.
   */
  public static LocalDate asOf(CaseFile caseFile) {
    Objects.requireNonNull(caseFile, "caseFile");
    return caseFile.closures().stream()
        .map(Closure::closedAt)
        .filter(Objects::nonNull)
        .max(LocalDate::compareTo)
        .orElse(LocalDate.of(2030, 1, 1))
        .plusDays(1);
  }

  /**
   * Every mutation this class knows for {@code document} (chosen by its type; an empty list for a
   * type without any), with pointers relative to the document. {@code seed} picks list positions.
   */
  public static List<Mutation<BbicDocument>> document(BbicDocument document, long seed) {
    Objects.requireNonNull(document, "document");
    SplittableRandom random = new SplittableRandom(seed);
    List<Mutation<BbicDocument>> out = new ArrayList<>();
    header(document, out);
    if (document instanceof Investigation inv) {
      investigation(inv, random, out);
    } else if (document instanceof Report r) {
      report(r, out);
    } else if (document instanceof Decision d) {
      decision(d, out);
    } else if (document instanceof CarePlan cp) {
      carePlan(cp, out);
    } else if (document instanceof ImplementationPlan p) {
      implementationPlan(p, random, out);
    } else if (document instanceof InvestigationPlan p) {
      investigationPlan(p, out);
    }
    return List.copyOf(out);
  }

  /**
   * Every mutation of a generated case file: the {@linkplain #document document mutations} of the
   * first document of each kind, with pointers from the case file's root, followed by the case
   * rules (another child, dangling reference, duplicate id, reference dated later, goal of an
   * unassessed need area, follow-up of an unknown goal, communication after the decision, suspected
   * violence without a linked investigation, placement without implementation plan).
   */
  public static List<Mutation<CaseFile>> caseFile(CaseFile caseFile, long seed) {
    Objects.requireNonNull(caseFile, "caseFile");
    List<Mutation<CaseFile>> out = new ArrayList<>();
    liftFirst(caseFile, "/reports/0", caseFile.reports(), seed, out);
    liftFirst(caseFile, "/investigationPlans/0", caseFile.investigationPlans(), seed, out);
    liftFirst(caseFile, "/investigations/0", caseFile.investigations(), seed, out);
    liftFirst(caseFile, "/decisions/0", caseFile.decisions(), seed, out);
    liftFirst(caseFile, "/carePlans/0", caseFile.carePlans(), seed, out);
    liftFirst(caseFile, "/implementationPlans/0", caseFile.implementationPlans(), seed, out);
    liftFirst(caseFile, "/closures/0", caseFile.closures(), seed, out);
    caseRules(caseFile, new SplittableRandom(seed ^ 0x5DEECE66DL), out);
    return List.copyOf(out);
  }

  // ---------------------------------------------------------------- documents

  private static void header(BbicDocument doc, List<Mutation<BbicDocument>> out) {
    DocumentHeader h = doc.header();
    if (h == null || withHeader(doc, h) == doc) {
      return; // no header, or a type whose header this class does not rebuild
    }
    out.add(
        new Mutation<>(
            "header-without-case-id",
            "BBIC-FLD-001",
            "/header/caseId",
            withHeader(doc, h.toBuilder().caseId(null).build())));
    if (h.organisation() != null) {
      out.add(
          new Mutation<>(
              "municipality-code-not-four-digits",
              "BBIC-FLD-004",
              "/header/organisation/municipalityCode",
              withHeader(
                  doc,
                  h.toBuilder()
                      .organisation(h.organisation().toBuilder().municipalityCode("01A0").build())
                      .build())));
    }
    if (h.child() != null && h.child().type() == IdType.PERSONNUMMER) {
      String valid = h.child().value();
      int last = valid.charAt(valid.length() - 1) - '0';
      String wrong = valid.substring(0, valid.length() - 1) + ((last + 1) % 10);
      out.add(
          new Mutation<>(
              "child-personnummer-wrong-check-digit",
              "BBIC-DOC-014",
              "/header/child/value",
              withHeader(
                  doc, h.toBuilder().child(PersonId.of(IdType.PERSONNUMMER, wrong)).build())));
    }
  }

  private static void investigation(
      Investigation inv, SplittableRandom random, List<Mutation<BbicDocument>> out) {
    out.add(
        new Mutation<>(
            "investigation-without-analysis",
            "BBIC-FLD-001",
            "/analysis",
            inv.toBuilder().analysis(null).build()));
    out.add(
        new Mutation<>(
            "investigation-analysis-too-long",
            "BBIC-FLD-003",
            "/analysis",
            inv.toBuilder().analysis(text(OVER_LONG)).build()));
    if (!inv.assessments().isEmpty()) {
      int i = random.nextInt(inv.assessments().size());
      List<NeedAreaAssessment> a = new ArrayList<>(inv.assessments());
      a.set(i, a.get(i).toBuilder().needIdentified(null).build());
      out.add(
          new Mutation<>(
              "assessment-without-need-identified",
              "BBIC-FLD-001",
              "/assessments/" + i + "/needIdentified",
              inv.toBuilder().assessments(a).build()));
      NeedArea removed = inv.assessments().get(i).area();
      List<NeedAreaAssessment> fewer = new ArrayList<>(inv.assessments());
      fewer.remove(i);
      if (removed != null && "2016".equals(removed.generation())) {
        out.add(
            new Mutation<>(
                "investigation-lacks-a-need-area",
                "BBIC-DOC-015",
                "/assessments",
                inv.toBuilder().assessments(fewer).build()));
      }
    }
    out.add(
        new Mutation<>(
            "investigation-without-child-views",
            "BBIC-DOC-005",
            "/childViews",
            inv.toBuilder().childViews(null).childViewsNotObtainedReason(null).build()));
    if (inv.communication() != null) {
      out.add(
          new Mutation<>(
              "communicated-without-date",
              "BBIC-DOC-007",
              "/communication/communicatedAt",
              inv.toBuilder()
                  .communication(
                      inv.communication().toBuilder()
                          .communicated(true)
                          .communicatedAt(null)
                          .build())
                  .build()));
    }
    if (inv.openedAt() != null) {
      out.add(
          new Mutation<>(
              "investigation-completed-before-opened",
              "BBIC-DOC-013",
              "/completedAt",
              inv.toBuilder().completedAt(inv.openedAt().minusDays(1)).build()));
    }
  }

  private static void report(Report r, List<Mutation<BbicDocument>> out) {
    out.add(
        new Mutation<>(
            "report-without-concern",
            "BBIC-FLD-001",
            "/concern",
            r.toBuilder().concern(null).build()));
    out.add(
        new Mutation<>(
            "reporter-contact-too-long",
            "BBIC-FLD-003",
            "/reporterContact",
            r.toBuilder().reporterContact(text(OVER_SHORT)).build()));
    if (r.initialAssessment() != null) {
      out.add(
          new Mutation<>(
              "child-not-heard-without-reason",
              "BBIC-DOC-006",
              "/initialAssessment/childNotHeardReason",
              r.toBuilder()
                  .initialAssessment(
                      r.initialAssessment().toBuilder()
                          .childHeard(false)
                          .childNotHeardReason(null)
                          .build())
                  .build()));
      out.add(
          new Mutation<>(
              "violence-without-investigation",
              "BBIC-DOC-008",
              "/initialAssessment/decision",
              r.toBuilder()
                  .suspectedViolence(true)
                  .initialAssessment(
                      r.initialAssessment().toBuilder()
                          .decision(InitialAssessmentDecision.NOT_OPEN)
                          .build())
                  .build()));
    }
  }

  private static void decision(Decision d, List<Mutation<BbicDocument>> out) {
    out.add(
        new Mutation<>(
            "appeal-instruction-too-long",
            "BBIC-FLD-003",
            "/appealInstruction",
            d.toBuilder().appealInstruction(text(OVER_SHORT)).build()));
    out.add(
        new Mutation<>(
            "refusal-without-appeal-instruction",
            "BBIC-DOC-009",
            "/appealInstruction",
            d.toBuilder().kind(DecisionKind.REFUSED).appealInstruction(null).build()));
  }

  private static void carePlan(CarePlan cp, List<Mutation<BbicDocument>> out) {
    if (cp.placementStart() != null) {
      out.add(
          new Mutation<>(
              "care-plan-revised-after-two-years",
              "BBIC-DOC-010",
              "/reviseBy",
              cp.toBuilder().reviseBy(cp.placementStart().plusYears(2).plusDays(1)).build()));
    }
  }

  private static void implementationPlan(
      ImplementationPlan p, SplittableRandom random, List<Mutation<BbicDocument>> out) {
    if (p.goals().isEmpty()) {
      return;
    }
    List<Goal> twice = new ArrayList<>(p.goals());
    twice.add(twice.get(random.nextInt(twice.size())));
    out.add(
        new Mutation<>(
            "goal-id-twice",
            "BBIC-DOC-016",
            "/goals/" + (twice.size() - 1) + "/goalId",
            p.toBuilder().goals(twice).build()));
    List<Goal> goals = new ArrayList<>(p.goals());
    int g = random.nextInt(goals.size());
    List<NeedArea> areas = new ArrayList<>(goals.get(g).needAreas());
    List<NeedArea> old = NeedArea.ofGeneration("2006");
    areas.add(old.get(random.nextInt(old.size())));
    goals.set(g, goals.get(g).toBuilder().needAreas(areas).build());
    out.add(
        new Mutation<>(
            "goal-need-area-of-old-generation",
            "BBIC-DOC-011",
            "/goals/" + g + "/needAreas/" + (areas.size() - 1),
            p.toBuilder().goals(goals).build()));
  }

  private static void investigationPlan(InvestigationPlan p, List<Mutation<BbicDocument>> out) {
    if (p.investigationOpenedAt() != null) {
      out.add(
          new Mutation<>(
              "planned-completion-after-four-months",
              "BBIC-DOC-012",
              "/plannedCompletion",
              p.toBuilder()
                  .plannedCompletion(p.investigationOpenedAt().plusMonths(4).plusDays(1))
                  .build()));
    }
  }

  // ---------------------------------------------------------------- case files

  private static <D extends BbicDocument> void liftFirst(
      CaseFile cf, String prefix, List<D> docs, long seed, List<Mutation<CaseFile>> out) {
    if (docs.isEmpty()) {
      return;
    }
    for (Mutation<BbicDocument> m : document(docs.get(0), seed)) {
      out.add(m.lift(prefix, replaceFirst(cf, m.value())));
    }
  }

  private static CaseFile replaceFirst(CaseFile cf, BbicDocument doc) {
    CaseFile.Builder b = cf.toBuilder();
    if (doc instanceof Report d) {
      b.reports(withFirst(cf.reports(), d));
    } else if (doc instanceof InvestigationPlan d) {
      b.investigationPlans(withFirst(cf.investigationPlans(), d));
    } else if (doc instanceof Investigation d) {
      b.investigations(withFirst(cf.investigations(), d));
    } else if (doc instanceof Decision d) {
      b.decisions(withFirst(cf.decisions(), d));
    } else if (doc instanceof CarePlan d) {
      b.carePlans(withFirst(cf.carePlans(), d));
    } else if (doc instanceof ImplementationPlan d) {
      b.implementationPlans(withFirst(cf.implementationPlans(), d));
    } else if (doc instanceof Closure d) {
      b.closures(withFirst(cf.closures(), d));
    } else {
      throw new IllegalArgumentException("not lifted: " + doc.getClass().getSimpleName());
    }
    return b.build();
  }

  private static <D> List<D> withFirst(List<D> list, D first) {
    List<D> copy = new ArrayList<>(list);
    copy.set(0, first);
    return copy;
  }

  private static void caseRules(
      CaseFile cf, SplittableRandom random, List<Mutation<CaseFile>> out) {
    if (!cf.reports().isEmpty()) {
      Report r = cf.reports().get(0);
      Personnummer other =
          Personnummer.of(LocalDate.of(2012, 2, 2).plusDays(random.nextInt(300)), 981, false);
      out.add(
          new Mutation<>(
              "report-about-another-child",
              "BBIC-CASE-001",
              "/reports/0/header/child",
              cf.toBuilder()
                  .reports(
                      withFirst(
                          cf.reports(),
                          r.toBuilder()
                              .header(r.header().toBuilder().child(PersonId.of(other)).build())
                              .build()))
                  .build()));
    }
    if (!cf.decisions().isEmpty() && !cf.investigations().isEmpty()) {
      Decision d = cf.decisions().get(0);
      out.add(
          new Mutation<>(
              "decision-refers-to-missing-investigation",
              "BBIC-CASE-002",
              "/decisions/0/investigationId",
              cf.toBuilder()
                  .decisions(
                      withFirst(
                          cf.decisions(),
                          d.toBuilder()
                              .investigationId(new UUID(random.nextLong(), random.nextLong()))
                              .build()))
                  .build()));
      LocalDate opened = cf.investigations().get(0).openedAt();
      out.add(
          new Mutation<>(
              "decision-before-investigation",
              "BBIC-CASE-004",
              "/decisions/0/decidedAt",
              cf.toBuilder()
                  .decisions(
                      withFirst(
                          cf.decisions(), d.toBuilder().decidedAt(opened.minusDays(1)).build()))
                  .build()));
      Investigation inv = cf.investigations().get(0);
      if (inv.communication() != null && d.decidedAt() != null) {
        out.add(
            new Mutation<>(
                "communicated-after-decision",
                "BBIC-CASE-007",
                "/investigations/0/communication/communicatedAt",
                cf.toBuilder()
                    .investigations(
                        withFirst(
                            cf.investigations(),
                            inv.toBuilder()
                                .communication(
                                    inv.communication().toBuilder()
                                        .communicatedAt(d.decidedAt().plusDays(1))
                                        .build())
                                .build()))
                    .build()));
      }
    }
    if (!cf.closures().isEmpty()) {
      Closure c = cf.closures().get(0);
      List<Closure> twice = new ArrayList<>(cf.closures());
      twice.add(c);
      out.add(
          new Mutation<>(
              "document-id-twice",
              "BBIC-CASE-003",
              "/closures/" + (twice.size() - 1) + "/header/documentId",
              cf.toBuilder().closures(twice).build()));
    }
    if (!cf.implementationPlans().isEmpty() && !cf.investigations().isEmpty()) {
      ImplementationPlan plan = cf.implementationPlans().get(0);
      if (!plan.goals().isEmpty() && !plan.goals().get(0).needAreas().isEmpty()) {
        NeedArea area = plan.goals().get(0).needAreas().get(0);
        CaseFile.Builder b = cf.toBuilder();
        List<Investigation> invs = new ArrayList<>();
        for (Investigation inv : cf.investigations()) {
          List<NeedAreaAssessment> kept = new ArrayList<>(inv.assessments());
          kept.removeIf(a -> area.equals(a.area()));
          invs.add(inv.toBuilder().assessments(kept).build());
        }
        out.add(
            new Mutation<>(
                "goal-of-unassessed-need-area",
                "BBIC-CASE-005",
                "/implementationPlans/0/goals/0/needAreas/0",
                b.investigations(invs).build()));
      }
      out.add(
          new Mutation<>(
              "placement-without-implementation-plan",
              "BBIC-CASE-018",
              "/carePlans/0/placementForm",
              cf.toBuilder()
                  .implementationPlans(
                      withFirst(
                          cf.implementationPlans(), plan.toBuilder().carePlanId(null).build()))
                  .build()));
    }
    if (!cf.followUps().isEmpty() && !cf.followUps().get(0).goalFollowUps().isEmpty()) {
      FollowUp f = cf.followUps().get(0);
      List<GoalFollowUp> outcomes = new ArrayList<>(f.goalFollowUps());
      int i = random.nextInt(outcomes.size());
      outcomes.set(i, outcomes.get(i).toBuilder().goalId("no-such-goal").build());
      out.add(
          new Mutation<>(
              "follow-up-of-unknown-goal",
              "BBIC-CASE-006",
              "/followUps/0/goalFollowUps/" + i + "/goalId",
              cf.toBuilder()
                  .followUps(
                      withFirst(cf.followUps(), f.toBuilder().goalFollowUps(outcomes).build()))
                  .build()));
    }
    if (!cf.reports().isEmpty()
        && !cf.investigations().isEmpty()
        && cf.reports().get(0).initialAssessment() != null) {
      Report r = cf.reports().get(0);
      Report violence =
          r.toBuilder()
              .suspectedViolence(true)
              .initialAssessment(
                  r.initialAssessment().toBuilder()
                      .decision(InitialAssessmentDecision.OPEN_INVESTIGATION)
                      .build())
              .build();
      UnaryOperator<Investigation> unlink = inv -> inv.toBuilder().initiatedBy(List.of()).build();
      out.add(
          new Mutation<>(
              "violence-report-without-linked-investigation",
              "BBIC-CASE-012",
              "/reports/0/initialAssessment/decision",
              cf.toBuilder()
                  .reports(withFirst(cf.reports(), violence))
                  .investigations(cf.investigations().stream().map(unlink).toList())
                  .investigationPlans(
                      cf.investigationPlans().stream()
                          .map(p -> p.toBuilder().initiatedBy(List.of()).build())
                          .toList())
                  .build()));
    }
  }

  // ---------------------------------------------------------------- helpers

  private static BbicDocument withHeader(BbicDocument doc, DocumentHeader header) {
    if (doc instanceof Investigation d) {
      return d.toBuilder().header(header).build();
    } else if (doc instanceof Report d) {
      return d.toBuilder().header(header).build();
    } else if (doc instanceof Decision d) {
      return d.toBuilder().header(header).build();
    } else if (doc instanceof CarePlan d) {
      return d.toBuilder().header(header).build();
    } else if (doc instanceof ImplementationPlan d) {
      return d.toBuilder().header(header).build();
    } else if (doc instanceof InvestigationPlan d) {
      return d.toBuilder().header(header).build();
    } else if (doc instanceof Closure d) {
      return d.toBuilder().header(header).build();
    }
    return doc; // other types: header mutations are not offered
  }

  /** Filler text of {@code length} characters (invented, no personal data). */
  static String text(int length) {
    StringBuilder sb = new StringBuilder(length);
    String word = "Lorem ipsum dolor sit amet. ";
    while (sb.length() < length) {
      sb.append(word, 0, Math.min(word.length(), length - sb.length()));
    }
    return sb.toString();
  }
}
