package org.openbbic.testkit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.openbbic.forms.BasicData;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CarePlan;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.ChildSituationBasis;
import org.openbbic.forms.ChildSituationFollowUp;
import org.openbbic.forms.Closure;
import org.openbbic.forms.Decision;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.Extension;
import org.openbbic.forms.FollowUp;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Goal;
import org.openbbic.forms.GoalFollowUp;
import org.openbbic.forms.ImplementationPlan;
import org.openbbic.forms.InitialAssessment;
import org.openbbic.forms.InitialAssessmentDecision;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.InvestigationPlan;
import org.openbbic.forms.NeedAreaAssessment;
import org.openbbic.forms.ProtectionAssessment;
import org.openbbic.forms.Reconsideration;
import org.openbbic.forms.Report;
import org.openbbic.forms.ReportKind;
import org.openbbic.forms.Review;
import org.openbbic.forms.ReviewOutcome;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.DocumentKind;
import org.openbbic.forms.meta.FieldDefinition;
import org.openbbic.forms.meta.TypeDefinition;
import org.openbbic.model.IdType;
import org.openbbic.model.Person;
import org.openbbic.model.PersonId;
import org.openbbic.model.Personnummer;
import org.openbbic.model.RelatedPerson;
import org.openbbic.model.code.CareBasis;
import org.openbbic.model.code.DecisionKind;
import org.openbbic.model.code.InterventionKind;
import org.openbbic.model.code.NeedArea;
import org.openbbic.model.code.PlacementForm;
import org.openbbic.model.law.StatutoryPeriod;

/**
 * Mutators that take a valid generated document or case file (from {@link BbicGenerator}) and break
 * exactly one rule, each stating the finding code and pointer a validator must give.
 *
 * <p>Field constraints ({@code BBIC-FLD-001} required, {@code -003} too long, {@code -004} wrong
 * form) and the document and case rules of {@code docs/rules.md} are covered, deadlines and ages at
 * their boundary: one day late, or on the birthday that matters. The deadline and age mutations,
 * the placement without implementation plan and the LVU 2 § ones are made on the chain as a SoL
 * placement in a family home ({@link #solFamilyHome}), whatever basis and placement form the
 * generated chain has, so that every placing chain offers them; a chain of open care has no
 * placement and so none of them, nor the placement decision without care plan. A case-file mutation
 * states the day it is judged on ({@link Mutation#asOf()}): the day after its last closure, or for
 * a case still open the day after the deadline it misses. Each mutation gives its finding and no
 * other ERROR or WARNING (an INFO finding may come with it: a young person of 19 or 20 at the start
 * also gives {@code BBIC-CASE-013}), unless it names the codes it cannot come without ({@link
 * Mutation#alsoCodes()}): {@code goal-of-unassessed-need-area} also gives {@code BBIC-DOC-015}, as
 * the generated investigation assesses every need area, and its code for the care plan and
 * assignment that share the goal; {@code report-without-protection-assessment} names {@code
 * BBIC-DOC-001}, as on any day judged on the missing assessment is overdue too (judged on no day,
 * as {@code validate(document, level)} does, {@code BBIC-DOC-018} comes alone).
 *
 * <p>The rules added with the second rule set have these mutators: {@code BBIC-DOC-018} (an anmälan
 * without skyddsbedömning), {@code -019} (signed one minute before it was created, every document
 * with a header), {@code -020} (the closure signed the day after the day judged on: an ERROR at
 * {@code SIGNED}; a case-file mutation only, as a document alone is judged on no day), {@code
 * BBIC-CASE-004} (a decision the day before its investigation was completed, beside the older
 * decision before the investigation was opened), {@code -019} (a follow-up the day after the
 * closure), {@code -021} (LVU 2 § care decided on the 18th birthday), {@code -022} (LVU care
 * decided to last to the 21st birthday: the decision's {@code validTo}, so that no document is
 * dated on the birthday, which would also be {@code BBIC-CASE-015}), {@code -023} (a placement
 * decision without care plan, judged more than 30 days after it: an ERROR) and {@code -024} (a goal
 * of the implementation plan in neither its care plan nor its assignment). {@code BBIC-DOC-017} (a
 * follow-up of the child's situation ending one day too late) is offered for the document only, as
 * the generated case file has none: after a closed investigation two months and a day (a WARNING,
 * as the two months are found in no source) and after an ended placement six months and a day (an
 * ERROR; decided on or after 1 July 2022, when SoL 11 kap. 4 b § came in force).
 *
 * <p>Without a mutator: {@code BBIC-SYS-*} (a rule or check that fails to run) and {@code
 * BBIC-FLD-002}/{@code -099}.
 *
 * <p>Stateless and thread-safe; the same input and seed give the same mutations.
 *
 * @since 0.1
 */
public final class Mutators {

  private static final BbicModel MODEL = BbicModel.get();

  /**
   * The kinds of the chain from the report to the closure: their header mutations are offered, and
   * the mutations of the first document of each are lifted into the case file.
   */
  private static final Set<FormType> CHAIN =
      EnumSet.of(
          FormType.REPORT,
          FormType.INVESTIGATION_PLAN,
          FormType.INVESTIGATION,
          FormType.DECISION,
          FormType.CARE_PLAN,
          FormType.IMPLEMENTATION_PLAN,
          FormType.CLOSURE);

  /** The mutations of the rules of one kind, beyond its header's. */
  private interface Specific<D extends BbicDocument> {
    void add(D document, SplittableRandom random, List<Mutation<BbicDocument>> out);
  }

  /** The kind-specific mutations of a kind and its class. */
  private record KindMutations<D extends BbicDocument>(DocumentKind<D> kind, Specific<D> specific) {
    void add(BbicDocument document, SplittableRandom random, List<Mutation<BbicDocument>> out) {
      specific.add(kind.cast(document), random, out);
    }
  }

  private static final Map<FormType, KindMutations<?>> BY_KIND = new EnumMap<>(FormType.class);

  static {
    on(Investigation.class, Mutators::investigation);
    on(Report.class, (r, random, out) -> report(r, out));
    on(Decision.class, (d, random, out) -> decision(d, out));
    on(CarePlan.class, (cp, random, out) -> carePlan(cp, out));
    on(ImplementationPlan.class, Mutators::implementationPlan);
    on(InvestigationPlan.class, (p, random, out) -> investigationPlan(p, out));
    on(ChildSituationFollowUp.class, (c, random, out) -> childSituationFollowUp(c, out));
  }

  private static <D extends BbicDocument> void on(Class<D> type, Specific<D> specific) {
    DocumentKind<D> kind = MODEL.kind(type);
    BY_KIND.put(kind.formType(), new KindMutations<>(kind, specific));
  }

  private static final String WRONG_CHECK_DIGIT = "child-personnummer-wrong-check-digit";

  /** A samordningsnummer of 31 February (day 91): not a date (BBIC-DOC-014, reason DATE). */
  private static final String COORDINATION_FEBRUARY_31 = "child-samordningsnummer-on-31-february";

  /** A valid samordningsnummer typed as personnummer (BBIC-DOC-014, reason KIND_MISMATCH). */
  private static final String COORDINATION_AS_PERSONNUMMER =
      "child-samordningsnummer-typed-as-personnummer";

  /**
   * Completed one day after four months. In a case file the decision rests on the completed
   * investigation, so the case-file mutation opens it earlier instead (with the report and the plan
   * before it) rather than completing it later.
   */
  private static final String LATE_INVESTIGATION = "investigation-completed-one-day-late";

  /**
   * A complete anmälan without its skyddsbedömning (BBIC-DOC-018). Judged on no day the unmet
   * deadline is merely open and the finding comes alone; judged on a day (a case file, or a reader
   * that judges on today) the assessment is also overdue, so it names BBIC-DOC-001.
   */
  private static final String NO_PROTECTION_ASSESSMENT = "report-without-protection-assessment";

  /** The day SoL 11 kap. 4 b § (follow-up after an ended placement, SFS 2022:665) came in force. */
  private static final LocalDate FOLLOW_UP_AFTER_PLACEMENT_FROM =
      StatutoryPeriod.FOLLOW_UP_AFTER_ENDED_PLACEMENT.provisions().get(0).validFrom();

  /**
   * Document mutations that break a case rule too when put into a case file: another number is also
   * another child (BBIC-CASE-001); a need area that is old or not assessed is also a goal of an
   * unassessed area (BBIC-CASE-005). The case file has its own wrong check digit, in every place
   * the child's number stands.
   */
  private static final Set<String> NOT_LIFTED =
      Set.of(
          WRONG_CHECK_DIGIT,
          COORDINATION_FEBRUARY_31,
          COORDINATION_AS_PERSONNUMMER,
          "goal-need-area-of-old-generation",
          "investigation-lacks-a-need-area",
          LATE_INVESTIGATION);

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private static final InterventionKind FAMILY_HOME = InterventionKind.of("PLACERING_FAMILJEHEM");

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
    DocumentKind<?> kind = MODEL.kindOf(document);
    if (CHAIN.contains(kind.formType())) {
      header(kind, document, out);
    }
    KindMutations<?> mutations = BY_KIND.get(kind.formType());
    if (mutations != null) {
      mutations.add(document, random, out);
    }
    return List.copyOf(out);
  }

  /**
   * Every mutation of a generated case file: the {@linkplain #document document mutations} of the
   * first document of each kind, with pointers from the case file's root (except those that would
   * break a case rule too), followed by the child's number with a wrong check digit in every place
   * it stands (one BBIC-DOC-014, at the case file's child), the case rules (another child, dangling
   * reference, duplicate id, reference dated later, goal of an unassessed need area, follow-up of
   * an unknown goal, communication after the decision, suspected violence without a linked
   * investigation, placement without implementation plan), the chain's order and plans (a closure
   * signed after the day judged on, a decision the day before its investigation was completed, a
   * follow-up after the closure, a placement decision without care plan, an implementation-plan
   * goal not in its care plan, LVU 2 § care decided on the 18th birthday or lasting to the 21st),
   * the deadlines of the placement (reconsideration under SoL and LVU 2 §, review under LVU 3 §,
   * care plan revision, custody transfer when due: two years in the same family home from 1 July
   * 2022, three before), a new investigation of the same matter and the age limits 18, 20 and 21.
   */
  public static List<Mutation<CaseFile>> caseFile(CaseFile caseFile, long seed) {
    Objects.requireNonNull(caseFile, "caseFile");
    List<Mutation<CaseFile>> out = new ArrayList<>();
    for (DocumentKind<?> kind : MODEL.caseFileKinds()) {
      if (CHAIN.contains(kind.formType())) {
        liftFirst(caseFile, kind.caseFileSlot(), seed, out);
      }
    }
    List<Mutation<CaseFile>> rules = new ArrayList<>();
    CaseFile placed = solFamilyHome(caseFile);
    caseRules(caseFile, placed, new SplittableRandom(seed ^ 0x5DEECE66DL), rules);
    deadlineRules(placed, new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL), rules);
    ageRules(placed, rules);
    chainRules(caseFile, placed, rules);
    for (Mutation<CaseFile> m : rules) {
      out.add(m.asOf().isPresent() ? m : m.lift("", m.value(), asOf(m.value())));
    }
    return List.copyOf(out);
  }

  // ---------------------------------------------------------------- documents

  private static <D extends BbicDocument> void header(
      DocumentKind<D> kind, BbicDocument document, List<Mutation<BbicDocument>> out) {
    D doc = kind.cast(document);
    DocumentHeader h = doc.header();
    if (h == null) {
      return;
    }
    out.add(
        new Mutation<>(
            "header-without-case-id",
            "BBIC-FLD-001",
            "/header/caseId",
            kind.withHeader(doc, h.toBuilder().caseId(null).build())));
    if (h.createdAt() != null && h.signedAt() != null) {
      out.add(
          new Mutation<>(
              "signed-one-minute-before-created",
              "BBIC-DOC-019",
              "/header/signedAt",
              kind.withHeader(doc, h.toBuilder().signedAt(h.createdAt().minusMinutes(1)).build())));
    }
    if (h.organisation() != null) {
      out.add(
          new Mutation<>(
              "municipality-code-not-four-digits",
              "BBIC-FLD-004",
              "/header/organisation/municipalityCode",
              kind.withHeader(
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
              WRONG_CHECK_DIGIT,
              "BBIC-DOC-014",
              "/header/child/value",
              kind.withHeader(
                  doc, h.toBuilder().child(PersonId.of(IdType.PERSONNUMMER, wrong)).build())));
    }
    if (h.child() != null
        && h.child().type() == IdType.PERSONNUMMER
        && h.child().personnummer().isPresent()) {
      Personnummer child = h.child().personnummer().get();
      int birthNumber = Integer.parseInt(child.format().substring(8, 11));
      String february31 =
          withCheckDigit(String.format("%04d0291%03d", child.date().getYear(), birthNumber));
      out.add(
          new Mutation<>(
              COORDINATION_FEBRUARY_31,
              "BBIC-DOC-014",
              "/header/child/value",
              kind.withHeader(
                  doc,
                  h.toBuilder().child(PersonId.of(IdType.SAMORDNINGSNUMMER, february31)).build())));
      Personnummer coordination = Personnummer.of(child.date(), birthNumber, true);
      out.add(
          new Mutation<>(
              COORDINATION_AS_PERSONNUMMER,
              "BBIC-DOC-014",
              "/header/child/value",
              kind.withHeader(
                  doc,
                  h.toBuilder()
                      .child(PersonId.of(IdType.PERSONNUMMER, coordination.format()))
                      .build())));
    }
  }

  /** Eleven digits ({@code YYYYMMDDNNN}) with their Luhn check digit. */
  private static String withCheckDigit(String eleven) {
    int sum = 0;
    for (int i = 2; i < 11; i++) {
      int p = (eleven.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += p > 9 ? p - 9 : p;
    }
    return eleven + (10 - sum % 10) % 10;
  }

  private static void investigation(
      Investigation inv, SplittableRandom random, List<Mutation<BbicDocument>> out) {
    out.add(without("investigation-without-analysis", inv, "analysis"));
    out.add(tooLong("investigation-analysis-too-long", inv, "analysis"));
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
    if (inv.openedAt() != null && inv.completedAt() != null && inv.extension() == null) {
      LocalDate due = StatutoryDates.due(StatutoryPeriod.INVESTIGATION, inv.openedAt());
      out.add(
          new Mutation<>(
              LATE_INVESTIGATION,
              "BBIC-DOC-003",
              "/completedAt",
              inv.toBuilder().completedAt(due.plusDays(1)).build()));
      LocalDate decided = inv.openedAt().plusDays(30);
      out.add(
          new Mutation<>(
              "extension-not-beyond-four-months",
              "BBIC-DOC-004",
              "/extension/newEndDate",
              inv.toBuilder()
                  .extension(
                      Extension.builder()
                          .decidedAt(decided.isAfter(inv.completedAt()) ? inv.openedAt() : decided)
                          .newEndDate(due)
                          .reason("Utredningen behöver mer tid.")
                          .build())
                  .build()));
    }
  }

  private static void report(Report r, List<Mutation<BbicDocument>> out) {
    ProtectionAssessment pa = r.protectionAssessment();
    if (r.kind() == ReportKind.ANMALAN && r.receivedAt() != null && pa != null) {
      out.add(
          new Mutation<>(
              "protection-assessment-one-day-late",
              "BBIC-DOC-001",
              "/protectionAssessment/assessedAt",
              r.toBuilder()
                  .protectionAssessment(pa.toBuilder().assessedAt(shift(r.receivedAt(), 2)).build())
                  .build()));
    }
    if (r.kind() == ReportKind.ANMALAN && r.receivedAt() != null && pa != null) {
      out.add(
          new Mutation<>(
              NO_PROTECTION_ASSESSMENT,
              "BBIC-DOC-018",
              "/protectionAssessment",
              r.toBuilder().protectionAssessment(null).build(),
              null,
              List.of("BBIC-DOC-001")));
    }
    InitialAssessment ia = r.initialAssessment();
    if (r.kind() == ReportKind.ANMALAN
        && r.receivedAt() != null
        && ia != null
        && ia.decidedAt() != null
        && ia.decision() != InitialAssessmentDecision.INVESTIGATION_ALREADY_ONGOING
        && (pa == null || pa.assessedAt() != null)) {
      // the report is received earlier, so the unchanged decision falls one day after 14 days
      LocalDate received =
          ia.decidedAt()
              .minus(StatutoryDates.limit(StatutoryPeriod.INITIAL_ASSESSMENT, ia.decidedAt()))
              .minusDays(1);
      long back = ChronoUnit.DAYS.between(received, day(r.receivedAt()));
      if (back > 0) {
        Report.Builder b = r.toBuilder().receivedAt(shift(r.receivedAt(), -back));
        if (pa != null) {
          b.protectionAssessment(pa.toBuilder().assessedAt(shift(pa.assessedAt(), -back)).build());
        }
        if (r.header() != null && r.header().createdAt() != null) {
          DocumentHeader h = r.header();
          b.header(
              h.toBuilder()
                  .createdAt(shift(h.createdAt(), -back))
                  .signedAt(h.signedAt() == null ? null : shift(h.signedAt(), -back))
                  .build());
        }
        out.add(
            new Mutation<>(
                "initial-assessment-decided-one-day-late",
                "BBIC-DOC-002",
                "/initialAssessment/decidedAt",
                b.build()));
      }
    }
    out.add(without("report-without-concern", r, "concern"));
    out.add(tooLong("reporter-contact-too-long", r, "reporterContact"));
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
    out.add(tooLong("appeal-instruction-too-long", d, "appealInstruction"));
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
              cp.toBuilder()
                  .reviseBy(
                      StatutoryDates.due(StatutoryPeriod.CARE_PLAN_REVISION, cp.placementStart())
                          .plusDays(1))
                  .build()));
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
                  .plannedCompletion(
                      StatutoryDates.due(StatutoryPeriod.INVESTIGATION, p.investigationOpenedAt())
                          .plusDays(1))
                  .build()));
    }
  }

  private static void childSituationFollowUp(
      ChildSituationFollowUp c, List<Mutation<BbicDocument>> out) {
    if (c.decidedAt() != null) {
      out.add(
          new Mutation<>(
              "ends-one-day-too-late",
              "BBIC-DOC-017",
              "/endsAt",
              c.toBuilder()
                  .endsAt(
                      StatutoryDates.due(
                              StatutoryPeriod.FOLLOW_UP_AFTER_CLOSED_INVESTIGATION, c.decidedAt())
                          .plusDays(1))
                  .build()));
      // after an ended placement (SoL 11 kap. 4 b §, in force from 1 July 2022): six months; a
      // decision dated earlier is moved to that day, as no limit applies before it
      LocalDate decided =
          c.decidedAt().isBefore(FOLLOW_UP_AFTER_PLACEMENT_FROM)
              ? FOLLOW_UP_AFTER_PLACEMENT_FROM
              : c.decidedAt();
      out.add(
          new Mutation<>(
              "placement-follow-up-ends-one-day-too-late",
              "BBIC-DOC-017",
              "/endsAt",
              c.toBuilder()
                  .header(
                      decided.equals(c.decidedAt())
                          ? c.header()
                          : redated(c.header(), id(c), decided))
                  .basis(ChildSituationBasis.AFTER_ENDED_PLACEMENT)
                  .decidedAt(decided)
                  .endsAt(
                      StatutoryDates.due(StatutoryPeriod.FOLLOW_UP_AFTER_ENDED_PLACEMENT, decided)
                          .plusDays(1))
                  .build()));
    }
  }

  // ---------------------------------------------------------------- case files

  /** The mutations of the first document in {@code slot}, lifted into the case file. */
  private static void liftFirst(
      CaseFile cf, FieldDefinition slot, long seed, List<Mutation<CaseFile>> out) {
    List<?> docs = (List<?>) slot.get(cf);
    if (docs.isEmpty()) {
      return;
    }
    String prefix = "/" + slot.name() + "/0";
    for (Mutation<BbicDocument> m : document((BbicDocument) docs.get(0), seed)) {
      if (NOT_LIFTED.contains(m.name())) {
        continue;
      }
      CaseFile mutated = replaceFirst(cf, m.value());
      out.add(m.lift(prefix, mutated, asOf(mutated)));
    }
  }

  /** {@code cf} with {@code doc} in place of the first document of its kind. */
  private static CaseFile replaceFirst(CaseFile cf, BbicDocument doc) {
    FieldDefinition slot = MODEL.kindOf(doc).caseFileSlot();
    return MODEL.caseFile().with(cf, slot, withFirst((List<?>) slot.get(cf), doc));
  }

  private static <D> List<D> withFirst(List<? extends D> list, D first) {
    List<D> copy = new ArrayList<>(list);
    copy.set(0, first);
    return copy;
  }

  private static void caseRules(
      CaseFile cf, CaseFile placed, SplittableRandom random, List<Mutation<CaseFile>> out) {
    PersonId childId = cf.child() == null ? null : cf.child().id();
    if (childId != null && childId.type() == IdType.PERSONNUMMER && childId.value() != null) {
      String valid = childId.value();
      int last = valid.charAt(valid.length() - 1) - '0';
      String wrong = valid.substring(0, valid.length() - 1) + ((last + 1) % 10);
      // The same wrong number in every place: one finding, at the first, counting the others.
      out.add(
          new Mutation<>(
              WRONG_CHECK_DIGIT,
              "BBIC-DOC-014",
              "/child/id/value",
              withChildId(cf, PersonId.of(IdType.PERSONNUMMER, wrong))));
    }
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
      Investigation first = cf.investigations().get(0);
      LocalDate before = first.openedAt().minusDays(1);
      CaseFile.Builder early =
          cf.toBuilder()
              .decisions(withFirst(cf.decisions(), d.toBuilder().decidedAt(before).build()));
      if (first.communication() != null && first.communication().communicatedAt() != null) {
        // communicated on the day of the decision, so only the order of the chain is broken
        early.investigations(
            withFirst(
                cf.investigations(),
                first.toBuilder()
                    .communication(first.communication().toBuilder().communicatedAt(before).build())
                    .build()));
      }
      out.add(
          new Mutation<>(
              "decision-before-investigation",
              "BBIC-CASE-004",
              "/decisions/0/decidedAt",
              early.build()));
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
        // every need area is assessed: leaving one out is BBIC-DOC-015 as well, and the care plan
        // and assignment share the goal
        out.add(
            new Mutation<>(
                "goal-of-unassessed-need-area",
                "BBIC-CASE-005",
                "/implementationPlans/0/goals/0/needAreas/0",
                b.investigations(invs).build(),
                null,
                List.of("BBIC-CASE-005", "BBIC-DOC-015")));
      }
    }
    if (!placed.implementationPlans().isEmpty() && !placed.carePlans().isEmpty()) {
      // a placement in a family home (jourhem and skyddat boende need no genomförandeplan)
      ImplementationPlan placedPlan = placed.implementationPlans().get(0);
      out.add(
          new Mutation<>(
              "placement-without-implementation-plan",
              "BBIC-CASE-018",
              "/carePlans/0/placementForm",
              placed.toBuilder()
                  .implementationPlans(
                      withFirst(
                          placed.implementationPlans(),
                          placedPlan.toBuilder().carePlanId(null).build()))
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

  /**
   * The rules of the chain's order and plans, each broken at its boundary: the closure signed the
   * day after the day judged on, a decision the day before its investigation was completed, a
   * follow-up the day after the closure, a placement decision without a care plan, a goal of the
   * implementation plan found in neither the care plan nor the assignment, and LVU 2 § care decided
   * on the 18th birthday or lasting to the 21st.
   */
  private static void chainRules(CaseFile cf, CaseFile placed, List<Mutation<CaseFile>> out) {
    if (!cf.closures().isEmpty()
        && cf.closures().get(0).closedAt() != null
        && cf.closures().get(0).header() != null
        && cf.closures().get(0).header().createdAt() != null
        && cf.closures().get(0).header().signedAt() != null) {
      Closure c = cf.closures().get(0);
      LocalDate asOf = asOf(cf);
      OffsetDateTime signed =
          asOf.plusDays(1)
              .atTime(c.header().createdAt().atZoneSameInstant(SWEDEN).toLocalTime())
              .atZone(SWEDEN)
              .toOffsetDateTime();
      out.add(
          new Mutation<>(
              "closure-signed-the-day-after-the-day-judged",
              "BBIC-DOC-020",
              "/closures/0/header/signedAt",
              cf.toBuilder()
                  .closures(
                      withFirst(
                          cf.closures(),
                          c.toBuilder()
                              .header(c.header().toBuilder().signedAt(signed).build())
                              .build()))
                  .build(),
              asOf));
    }
    if (!cf.decisions().isEmpty() && !cf.investigations().isEmpty()) {
      Decision d = cf.decisions().get(0);
      Investigation inv = cf.investigations().get(0);
      if (d.decidedAt() != null
          && Objects.equals(d.investigationId(), id(inv))
          && inv.completedAt() != null
          && inv.openedAt() != null
          && inv.completedAt().isAfter(inv.openedAt())) {
        LocalDate dayBefore = inv.completedAt().minusDays(1);
        CaseFile.Builder b =
            cf.toBuilder()
                .decisions(withFirst(cf.decisions(), d.toBuilder().decidedAt(dayBefore).build()));
        if (inv.communication() != null
            && inv.communication().communicatedAt() != null
            && inv.communication().communicatedAt().isAfter(dayBefore)) {
          // communicated by the day of the decision, so only the order of the chain is broken
          b.investigations(
              withFirst(
                  cf.investigations(),
                  inv.toBuilder()
                      .communication(
                          inv.communication().toBuilder().communicatedAt(dayBefore).build())
                      .build()));
        }
        out.add(
            new Mutation<>(
                "decision-one-day-before-investigation-completed",
                "BBIC-CASE-004",
                "/decisions/0/decidedAt",
                b.build()));
      }
    }
    if (!cf.followUps().isEmpty()
        && !cf.closures().isEmpty()
        && cf.closures().get(0).closedAt() != null
        && cf.followUps().get(0).performedAt() != null) {
      FollowUp f = cf.followUps().get(0);
      LocalDate after = cf.closures().get(0).closedAt().plusDays(1);
      out.add(
          new Mutation<>(
              "follow-up-one-day-after-closure",
              "BBIC-CASE-019",
              "/followUps/0/performedAt",
              cf.toBuilder()
                  .followUps(
                      withFirst(
                          cf.followUps(),
                          f.toBuilder()
                              .header(redated(f.header(), id(f), after))
                              .performedAt(after)
                              .nextFollowUp(f.nextFollowUp() == null ? null : after.plusMonths(3))
                              .build()))
                  .build()));
    }
    if (!cf.decisions().isEmpty()
        && !cf.carePlans().isEmpty()
        && placement(cf.decisions().get(0))
        && Objects.equals(cf.carePlans().get(0).decisionId(), id(cf.decisions().get(0)))) {
      // without the care plan the övervägande follows the decision (the schedule runs from the
      // placement decision), and the implementation plan implements the assignment alone
      out.add(
          new Mutation<>(
              "placement-decision-without-care-plan",
              "BBIC-CASE-023",
              "/decisions/0/interventionKinds",
              cf.toBuilder()
                  .carePlans(List.of())
                  .reconsiderations(
                      cf.reconsiderations().stream()
                          .map(r -> r.toBuilder().carePlanId(null).build())
                          .toList())
                  .implementationPlans(
                      cf.implementationPlans().stream()
                          .map(p -> p.toBuilder().carePlanId(null).build())
                          .toList())
                  .build()));
    }
    if (!cf.implementationPlans().isEmpty() && !cf.implementationPlans().get(0).goals().isEmpty()) {
      ImplementationPlan plan = cf.implementationPlans().get(0);
      Set<String> taken = new java.util.HashSet<>();
      cf.carePlans().forEach(cp -> cp.goals().forEach(g -> taken.add(g.goalId())));
      cf.assignments().forEach(a -> a.goals().forEach(g -> taken.add(g.goalId())));
      plan.goals().forEach(g -> taken.add(g.goalId()));
      int n = plan.goals().size() + 1;
      while (taken.contains("G" + n)) {
        n++;
      }
      List<Goal> goals = new ArrayList<>(plan.goals());
      goals.add(plan.goals().get(0).toBuilder().goalId("G" + n).build());
      out.add(
          new Mutation<>(
              "implementation-goal-not-in-care-plan",
              "BBIC-CASE-024",
              "/implementationPlans/0/goals/" + (goals.size() - 1) + "/goalId",
              cf.toBuilder()
                  .implementationPlans(
                      withFirst(cf.implementationPlans(), plan.toBuilder().goals(goals).build()))
                  .build()));
    }
    if (!cf.decisions().isEmpty()
        && cf.decisions().get(0).decidedAt() != null
        && !cf.carePlans().isEmpty()
        && cf.carePlans().get(0).placementStart() != null
        && cf.child() != null
        && cf.child().birthDate() != null) {
      CaseFile lvu2 = lvu2(placed);
      out.add(
          new Mutation<>(
              "lvu2-decided-on-18th-birthday",
              "BBIC-CASE-021",
              "/decisions/0/decidedAt",
              bornOn(lvu2, cf.decisions().get(0).decidedAt().minusYears(18))));
      // care under LVU 2 § decided to last until the 21st birthday: no document is dated then
      Decision d = lvu2.decisions().get(0);
      out.add(
          new Mutation<>(
              "lvu-care-lasting-to-21st-birthday",
              "BBIC-CASE-022",
              "/decisions/0/validTo",
              lvu2.toBuilder()
                  .decisions(
                      withFirst(
                          lvu2.decisions(),
                          d.toBuilder().validTo(cf.child().birthDate().plusYears(21)).build()))
                  .build()));
    }
  }

  /**
   * {@code cf} as a placement in a family home under SoL, the chain the deadline and age mutations
   * are made on: its placement decisions grant a family-home placement, its care plans place the
   * child there under SoL, its assignments are of that placement, and an LVU 3 § omprövning becomes
   * an övervägande of the care plan. The case file itself when it is such a placement already.
   */
  static CaseFile solFamilyHome(CaseFile cf) {
    boolean already =
        cf.reviews().isEmpty()
            && cf.carePlans().stream()
                .allMatch(
                    cp ->
                        cp.legalBasis() == CareBasis.SOL
                            && cp.placementForm() == PlacementForm.FAMILY_HOME)
            && cf.decisions().stream()
                .allMatch(d -> !placement(d) || d.interventionKinds().equals(List.of(FAMILY_HOME)));
    if (already) {
      return cf;
    }
    List<Reconsideration> recs = new ArrayList<>();
    for (Reconsideration r : cf.reconsiderations()) {
      recs.add(r.toBuilder().legalBasis(CareBasis.SOL).build());
    }
    if (recs.isEmpty() && !cf.carePlans().isEmpty()) {
      for (Review r : cf.reviews()) {
        recs.add(
            Reconsideration.builder()
                .header(
                    r.header() == null
                        ? null
                        : r.header().toBuilder().formType(FormType.RECONSIDERATION).build())
                .legalBasis(CareBasis.SOL)
                .carePlanId(id(cf.carePlans().get(0)))
                .performedAt(r.performedAt())
                .careStillNeeded(r.outcome() == ReviewOutcome.CARE_CONTINUES)
                .direction(r.reasons())
                .custodyTransferConsidered(false)
                .childViews("Barnet har fått säga sin mening.")
                .decidedBy(r.decidedBy())
                .build());
      }
    }
    return cf.toBuilder()
        .investigations(
            cf.investigations().stream()
                .map(
                    inv ->
                        inv.proposal() == null
                                || inv.proposal().interventionKinds().stream()
                                    .noneMatch(
                                        k ->
                                            k != null
                                                && k.category()
                                                    == InterventionKind.Category.PLACEMENT)
                            ? inv
                            : inv.toBuilder()
                                .proposal(
                                    inv.proposal().toBuilder()
                                        .decisionKind(DecisionKind.GRANTED)
                                        .interventionKinds(List.of(FAMILY_HOME))
                                        .build())
                                .build())
                .toList())
        .decisions(
            cf.decisions().stream()
                .map(
                    d ->
                        !placement(d)
                            ? d
                            : d.toBuilder()
                                .kind(DecisionKind.GRANTED)
                                .legalBasis(CareBasis.SOL)
                                .interventionKinds(List.of(FAMILY_HOME))
                                .build())
                .toList())
        .carePlans(
            cf.carePlans().stream()
                .map(
                    cp ->
                        cp.toBuilder()
                            .legalBasis(CareBasis.SOL)
                            .placementForm(PlacementForm.FAMILY_HOME)
                            .build())
                .toList())
        .assignments(
            cf.assignments().stream()
                .map(
                    a ->
                        a.interventionKind() == null
                                || a.interventionKind().category()
                                    != InterventionKind.Category.PLACEMENT
                            ? a
                            : a.toBuilder().interventionKind(FAMILY_HOME).build())
                .toList())
        .reconsiderations(recs)
        .reviews(List.of())
        .build();
  }

  /** Whether a decision places the child (an intervention kind of the placement category). */
  private static boolean placement(Decision d) {
    return d.interventionKinds().stream()
        .anyMatch(k -> k != null && k.category() == InterventionKind.Category.PLACEMENT);
  }

  /** The chain's care as care under LVU 2 §: its decisions, care plans and reconsiderations. */
  private static CaseFile lvu2(CaseFile cf) {
    return cf.toBuilder()
        .decisions(
            cf.decisions().stream()
                .map(d -> d.toBuilder().legalBasis(CareBasis.LVU_2).build())
                .toList())
        .carePlans(
            cf.carePlans().stream()
                .map(cp -> cp.toBuilder().legalBasis(CareBasis.LVU_2).build())
                .toList())
        .reconsiderations(
            cf.reconsiderations().stream()
                .map(r -> r.toBuilder().legalBasis(CareBasis.LVU_2).build())
                .toList())
        .build();
  }

  // ---------------------------------------------------------------- deadlines and ages

  /**
   * The deadline rules of the chain, each broken by one day: a reconsideration of a SoL or LVU 2 §
   * placement, an LVU 3 § review, an unrevised care plan, a new investigation on the same matter.
   */
  private static void deadlineRules(
      CaseFile cf, SplittableRandom random, List<Mutation<CaseFile>> out) {
    if (cf.carePlans().isEmpty()
        || cf.reconsiderations().isEmpty()
        || cf.closures().isEmpty()
        || cf.decisions().isEmpty()) {
      return;
    }
    CarePlan cp = cf.carePlans().get(0);
    Reconsideration rec = cf.reconsiderations().get(0);
    Closure closure = cf.closures().get(0);
    LocalDate start = cp.placementStart();
    if (start == null
        || cp.legalBasis() != CareBasis.SOL
        || rec.performedAt() == null
        || closure.closedAt() == null
        || !Objects.equals(rec.carePlanId(), id(cp))) {
      return;
    }
    long closedAfter = ChronoUnit.DAYS.between(rec.performedAt(), closure.closedAt());
    lateInvestigation(cf, out);
    LocalDate late = StatutoryDates.due(StatutoryPeriod.RECONSIDERATION, start).plusDays(1);
    out.add(
        new Mutation<>(
            "reconsideration-one-day-late",
            "BBIC-CASE-008",
            "/reconsiderations/0/performedAt",
            lateReconsideration(cf, CareBasis.SOL, late, closedAfter)));
    out.add(
        new Mutation<>(
            "placement-not-reconsidered-within-six-months",
            "BBIC-CASE-008",
            "/carePlans/0/placementStart",
            cf.toBuilder().reconsiderations(List.of()).closures(List.of()).build(),
            late));
    out.add(
        new Mutation<>(
            "lvu2-reconsideration-one-day-late",
            "BBIC-CASE-009",
            "/reconsiderations/0/performedAt",
            lateReconsideration(cf, CareBasis.LVU_2, late, closedAfter)));
    out.add(
        new Mutation<>(
            "lvu3-review-one-day-late",
            "BBIC-CASE-010",
            "/reviews/0/performedAt",
            lvu3(cf, late, closedAfter, random)));
    // care goes on, reconsidered in time, but the care plan is not revised within two years
    out.add(
        new Mutation<>(
            "care-plan-not-revised-within-two-years",
            "BBIC-CASE-011",
            "/carePlans/0/reviseBy",
            cf.toBuilder()
                .reconsiderations(reconsiderations(rec, start, 4, random))
                .closures(List.of())
                .build(),
            StatutoryDates.due(StatutoryPeriod.CARE_PLAN_REVISION, start).plusDays(1)));
    custodyTransfer(cf, start, closedAfter, random, out);
    if (!cf.investigations().isEmpty()) {
      Investigation inv = cf.investigations().get(0);
      if (inv.openedAt() != null && inv.completedAt() != null) {
        long days = ChronoUnit.DAYS.between(inv.openedAt(), inv.completedAt().plusDays(30));
        List<Investigation> two = new ArrayList<>(cf.investigations());
        two.add(1, shifted(inv, days, uuid(random)));
        out.add(
            new Mutation<>(
                "same-matter-investigated-again-within-30-days",
                "BBIC-CASE-016",
                "/investigations/1/openedAt",
                cf.toBuilder().investigations(two).build()));
      }
    }
  }

  /**
   * A placement in a family home, reconsidered in time, its care plan revised, whose
   * reconsideration on the day the custody-transfer consideration falls due (after the years of the
   * provision in force then: two from 1 July 2022, three before) does not consider a transfer of
   * custody.
   */
  private static void custodyTransfer(
      CaseFile cf,
      LocalDate start,
      long closedAfter,
      SplittableRandom random,
      List<Mutation<CaseFile>> out) {
    CarePlan cp = cf.carePlans().get(0);
    if (cp.placementForm() != PlacementForm.FAMILY_HOME
        || cp.decidedAt() == null
        || cf.implementationPlans().isEmpty()) {
      return;
    }
    Reconsideration rec = cf.reconsiderations().get(0);
    String scope = cp.legalBasis() == null ? CareBasis.SOL.name() : cp.legalBasis().name();
    LocalDate third =
        StatutoryPeriod.of("custody-transfer", scope)
            .flatMap(p -> p.from(start))
            .map(StatutoryPeriod.Term::due)
            .orElse(null);
    if (third == null) {
      return; // no provision in force sets the time for this basis
    }
    int cycles = 0;
    for (LocalDate on = start; ; cycles++) {
      on = StatutoryDates.due(StatutoryDates.reconsideration(cp.legalBasis()), on).minusDays(10);
      if (!on.isBefore(third)) {
        break;
      }
    }
    List<Reconsideration> recs = new ArrayList<>(reconsiderations(rec, start, cycles, random));
    recs.add(
        rec.toBuilder()
            .header(redated(rec.header(), uuid(random), third))
            .performedAt(third)
            .careStillNeeded(false)
            .custodyTransferConsidered(false)
            .build());
    LocalDate revisedOn =
        StatutoryDates.due(StatutoryPeriod.CARE_PLAN_REVISION, start).minusDays(30);
    CarePlan revised =
        cp.toBuilder()
            .header(redated(cp.header(), uuid(random), revisedOn))
            .decidedAt(revisedOn)
            .build();
    ImplementationPlan plan = cf.implementationPlans().get(0);
    ImplementationPlan revisedPlan =
        plan.toBuilder()
            .header(redated(plan.header(), uuid(random), revisedOn))
            .carePlanId(id(revised))
            .startDate(revisedOn)
            .followUpDates(List.of(revisedOn.plusMonths(3)))
            .build();
    List<CarePlan> plans = new ArrayList<>(cf.carePlans());
    plans.add(revised);
    List<ImplementationPlan> implementationPlans = new ArrayList<>(cf.implementationPlans());
    implementationPlans.add(revisedPlan);
    out.add(
        new Mutation<>(
            "custody-transfer-not-considered-when-due",
            "BBIC-CASE-017",
            "/reconsiderations/" + (recs.size() - 1) + "/custodyTransferConsidered",
            cf.toBuilder()
                .carePlans(plans)
                .implementationPlans(implementationPlans)
                .reconsiderations(recs)
                .closures(
                    withFirst(
                        cf.closures(), closedOn(cf.closures().get(0), third.plusDays(closedAfter))))
                .build()));
  }

  /** The placement under {@code basis}, its only reconsideration on {@code on}, closed after it. */
  private static CaseFile lateReconsideration(
      CaseFile cf, CareBasis basis, LocalDate on, long closedAfter) {
    Reconsideration rec = cf.reconsiderations().get(0);
    return cf.toBuilder()
        .decisions(
            withFirst(cf.decisions(), cf.decisions().get(0).toBuilder().legalBasis(basis).build()))
        .carePlans(
            withFirst(cf.carePlans(), cf.carePlans().get(0).toBuilder().legalBasis(basis).build()))
        .reconsiderations(
            withFirst(
                cf.reconsiderations(),
                rec.toBuilder()
                    .header(redated(rec.header(), id(rec), on))
                    .legalBasis(basis)
                    .performedAt(on)
                    .build()))
        .closures(
            withFirst(cf.closures(), closedOn(cf.closures().get(0), on.plusDays(closedAfter))))
        .build();
  }

  /**
   * The placement as care under LVU 3 §: the reconsideration becomes a review on {@code reviewOn}
   * that ends the care, and the case is closed after it.
   */
  private static CaseFile lvu3(
      CaseFile cf, LocalDate reviewOn, long closedAfter, SplittableRandom random) {
    Decision decision = cf.decisions().get(0);
    CarePlan cp = cf.carePlans().get(0);
    Reconsideration rec = cf.reconsiderations().get(0);
    Review review =
        Review.builder()
            .header(
                redated(rec.header(), uuid(random), reviewOn).toBuilder()
                    .formType(FormType.REVIEW)
                    .build())
            .decisionId(id(decision))
            .careEnforcedAt(cp.placementStart())
            .performedAt(reviewOn)
            .outcome(ReviewOutcome.CARE_ENDS)
            .reasons("Vården behövs inte längre.")
            .decidedBy(rec.decidedBy())
            .build();
    return cf.toBuilder()
        .decisions(
            withFirst(cf.decisions(), decision.toBuilder().legalBasis(CareBasis.LVU_3).build()))
        .carePlans(withFirst(cf.carePlans(), cp.toBuilder().legalBasis(CareBasis.LVU_3).build()))
        .reconsiderations(List.of())
        .reviews(List.of(review))
        .closures(
            withFirst(
                cf.closures(), closedOn(cf.closures().get(0), reviewOn.plusDays(closedAfter))))
        .build();
  }

  /**
   * The age rules, each at its birthday: the child (and, by as many days, the family in the basic
   * data) is made older so that the birthday falls on the day the rule looks at.
   */
  private static void ageRules(CaseFile cf, List<Mutation<CaseFile>> out) {
    if (cf.child() == null
        || cf.child().birthDate() == null
        || cf.reports().isEmpty()
        || cf.reports().get(0).receivedAt() == null) {
      return;
    }
    out.add(
        new Mutation<>(
            "case-began-on-18th-birthday",
            "BBIC-CASE-013",
            "/reports/0/receivedAt",
            bornOn(cf, day(cf.reports().get(0).receivedAt()).minusYears(18))));
    if (!cf.closures().isEmpty() && cf.closures().get(0).closedAt() != null) {
      out.add(
          new Mutation<>(
              "document-dated-on-21st-birthday",
              "BBIC-CASE-015",
              "/closures/0/closedAt",
              bornOn(cf, cf.closures().get(0).closedAt().minusYears(21))));
    }
    if (!cf.decisions().isEmpty()
        && cf.decisions().get(0).decidedAt() != null
        && !cf.carePlans().isEmpty()
        && cf.carePlans().get(0).placementStart() != null
        && !cf.reconsiderations().isEmpty()
        && cf.reconsiderations().get(0).performedAt() != null
        && !cf.closures().isEmpty()
        && cf.closures().get(0).closedAt() != null) {
      // LVU 3 § care, reviewed in time, decided on the young person's 20th birthday
      Reconsideration rec = cf.reconsiderations().get(0);
      LocalDate start = cf.carePlans().get(0).placementStart();
      CaseFile lvu3 =
          lvu3(
              cf,
              StatutoryDates.due(StatutoryPeriod.LVU_REVIEW, start).minusDays(10),
              ChronoUnit.DAYS.between(rec.performedAt(), cf.closures().get(0).closedAt()),
              new SplittableRandom(id(rec).getLeastSignificantBits()));
      out.add(
          new Mutation<>(
              "lvu3-decided-on-20th-birthday",
              "BBIC-CASE-014",
              "/decisions/0/decidedAt",
              bornOn(lvu3, cf.decisions().get(0).decidedAt().minusYears(20))));
    }
  }

  /** {@code cf} with the child born on {@code birth} and its family moved by as many days. */
  private static CaseFile bornOn(CaseFile cf, LocalDate birth) {
    long days = ChronoUnit.DAYS.between(cf.child().birthDate(), birth);
    Person child = moved(cf.child(), days);
    UnaryOperator<DocumentHeader> h =
        header -> header.child() == null ? header : header.toBuilder().child(child.id()).build();
    CaseFile.Builder b = cf.toBuilder().child(child);
    if (cf.basicData() != null) {
      BasicData bd = cf.basicData();
      UnaryOperator<List<RelatedPerson>> family =
          list ->
              list.stream()
                  .map(
                      rp ->
                          rp == null || rp.person() == null
                              ? rp
                              : rp.toBuilder().person(moved(rp.person(), days)).build())
                  .toList();
      b.basicData(
          withHeader(
              bd.toBuilder()
                  .child(bd.child() == null ? null : moved(bd.child(), days))
                  .guardians(family.apply(bd.guardians()))
                  .otherParents(family.apply(bd.otherParents()))
                  .householdMembers(family.apply(bd.householdMembers()))
                  .siblings(family.apply(bd.siblings()))
                  .build(),
              h));
    }
    return headers(b.build(), h);
  }

  /** {@code cf} with the child's identity {@code id} wherever the child's identity stood. */
  private static CaseFile withChildId(CaseFile cf, PersonId id) {
    PersonId old = cf.child().id();
    UnaryOperator<DocumentHeader> h =
        header -> old.equals(header.child()) ? header.toBuilder().child(id).build() : header;
    CaseFile.Builder b = cf.toBuilder().child(cf.child().toBuilder().id(id).build());
    if (cf.basicData() != null) {
      BasicData bd = cf.basicData();
      Person child =
          bd.child() != null && old.equals(bd.child().id())
              ? bd.child().toBuilder().id(id).build()
              : bd.child();
      b.basicData(withHeader(bd.toBuilder().child(child).build(), h));
    }
    return headers(b.build(), h);
  }

  /** {@code cf} with the header of every document in its lists changed by {@code change}. */
  private static CaseFile headers(CaseFile cf, UnaryOperator<DocumentHeader> change) {
    TypeDefinition def = MODEL.caseFile();
    Object b = def.toBuilder(cf);
    for (DocumentKind<?> kind : MODEL.caseFileKinds()) {
      FieldDefinition slot = kind.caseFileSlot();
      if (slot.list()) {
        List<BbicDocument> changed = new ArrayList<>();
        for (Object d : (List<?>) slot.get(cf)) {
          changed.add(d == null ? null : withHeader((BbicDocument) d, change));
        }
        def.set(b, slot, changed);
      }
    }
    return (CaseFile) def.build(b);
  }

  /** The person born {@code days} later (earlier when negative), numbered for the new date. */
  private static Person moved(Person p, long days) {
    if (p.birthDate() == null) {
      return p;
    }
    LocalDate birth = p.birthDate().plusDays(days);
    Person.Builder b = p.toBuilder().birthDate(birth);
    if (p.id() != null && p.id().type() == IdType.PERSONNUMMER && p.id().value() != null) {
      String v = p.id().value();
      int birthNumber =
          v.length() == 12 && v.chars().allMatch(Character::isDigit)
              ? Integer.parseInt(v.substring(8, 11))
              : 981;
      b.id(PersonId.of(Personnummer.of(birth, birthNumber, false)));
    }
    return b.build();
  }

  /**
   * {@code count} reconsiderations after {@code start}, each ten days before six months have passed
   * since the previous one, the care still needed.
   */
  private static List<Reconsideration> reconsiderations(
      Reconsideration template, LocalDate start, int count, SplittableRandom random) {
    List<Reconsideration> out = new ArrayList<>();
    LocalDate previous = start;
    for (int i = 0; i < count; i++) {
      LocalDate on =
          StatutoryDates.due(StatutoryDates.reconsideration(template.legalBasis()), previous)
              .minusDays(10);
      out.add(
          template.toBuilder()
              .header(redated(template.header(), uuid(random), on))
              .performedAt(on)
              .careStillNeeded(true)
              .custodyTransferConsidered(false)
              .direction("Vården fortsätter enligt vårdplanen.")
              .build());
      previous = on;
    }
    return out;
  }

  /** The investigation opened {@code days} later, with every date in it moved alike. */
  private static Investigation shifted(Investigation inv, long days, UUID newId) {
    Investigation.Builder b =
        inv.toBuilder()
            .openedAt(inv.openedAt().plusDays(days))
            .completedAt(inv.completedAt().plusDays(days))
            .sources(
                inv.sources().stream()
                    .map(
                        x ->
                            x == null || x.contactedAt() == null
                                ? x
                                : x.toBuilder().contactedAt(x.contactedAt().plusDays(days)).build())
                    .toList())
            .childConversations(
                inv.childConversations().stream()
                    .map(
                        x ->
                            x == null || x.heldAt() == null
                                ? x
                                : x.toBuilder().heldAt(x.heldAt().plusDays(days)).build())
                    .toList())
            .instruments(
                inv.instruments().stream()
                    .map(
                        x ->
                            x == null || x.usedAt() == null
                                ? x
                                : x.toBuilder().usedAt(x.usedAt().plusDays(days)).build())
                    .toList());
    if (inv.communication() != null && inv.communication().communicatedAt() != null) {
      b.communication(
          inv.communication().toBuilder()
              .communicatedAt(inv.communication().communicatedAt().plusDays(days))
              .build());
    }
    if (inv.header() != null) {
      b.header(redated(inv.header(), newId, inv.completedAt().plusDays(days)));
    }
    return b.build();
  }

  private static Closure closedOn(Closure c, LocalDate on) {
    return c.toBuilder().header(redated(c.header(), id(c), on)).closedAt(on).build();
  }

  /** {@code h} with another id, created on {@code day} at the same time of day, signed after. */
  /**
   * The chain whose investigation was completed one day after its four months ran out: opened
   * earlier, with the report and the investigation plan before it moved back alike, so every
   * document after it still rests on a completed investigation.
   */
  private static void lateInvestigation(CaseFile cf, List<Mutation<CaseFile>> out) {
    if (cf.investigations().isEmpty()
        || cf.reports().isEmpty()
        || cf.investigationPlans().isEmpty()) {
      return;
    }
    Investigation inv = cf.investigations().get(0);
    Report r = cf.reports().get(0);
    InvestigationPlan plan = cf.investigationPlans().get(0);
    if (inv.openedAt() == null
        || inv.completedAt() == null
        || inv.extension() != null
        || r.receivedAt() == null
        || r.protectionAssessment() == null
        || r.initialAssessment() == null
        || plan.investigationOpenedAt() == null
        || plan.plannedCompletion() == null) {
      return;
    }
    // the latest opening whose four months end before the completion (month-end clamping can
    // make that two days late, never less than one)
    LocalDate opened =
        inv.completedAt()
            .minusDays(1)
            .minus(StatutoryDates.limit(StatutoryPeriod.INVESTIGATION, inv.completedAt()));
    while (StatutoryDates.due(StatutoryPeriod.INVESTIGATION, opened).isBefore(inv.completedAt())) {
      opened = opened.plusDays(1);
    }
    while (!StatutoryDates.due(StatutoryPeriod.INVESTIGATION, opened).isBefore(inv.completedAt())) {
      opened = opened.minusDays(1);
    }
    long back = ChronoUnit.DAYS.between(opened, inv.openedAt());
    Report earlier =
        r.toBuilder()
            .receivedAt(shift(r.receivedAt(), -back))
            .protectionAssessment(
                r.protectionAssessment().toBuilder()
                    .assessedAt(shift(r.protectionAssessment().assessedAt(), -back))
                    .build())
            .initialAssessment(
                r.initialAssessment().toBuilder()
                    .decidedAt(minusDays(r.initialAssessment().decidedAt(), back))
                    .reporterInformedAt(minusDays(r.initialAssessment().reporterInformedAt(), back))
                    .build())
            .build();
    InvestigationPlan earlierPlan =
        plan.toBuilder()
            .investigationOpenedAt(plan.investigationOpenedAt().minusDays(back))
            .plannedCompletion(
                earliest(
                    plan.plannedCompletion().minusDays(back),
                    StatutoryDates.due(StatutoryPeriod.INVESTIGATION, opened)))
            .build();
    out.add(
        new Mutation<>(
            LATE_INVESTIGATION,
            "BBIC-DOC-003",
            "/investigations/0/completedAt",
            cf.toBuilder()
                .reports(withFirst(cf.reports(), earlier))
                .investigationPlans(withFirst(cf.investigationPlans(), earlierPlan))
                .investigations(
                    withFirst(cf.investigations(), inv.toBuilder().openedAt(opened).build()))
                .build()));
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate minusDays(LocalDate d, long days) {
    return d == null ? null : d.minusDays(days);
  }

  private static DocumentHeader redated(DocumentHeader h, UUID id, LocalDate day) {
    if (h == null) {
      return null;
    }
    OffsetDateTime created =
        h.createdAt() == null
            ? day.atTime(12, 0).atZone(SWEDEN).toOffsetDateTime()
            : day.atTime(h.createdAt().atZoneSameInstant(SWEDEN).toLocalTime())
                .atZone(SWEDEN)
                .toOffsetDateTime();
    DocumentHeader.Builder b = h.toBuilder().documentId(id).createdAt(created);
    if (h.signedAt() != null) {
      b.signedAt(created.plusHours(2));
    }
    return b.build();
  }

  /** The same Swedish local time {@code days} later. */
  private static OffsetDateTime shift(OffsetDateTime t, long days) {
    return t.atZoneSameInstant(SWEDEN).plusDays(days).toOffsetDateTime();
  }

  private static LocalDate day(OffsetDateTime t) {
    return t.atZoneSameInstant(SWEDEN).toLocalDate();
  }

  private static UUID id(BbicDocument doc) {
    return doc.header() == null ? null : doc.header().documentId();
  }

  private static UUID uuid(SplittableRandom random) {
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least);
  }

  // ---------------------------------------------------------------- helpers

  /** {@code doc} with its header changed by {@code change}; {@code doc} when it has none. */
  private static <D extends BbicDocument> D withHeader(
      D doc, UnaryOperator<DocumentHeader> change) {
    return doc.header() == null
        ? doc
        : MODEL.kindOf(doc).withHeader(doc, change.apply(doc.header()));
  }

  /** {@code doc} without the value of {@code field}: a field required at some level. */
  private static <D extends BbicDocument> Mutation<BbicDocument> without(
      String name, D doc, String field) {
    TypeDefinition def = MODEL.kindOf(doc).definition();
    return new Mutation<>(name, "BBIC-FLD-001", "/" + field, def.with(doc, def.field(field), null));
  }

  /** {@code doc} with a text one character over the limit of {@code field}. */
  private static <D extends BbicDocument> Mutation<BbicDocument> tooLong(
      String name, D doc, String field) {
    TypeDefinition def = MODEL.kindOf(doc).definition();
    FieldDefinition f = def.field(field);
    return new Mutation<>(
        name, "BBIC-FLD-003", "/" + field, def.with(doc, f, text(f.maxLength().getAsInt() + 1)));
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
