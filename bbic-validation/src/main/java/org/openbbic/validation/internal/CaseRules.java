package org.openbbic.validation.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openbbic.forms.Application;
import org.openbbic.forms.AssignmentToProvider;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CarePlan;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.ChildSituationFollowUp;
import org.openbbic.forms.Decision;
import org.openbbic.forms.FollowUp;
import org.openbbic.forms.Goal;
import org.openbbic.forms.GoalFollowUp;
import org.openbbic.forms.ImplementationPlan;
import org.openbbic.forms.InitialAssessmentDecision;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.InvestigationPlan;
import org.openbbic.forms.NeedAreaAssessment;
import org.openbbic.forms.Reconsideration;
import org.openbbic.forms.Report;
import org.openbbic.forms.Review;
import org.openbbic.model.PersonId;
import org.openbbic.model.code.CareBasis;
import org.openbbic.model.code.NeedArea;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.DeadlineKind;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/** The built-in case-chain rules. Each is stateless and thread-safe. */
final class CaseRules {

  private CaseRules() {}

  private static Map<String, Object> args(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  /** The index the validation call built for {@code cf}, or a new one outside such a call. */
  static CaseIndex index(CaseFile cf, RuleContext ctx) {
    if (ctx instanceof RuleRun run && run.index() != null && run.index().caseFile() == cf) {
      return run.index();
    }
    return CaseIndex.of(cf);
  }

  /** BBIC-CASE-001: every document concerns the case file's child. */
  static final class OneChildRule extends BaseRule {
    OneChildRule() {
      super("BBIC-CASE-001", Severity.ERROR, ValidationLevel.DRAFT, null);
    }

    @Override
    public void checkCase(CaseFile cf, RuleContext ctx) {
      PersonId child = cf.child() == null ? null : cf.child().id();
      if (child == null) {
        return;
      }
      for (BbicDocument doc : index(cf, ctx).documents()) {
        if (doc.header() != null
            && doc.header().child() != null
            && !child.equals(doc.header().child())) {
          ctx.report(ctx.pointerOf(doc) + "/header/child", doc, null, args());
        }
      }
    }
  }

  /** One reference from a document to another, with the types it may point to. */
  private static void ref(
      RuleContext ctx,
      CaseIndex index,
      BbicDocument from,
      String field,
      UUID id,
      Class<?>... targets) {
    if (id == null) {
      return;
    }
    BbicDocument to = index.find(id).orElse(null);
    boolean ok = false;
    if (to != null) {
      for (Class<?> t : targets) {
        ok |= t.isInstance(to);
      }
    }
    if (!ok) {
      ctx.report(
          ctx.pointerOf(from) + field,
          from,
          null,
          args(
              "expected",
              java.util.Arrays.stream(targets)
                  .map(Class::getSimpleName)
                  .collect(Collectors.joining(", "))));
    }
  }

  /** BBIC-CASE-002: references point to documents of the right type in the case file. */
  static final class ReferenceRule extends BaseRule {
    ReferenceRule() {
      super("BBIC-CASE-002", Severity.ERROR, ValidationLevel.DRAFT, null);
    }

    @Override
    public void checkCase(CaseFile cf, RuleContext ctx) {
      CaseIndex ix = index(cf, ctx);
      for (InvestigationPlan p : cf.investigationPlans()) {
        if (p == null) {
          continue;
        }
        for (int i = 0; i < p.initiatedBy().size(); i++) {
          ref(
              ctx,
              ix,
              p,
              "/initiatedBy/" + i,
              p.initiatedBy().get(i),
              Report.class,
              Application.class);
        }
      }
      for (Investigation inv : cf.investigations()) {
        if (inv == null) {
          continue;
        }
        for (int i = 0; i < inv.initiatedBy().size(); i++) {
          ref(
              ctx,
              ix,
              inv,
              "/initiatedBy/" + i,
              inv.initiatedBy().get(i),
              Report.class,
              Application.class);
        }
        ref(ctx, ix, inv, "/planId", inv.planId(), InvestigationPlan.class);
      }
      for (Decision d : cf.decisions()) {
        if (d != null) {
          ref(ctx, ix, d, "/investigationId", d.investigationId(), Investigation.class);
        }
      }
      for (CarePlan cp : cf.carePlans()) {
        if (cp != null) {
          ref(ctx, ix, cp, "/decisionId", cp.decisionId(), Decision.class);
        }
      }
      for (AssignmentToProvider a : cf.assignments()) {
        if (a != null) {
          ref(ctx, ix, a, "/decisionId", a.decisionId(), Decision.class);
        }
      }
      for (ImplementationPlan p : cf.implementationPlans()) {
        if (p != null) {
          ref(ctx, ix, p, "/decisionId", p.decisionId(), Decision.class);
          ref(ctx, ix, p, "/carePlanId", p.carePlanId(), CarePlan.class);
          ref(ctx, ix, p, "/assignmentId", p.assignmentId(), AssignmentToProvider.class);
        }
      }
      for (FollowUp f : cf.followUps()) {
        if (f != null) {
          ref(ctx, ix, f, "/planId", f.planId(), ImplementationPlan.class, CarePlan.class);
        }
      }
      for (Reconsideration r : cf.reconsiderations()) {
        if (r != null) {
          ref(ctx, ix, r, "/carePlanId", r.carePlanId(), CarePlan.class);
        }
      }
      for (Review r : cf.reviews()) {
        if (r != null) {
          ref(ctx, ix, r, "/decisionId", r.decisionId(), Decision.class);
        }
      }
      for (ChildSituationFollowUp c : cf.childSituationFollowUps()) {
        if (c != null) {
          ref(ctx, ix, c, "/referenceId", c.referenceId(), Investigation.class, CarePlan.class);
        }
      }
    }
  }

  /** BBIC-CASE-003: document ids are unique in the case file. */
  static final class UniqueIdRule extends BaseRule {
    UniqueIdRule() {
      super("BBIC-CASE-003", Severity.ERROR, ValidationLevel.DRAFT, null);
    }

    @Override
    public void checkCase(CaseFile cf, RuleContext ctx) {
      Set<UUID> seen = new HashSet<>();
      for (BbicDocument doc : index(cf, ctx).documents()) {
        UUID id = Docs.id(doc);
        if (id != null && !seen.add(id)) {
          ctx.report(ctx.pointerOf(doc) + "/header/documentId", doc, null, args());
        }
      }
    }
  }

  /**
   * BBIC-CASE-004: a document is not dated before the document it rests on was done (a decision
   * before its investigation was completed, a care plan before its decision, a follow-up before its
   * plan began), with the pointer at the later document.
   */
  static final class ChainOrderRule extends BaseRule {
    ChainOrderRule() {
      super("BBIC-CASE-004", Severity.ERROR, ValidationLevel.DRAFT, null);
    }

    private static void order(RuleContext ctx, CaseIndex ix, BbicDocument from, UUID toId) {
      BbicDocument to = ix.find(toId).orElse(null);
      if (to == null || to == from) {
        return;
      }
      Docs.DatedField a = Docs.eventDate(from);
      Docs.DatedField b = Docs.readyDate(to);
      if (a != null && b != null && a.date.isBefore(b.date)) {
        ctx.report(
            ctx.pointerOf(from) + "/" + a.field,
            from,
            null,
            args("reference", ix.pointer(to) + "/" + b.field));
      }
    }

    @Override
    public void checkCase(CaseFile cf, RuleContext ctx) {
      CaseIndex ix = index(cf, ctx);
      for (BbicDocument doc : ix.documents()) {
        for (UUID ref : references(doc)) {
          order(ctx, ix, doc, ref);
        }
      }
    }
  }

  /** The documents a document refers to. */
  static List<UUID> references(BbicDocument doc) {
    java.util.ArrayList<UUID> out = new java.util.ArrayList<>();
    if (doc instanceof InvestigationPlan) {
      out.addAll(((InvestigationPlan) doc).initiatedBy());
    } else if (doc instanceof Investigation) {
      out.addAll(((Investigation) doc).initiatedBy());
      out.add(((Investigation) doc).planId());
    } else if (doc instanceof Decision) {
      out.add(((Decision) doc).investigationId());
    } else if (doc instanceof CarePlan) {
      out.add(((CarePlan) doc).decisionId());
    } else if (doc instanceof AssignmentToProvider) {
      out.add(((AssignmentToProvider) doc).decisionId());
    } else if (doc instanceof ImplementationPlan) {
      ImplementationPlan p = (ImplementationPlan) doc;
      out.add(p.decisionId());
      out.add(p.carePlanId());
      out.add(p.assignmentId());
    } else if (doc instanceof FollowUp) {
      out.add(((FollowUp) doc).planId());
    } else if (doc instanceof Reconsideration) {
      out.add(((Reconsideration) doc).carePlanId());
    } else if (doc instanceof Review) {
      out.add(((Review) doc).decisionId());
    } else if (doc instanceof ChildSituationFollowUp) {
      out.add(((ChildSituationFollowUp) doc).referenceId());
    }
    out.removeIf(Objects::isNull);
    return out;
  }

  /** BBIC-CASE-005: plan goals concern need areas that an investigation assessed. */
  static final class GoalNeedAreaRule extends BaseRule {
    GoalNeedAreaRule() {
      super("BBIC-CASE-005", Severity.WARNING, ValidationLevel.DRAFT, null);
    }

    @Override
    public void checkCase(CaseFile cf, RuleContext ctx) {
      Set<NeedArea> assessed = new HashSet<>();
      for (Investigation inv : cf.investigations()) {
        if (inv != null) {
          for (NeedAreaAssessment a : inv.assessments()) {
            if (a != null && a.area() != null) {
              assessed.add(a.area());
            }
          }
        }
      }
      if (assessed.isEmpty()) {
        return; // no investigation in the file: nothing to tie goals to
      }
      for (BbicDocument doc : index(cf, ctx).documents()) {
        List<Goal> goals = DocumentRules.goalsOf(doc);
        for (int g = 0; g < goals.size(); g++) {
          if (goals.get(g) == null) {
            continue;
          }
          List<NeedArea> areas = goals.get(g).needAreas();
          for (int i = 0; i < areas.size(); i++) {
            if (areas.get(i) != null && !assessed.contains(areas.get(i))) {
              ctx.report(
                  ctx.pointerOf(doc) + "/goals/" + g + "/needAreas/" + i,
                  doc,
                  null,
                  args("area", areas.get(i).code()));
            }
          }
        }
      }
    }
  }

  /** BBIC-CASE-006: a follow-up's goal outcomes refer to goals of the plan followed up. */
  static final class FollowUpGoalRule extends BaseRule {
    FollowUpGoalRule() {
      super("BBIC-CASE-006", Severity.ERROR, ValidationLevel.DRAFT, null);
    }

    @Override
    public void checkCase(CaseFile cf, RuleContext ctx) {
      CaseIndex ix = index(cf, ctx);
      for (FollowUp f : cf.followUps()) {
        if (f == null || f.planId() == null) {
          continue;
        }
        BbicDocument plan = ix.find(f.planId()).orElse(null);
        if (plan == null) {
          continue; // BBIC-CASE-002 reports it
        }
        Set<String> goalIds =
            DocumentRules.goalsOf(plan).stream()
                .filter(Objects::nonNull)
                .map(Goal::goalId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<GoalFollowUp> outcomes = f.goalFollowUps();
        for (int i = 0; i < outcomes.size(); i++) {
          GoalFollowUp o = outcomes.get(i);
          if (o != null && o.goalId() != null && !goalIds.contains(o.goalId())) {
            ctx.report(
                ctx.pointerOf(f) + "/goalFollowUps/" + i + "/goalId",
                f,
                null,
                args("goalId", o.goalId()));
          }
        }
      }
    }
  }

  /** BBIC-CASE-007: the investigation was communicated before the decision on it. */
  static final class CommunicationBeforeDecisionRule extends BaseRule {
    CommunicationBeforeDecisionRule() {
      super("BBIC-CASE-007", Severity.ERROR, ValidationLevel.DRAFT, "communication");
    }

    @Override
    public void checkCase(CaseFile cf, RuleContext ctx) {
      CaseIndex ix = index(cf, ctx);
      for (Decision d : cf.decisions()) {
        if (d == null || d.investigationId() == null || d.decidedAt() == null) {
          continue;
        }
        BbicDocument target = ix.find(d.investigationId()).orElse(null);
        if (!(target instanceof Investigation)) {
          continue;
        }
        Investigation inv = (Investigation) target;
        if (inv.communication() != null
            && Boolean.TRUE.equals(inv.communication().communicated())
            && inv.communication().communicatedAt() != null
            && inv.communication().communicatedAt().isAfter(d.decidedAt())) {
          ctx.report(
              ix.pointer(inv) + "/communication/communicatedAt",
              inv,
              d.decidedAt(),
              args("decidedAt", d.decidedAt()));
        }
      }
    }
  }

  /** BBIC-CASE-012: a report of suspected violence is followed by an investigation. */
  static final class ViolenceInvestigationRule extends BaseRule {
    ViolenceInvestigationRule() {
      super("BBIC-CASE-012", Severity.ERROR, ValidationLevel.DRAFT, "violence");
    }

    @Override
    public void checkCase(CaseFile cf, RuleContext ctx) {
      Set<UUID> initiating = new HashSet<>();
      for (Investigation inv : cf.investigations()) {
        if (inv != null) {
          initiating.addAll(inv.initiatedBy());
        }
      }
      for (InvestigationPlan p : cf.investigationPlans()) {
        if (p != null) {
          initiating.addAll(p.initiatedBy());
        }
      }
      for (Report r : cf.reports()) {
        if (r == null
            || !Boolean.TRUE.equals(r.suspectedViolence())
            || r.initialAssessment() == null
            || r.initialAssessment().decision() != InitialAssessmentDecision.OPEN_INVESTIGATION
            || r.initialAssessment().decidedAt() == null) {
          continue;
        }
        if (!initiating.contains(Docs.id(r))) {
          ctx.report(
              ctx.pointerOf(r) + "/initialAssessment/decision",
              r,
              Docs.swedishDate(r.receivedAt()),
              args());
        }
      }
    }
  }

  /** The child's age on a date, or -1 when the birth date is unknown. */
  static int age(CaseFile cf, LocalDate on) {
    if (cf.child() == null || cf.child().birthDate() == null || on == null) {
      return -1;
    }
    return java.time.Period.between(cf.child().birthDate(), on).getYears();
  }

  /** The earliest dated event of the case file. */
  static Docs.DatedField caseStart(CaseFile cf, CaseIndex ix, BbicDocument[] holder) {
    Docs.DatedField first = null;
    for (BbicDocument doc : ix.documents()) {
      if (doc instanceof Report || doc instanceof Application) {
        Docs.DatedField f = Docs.eventDate(doc);
        if (f != null && (first == null || f.date.isBefore(first.date))) {
          first = f;
          holder[0] = doc;
        }
      }
    }
    return first;
  }

  /** BBIC-CASE-013: the case began after the child turned 18 (BBIC is optional then). */
  static final class AdultAtStartRule extends BaseRule {
    AdultAtStartRule() {
      super("BBIC-CASE-013", Severity.INFO, ValidationLevel.DRAFT, null);
    }

    @Override
    public void checkCase(CaseFile cf, RuleContext ctx) {
      CaseIndex ix = index(cf, ctx);
      BbicDocument[] holder = new BbicDocument[1];
      Docs.DatedField start = caseStart(cf, ix, holder);
      if (start != null && age(cf, start.date) >= 18) {
        ctx.report(ix.pointer(holder[0]) + "/" + start.field, holder[0], null, args("age", 18));
      }
    }
  }

  /** The birthday on which the child reaches the age {@code limit} (a period of years), or null. */
  static LocalDate birthday(CaseFile cf, java.time.Period limit) {
    if (cf.child() == null || cf.child().birthDate() == null) {
      return null;
    }
    return cf.child().birthDate().plus(limit);
  }

  /**
   * BBIC-CASE-014 (LVU 3 §, under 20) and BBIC-CASE-021 (LVU 2 §, under 18): care under LVU is not
   * decided for a young person who has reached the age LVU 1 § sets for its basis, on the day of
   * the decision.
   */
  static final class LvuAgeRule extends BaseRule {
    private final CareBasis basis;

    LvuAgeRule(String code, CareBasis basis) {
      super(code, Severity.ERROR, ValidationLevel.DRAFT, "lvu-age");
      this.basis = basis;
    }

    @Override
    public void checkCase(CaseFile cf, RuleContext ctx) {
      for (Decision d : cf.decisions()) {
        if (d == null
            || d.legalBasis() != basis
            || d.decidedAt() == null
            || d.kind() == org.openbbic.model.code.DecisionKind.INTERVENTION_ENDED) {
          continue;
        }
        java.util.Optional<java.time.Period> limit =
            org.openbbic.model.law.LegalProvisions.limit("lvu-age", basis.name(), d.decidedAt());
        LocalDate reached = limit.map(l -> birthday(cf, l)).orElse(null);
        if (reached != null && !d.decidedAt().isBefore(reached)) {
          ctx.report(
              ctx.pointerOf(d) + "/decidedAt",
              d,
              d.decidedAt(),
              basis.name(),
              args("age", limit.get().getYears()));
        }
      }
    }
  }

  /**
   * BBIC-CASE-022: care under LVU ends at the latest on the young person's 21st birthday (LVU 21
   * §): no LVU decision, övervägande or omprövning continues it on or after that day.
   */
  static final class LvuCareEndRule extends BaseRule {
    LvuCareEndRule() {
      super("BBIC-CASE-022", Severity.ERROR, ValidationLevel.DRAFT, "lvu-care-end");
    }

    private static boolean lvu(CareBasis b) {
      return b == CareBasis.LVU_2 || b == CareBasis.LVU_3;
    }

    @Override
    public void checkCase(CaseFile cf, RuleContext ctx) {
      for (Decision d : cf.decisions()) {
        if (d != null
            && lvu(d.legalBasis())
            && d.decidedAt() != null
            && d.kind() != org.openbbic.model.code.DecisionKind.INTERVENTION_ENDED) {
          check(cf, ctx, d, "/decidedAt", d.decidedAt());
          if (d.validTo() != null) {
            check(cf, ctx, d, "/validTo", d.validTo());
          }
        }
      }
      for (Reconsideration r : cf.reconsiderations()) {
        if (r != null
            && lvu(r.legalBasis())
            && r.performedAt() != null
            && Boolean.TRUE.equals(r.careStillNeeded())) {
          check(cf, ctx, r, "/careStillNeeded", r.performedAt());
        }
      }
      for (Review r : cf.reviews()) {
        if (r != null
            && r.performedAt() != null
            && r.outcome() == org.openbbic.forms.ReviewOutcome.CARE_CONTINUES) {
          check(cf, ctx, r, "/outcome", r.performedAt());
        }
      }
    }

    private static void check(
        CaseFile cf, RuleContext ctx, BbicDocument doc, String field, LocalDate day) {
      java.util.Optional<java.time.Period> limit =
          org.openbbic.model.law.LegalProvisions.limit("lvu-care-end", null, day);
      LocalDate reached = limit.map(l -> birthday(cf, l)).orElse(null);
      if (reached != null && !day.isBefore(reached)) {
        ctx.report(ctx.pointerOf(doc) + field, doc, day, args("age", limit.get().getYears()));
      }
    }
  }

  /** BBIC-CASE-015: no BBIC document is dated on or after the child's 21st birthday. */
  static final class Age21Rule extends BaseRule {
    Age21Rule() {
      super("BBIC-CASE-015", Severity.WARNING, ValidationLevel.DRAFT, null);
    }

    @Override
    public void checkCase(CaseFile cf, RuleContext ctx) {
      for (BbicDocument doc : index(cf, ctx).documents()) {
        Docs.DatedField f = Docs.eventDate(doc);
        if (f != null && age(cf, f.date) >= 21) {
          ctx.report(ctx.pointerOf(doc) + "/" + f.field, doc, null, args("age", 21));
        }
      }
    }
  }

  /** Days after an investigation closed within which a new one on the same matter is suspect. */
  static final int CIRCUMVENTION_DAYS = 30;

  /**
   * BBIC-CASE-016: a new investigation on the same question opened right after one closed (JO has
   * criticised this as a way around the four-month limit).
   */
  static final class CircumventionRule extends BaseRule {
    CircumventionRule() {
      super("BBIC-CASE-016", Severity.WARNING, ValidationLevel.DRAFT, "investigation-deadline");
    }

    private static Set<String> questions(Investigation inv) {
      return inv.questions().stream()
          .filter(Objects::nonNull)
          .map(q -> q.strip().toLowerCase(Locale.ROOT))
          .filter(q -> !q.isEmpty())
          .collect(Collectors.toSet());
    }

    @Override
    public void checkCase(CaseFile cf, RuleContext ctx) {
      List<Investigation> all =
          cf.investigations().stream().filter(Objects::nonNull).collect(Collectors.toList());
      Map<Investigation, Set<String>> q = new HashMap<>();
      all.forEach(i -> q.put(i, questions(i)));
      for (Investigation later : all) {
        if (later.openedAt() == null) {
          continue;
        }
        for (Investigation earlier : all) {
          if (earlier == later || earlier.completedAt() == null) {
            continue;
          }
          LocalDate closed = earlier.completedAt();
          boolean soonAfter =
              !later.openedAt().isBefore(closed)
                  && !later.openedAt().isAfter(closed.plusDays(CIRCUMVENTION_DAYS));
          if (!soonAfter) {
            continue;
          }
          boolean sameMatter =
              later.initiatedBy().stream().anyMatch(earlier.initiatedBy()::contains)
                  || q.get(later).stream().anyMatch(q.get(earlier)::contains);
          if (sameMatter) {
            ctx.report(
                ctx.pointerOf(later) + "/openedAt",
                later,
                later.openedAt(),
                args("closedAt", closed, "days", CIRCUMVENTION_DAYS));
            break;
          }
        }
      }
    }
  }

  /** Placement forms whose care plan needs a genomförandeplan (HVB, stödboende, familjehem). */
  static final Set<org.openbbic.model.code.PlacementForm> NEEDS_IMPLEMENTATION_PLAN =
      Set.of(
          org.openbbic.model.code.PlacementForm.FAMILY_HOME,
          org.openbbic.model.code.PlacementForm.HVB,
          org.openbbic.model.code.PlacementForm.SUPPORTED_HOUSING);

  /**
   * BBIC-CASE-018: a placement in a family home, HVB or supported housing has a genomförandeplan
   * for the placement that refers to its care plan.
   */
  static final class PlacementImplementationPlanRule extends BaseRule {
    PlacementImplementationPlanRule() {
      super("BBIC-CASE-018", Severity.WARNING, ValidationLevel.COMPLETE, "implementation-plan");
    }

    @Override
    Set<Severity> alsoReportedAs() {
      return Set.of(Severity.ERROR);
    }

    @Override
    public void checkCase(CaseFile cf, RuleContext ctx) {
      Set<UUID> planned = new HashSet<>();
      for (ImplementationPlan p : cf.implementationPlans()) {
        if (p != null
            && p.kind() == org.openbbic.forms.ImplementationPlanKind.PLACEMENT
            && p.carePlanId() != null) {
          planned.add(p.carePlanId());
        }
      }
      CaseIndex ix = index(cf, ctx);
      for (CarePlan cp : cf.carePlans()) {
        if (cp != null
            && cp.placementStart() != null
            && cp.placementForm() != null // Set.of(...).contains(null) throws
            && NEEDS_IMPLEMENTATION_PLAN.contains(cp.placementForm())
            && Docs.id(cp) != null
            && !planned.contains(Docs.id(cp))) {
          ctx.report(
              ix.pointer(cp) + "/placementForm",
              cp,
              cp.placementStart(),
              null,
              planSeverity(ctx, cp.decidedAt() != null ? cp.decidedAt() : cp.placementStart()),
              args("placementForm", cp.placementForm()));
        }
      }
    }
  }

  /**
   * BBIC-CASE-019: nothing but a new case follows a closure. A document dated after the case was
   * closed is an error unless a new report or application came in between (the follow-up of a
   * child's situation after a closed investigation or ended placement is by law after the case).
   */
  static final class AfterClosureRule extends BaseRule {
    AfterClosureRule() {
      super("BBIC-CASE-019", Severity.ERROR, ValidationLevel.DRAFT, null);
    }

    @Override
    public void checkCase(CaseFile cf, RuleContext ctx) {
      List<LocalDate> closures =
          cf.closures().stream()
              .filter(Objects::nonNull)
              .map(org.openbbic.forms.Closure::closedAt)
              .filter(Objects::nonNull)
              .sorted()
              .toList();
      if (closures.isEmpty()) {
        return;
      }
      CaseIndex ix = index(cf, ctx);
      List<LocalDate> newCases = new java.util.ArrayList<>();
      for (BbicDocument doc : ix.documents()) {
        if (doc instanceof Report || doc instanceof Application) {
          Docs.DatedField f = Docs.eventDate(doc);
          if (f != null) {
            newCases.add(f.date);
          }
        }
      }
      for (BbicDocument doc : ix.documents()) {
        if (doc instanceof Report
            || doc instanceof Application
            || doc instanceof ChildSituationFollowUp
            || doc instanceof org.openbbic.forms.BasicData) {
          continue;
        }
        Docs.DatedField f = Docs.eventDate(doc);
        if (f == null) {
          continue;
        }
        LocalDate closed = null;
        for (LocalDate c : closures) {
          if (c.isBefore(f.date)) {
            closed = c; // the latest closure before the document
          }
        }
        final LocalDate after = closed;
        if (after != null
            && newCases.stream().noneMatch(d -> d.isAfter(after) && !d.isAfter(f.date))) {
          ctx.report(ctx.pointerOf(doc) + "/" + f.field, doc, null, args("closedAt", after));
        }
      }
    }
  }

  /**
   * The severity of a missing plan for a placement decided on {@code decided}: a WARNING while the
   * decision is recent, an ERROR once the library's grace period ({@code policy.tsv}) has passed on
   * the as-of day.
   */
  static Severity planSeverity(RuleContext ctx, LocalDate decided) {
    if (decided == null || ctx.asOf().isEmpty()) {
      return Severity.WARNING;
    }
    LocalDate limit = decided.plus(Policy.period("placement-plans"));
    return ctx.asOf().get().isAfter(limit) ? Severity.ERROR : Severity.WARNING;
  }

  /**
   * BBIC-CASE-023: a decision to place the child has a vårdplan that refers to it (SoL 11 kap. 3
   * §): a WARNING while the decision is recent, an ERROR after the grace period of {@code
   * policy.tsv}.
   */
  static final class PlacementCarePlanRule extends BaseRule {
    PlacementCarePlanRule() {
      super("BBIC-CASE-023", Severity.WARNING, ValidationLevel.COMPLETE, "care-plan");
    }

    @Override
    Set<Severity> alsoReportedAs() {
      return Set.of(Severity.ERROR);
    }

    @Override
    public void checkCase(CaseFile cf, RuleContext ctx) {
      for (Decision d : DeadlineEngine.unplannedPlacements(cf, null)) {
        ctx.report(
            ctx.pointerOf(d) + "/interventionKinds",
            d,
            d.decidedAt(),
            null,
            planSeverity(ctx, d.decidedAt()),
            args("days", Policy.period("placement-plans").getDays()));
      }
    }
  }

  /**
   * BBIC-CASE-024: each goal of a genomförandeplan traces to a goal of the vårdplan or the
   * assignment it refers to (by goal id); one finding per goal that does not.
   */
  static final class ImplementationGoalTraceRule extends BaseRule {
    ImplementationGoalTraceRule() {
      super("BBIC-CASE-024", Severity.ERROR, ValidationLevel.DRAFT, null);
    }

    @Override
    public void checkCase(CaseFile cf, RuleContext ctx) {
      CaseIndex ix = index(cf, ctx);
      for (ImplementationPlan p : cf.implementationPlans()) {
        if (p == null) {
          continue;
        }
        Set<String> traced = new HashSet<>();
        boolean referred = false;
        for (UUID ref : java.util.Arrays.asList(p.carePlanId(), p.assignmentId())) {
          BbicDocument target = ix.find(ref).orElse(null);
          if (target instanceof CarePlan || target instanceof AssignmentToProvider) {
            referred = true;
            DocumentRules.goalsOf(target).stream()
                .filter(Objects::nonNull)
                .map(Goal::goalId)
                .filter(Objects::nonNull)
                .forEach(traced::add);
          }
        }
        if (!referred) {
          continue; // BBIC-CASE-002 reports a reference of the wrong kind
        }
        List<Goal> goals = p.goals();
        for (int i = 0; i < goals.size(); i++) {
          Goal g = goals.get(i);
          if (g != null
              && g.goalId() != null
              && g.goalId().matches(Goal.ID_PATTERN) // a malformed id is BBIC-FLD-004 alone
              && !traced.contains(g.goalId())) {
            ctx.report(
                ctx.pointerOf(p) + "/goals/" + i + "/goalId", p, null, args("goalId", g.goalId()));
          }
        }
      }
    }
  }

  /** The built-in case rules, in order. */
  static List<BaseRule> all() {
    return List.of(
        new OneChildRule(),
        new ReferenceRule(),
        new UniqueIdRule(),
        new ChainOrderRule(),
        new GoalNeedAreaRule(),
        new FollowUpGoalRule(),
        new CommunicationBeforeDecisionRule(),
        new DeadlineRule(DeadlineKind.RECONSIDERATION),
        new DeadlineRule(DeadlineKind.LVU_RECONSIDERATION),
        new DeadlineRule(DeadlineKind.LVU_REVIEW),
        new DeadlineRule(DeadlineKind.CARE_PLAN_REVISION),
        new ViolenceInvestigationRule(),
        new AdultAtStartRule(),
        new LvuAgeRule("BBIC-CASE-014", CareBasis.LVU_3),
        new Age21Rule(),
        new CircumventionRule(),
        new DeadlineRule(DeadlineKind.CUSTODY_TRANSFER),
        new PlacementImplementationPlanRule(),
        new AfterClosureRule(),
        new LvuAgeRule("BBIC-CASE-021", CareBasis.LVU_2),
        new LvuCareEndRule(),
        new PlacementCarePlanRule(),
        new ImplementationGoalTraceRule());
  }
}
