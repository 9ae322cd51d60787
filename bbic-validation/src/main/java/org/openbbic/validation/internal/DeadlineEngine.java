package org.openbbic.validation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CarePlan;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Closure;
import org.openbbic.forms.Decision;
import org.openbbic.forms.FormType;
import org.openbbic.forms.InitialAssessment;
import org.openbbic.forms.InitialAssessmentDecision;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.Reconsideration;
import org.openbbic.forms.Report;
import org.openbbic.forms.ReportKind;
import org.openbbic.forms.Review;
import org.openbbic.forms.ReviewOutcome;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.model.code.CareBasis;
import org.openbbic.model.code.DecisionKind;
import org.openbbic.model.code.PlacementForm;
import org.openbbic.model.law.LegalBasis;
import org.openbbic.model.law.LegalProvisions;
import org.openbbic.model.law.StatutoryPeriod;
import org.openbbic.validation.Deadline;
import org.openbbic.validation.DeadlineKind;
import org.openbbic.validation.DeadlineStatus;

/**
 * Computes statutory deadlines (calendar days and months, Swedish local dates): the one judgement
 * of deadlines that both the {@link org.openbbic.validation.DeadlineCalendar} and the deadline
 * rules read. Stateless and thread-safe.
 *
 * <p>Every time limit and its due day come from {@link StatutoryPeriod} (the periods of {@code
 * legal-provisions.tsv}, which statistics and the test kit read too): the limit of the provision in
 * force on the day the deadline began, or on its due day for a duty that began during the period
 * ({@link DeadlineKind#judgedOnDueDate()}); without a provision that sets a limit there is no
 * deadline. A deadline of {@code n} days from day {@code D} is met on {@code D + n} and missed on
 * {@code D + n + 1}; {@code n} months clamps to the last day of a shorter month (31 October + 4
 * months = 28 or 29 February).
 */
public final class DeadlineEngine {

  private static final int MAX_CYCLES = 200;

  private DeadlineEngine() {}

  /**
   * The provision and due date of a deadline of {@code kind} that began on {@code start}, or {@code
   * null} when no provision in force sets its limit (or the kind's period differs by care basis).
   */
  public static StatutoryPeriod.Term limit(DeadlineKind kind, LocalDate start) {
    return kind.period().flatMap(p -> p.from(start)).orElse(null);
  }

  private static LocalDate dueDate(StatutoryPeriod period, LocalDate start) {
    return period.from(start).map(StatutoryPeriod.Term::due).orElse(null);
  }

  /** The due date of a deadline of {@code kind} begun on {@code start}, or {@code null}. */
  public static LocalDate dueDate(DeadlineKind kind, LocalDate start) {
    StatutoryPeriod.Term l = limit(kind, start);
    return l == null ? null : l.due();
  }

  /** The day whose provision a deadline cites: its start, or its due day. */
  public static LocalDate lawDate(Deadline d) {
    return d.kind().judgedOnDueDate() ? d.dueDate() : d.startDate();
  }

  /** The protection-assessment deadline of an anmälan, or {@code null} when none applies. */
  public static Deadline protection(Report r, String prefix, LocalDate asOf, int dueSoonDays) {
    if (r.kind() != ReportKind.ANMALAN || r.receivedAt() == null) {
      return null;
    }
    LocalDate start = Docs.swedishDate(r.receivedAt());
    LocalDate met =
        r.protectionAssessment() == null
            ? null
            : Docs.swedishDate(r.protectionAssessment().assessedAt());
    return make(
        DeadlineKind.PROTECTION_ASSESSMENT,
        r,
        prefix + "/protectionAssessment/assessedAt",
        start,
        met,
        false,
        asOf,
        dueSoonDays);
  }

  /**
   * The 14-day deadline of the decision after the initial assessment, or {@code null} when none
   * applies (not an anmälan, or the decision says an investigation of the child is already
   * ongoing). A documented extension reason ("synnerliga skäl") keeps the deadline but excuses a
   * late decision: its status is then {@link DeadlineStatus#MET_EXCUSED}.
   */
  public static Deadline initialAssessment(
      Report r, String prefix, LocalDate asOf, int dueSoonDays) {
    if (r.kind() != ReportKind.ANMALAN || r.receivedAt() == null) {
      return null;
    }
    InitialAssessment ia = r.initialAssessment();
    if (ia != null && ia.decision() == InitialAssessmentDecision.INVESTIGATION_ALREADY_ONGOING) {
      return null;
    }
    LocalDate start = Docs.swedishDate(r.receivedAt());
    LocalDate met = ia == null ? null : ia.decidedAt();
    return make(
        DeadlineKind.INITIAL_ASSESSMENT,
        r,
        prefix + "/initialAssessment/decidedAt",
        start,
        met,
        initialAssessmentExcused(r),
        asOf,
        dueSoonDays);
  }

  /**
   * Whether an investigation of the child was ongoing on {@code date} (opened on or before it and
   * not completed before it): then no decision on opening one is due.
   */
  public static boolean investigationOngoing(CaseFile cf, LocalDate date) {
    if (cf == null || date == null) {
      return false;
    }
    return cf.investigations().stream()
        .filter(Objects::nonNull)
        .anyMatch(
            i ->
                i.openedAt() != null
                    && i.openedAt().isBefore(date)
                    && (i.completedAt() == null || !i.completedAt().isBefore(date)));
  }

  /** Whether a late initial-assessment decision documents exceptional reasons. */
  public static boolean initialAssessmentExcused(Report r) {
    return r.initialAssessment() != null && !Docs.blank(r.initialAssessment().extensionReason());
  }

  /**
   * The four-month deadline of an investigation, or the end date of its extension, or {@code null}
   * without an opening date.
   */
  public static Deadline investigation(
      Investigation inv, String prefix, LocalDate asOf, int dueSoonDays) {
    if (inv.openedAt() == null) {
      return null;
    }
    StatutoryPeriod.Term limit = limit(DeadlineKind.INVESTIGATION, inv.openedAt());
    if (limit == null) {
      return null;
    }
    LocalDate due = limit.due();
    if (inv.extension() != null && inv.extension().newEndDate() != null) {
      due = inv.extension().newEndDate();
    }
    return make(
        DeadlineKind.INVESTIGATION,
        inv,
        prefix + "/completedAt",
        inv.openedAt(),
        due,
        inv.completedAt(),
        false,
        limit.basis(),
        asOf,
        dueSoonDays);
  }

  /** Every deadline of a case file on {@code asOf} ({@code null}: only what is met is judged). */
  public static List<Deadline> forCase(CaseFile cf, LocalDate asOf, int dueSoonDays) {
    return forCase(CaseIndex.of(cf), asOf, dueSoonDays);
  }

  /** {@link #forCase(CaseFile, LocalDate, int)} over an index already built. */
  static List<Deadline> forCase(CaseIndex index, LocalDate asOf, int dueSoonDays) {
    CaseFile cf = index.caseFile();
    List<Deadline> out = new ArrayList<>();
    for (Report r : cf.reports()) {
      if (r == null) {
        continue;
      }
      String p = index.pointer(r);
      addIfPresent(out, protection(r, p, asOf, dueSoonDays));
      if (!investigationOngoing(cf, Docs.swedishDate(r.receivedAt()))) {
        addIfPresent(out, initialAssessment(r, p, asOf, dueSoonDays));
      }
    }
    for (Investigation inv : cf.investigations()) {
      if (inv != null) {
        addIfPresent(out, investigation(inv, index.pointer(inv), asOf, dueSoonDays));
      }
    }
    LocalDate closedAt = firstClosure(cf);
    out.addAll(placementCycles(cf, index, CareBasis.SOL, asOf, dueSoonDays, closedAt));
    out.addAll(placementCycles(cf, index, CareBasis.LVU_2, asOf, dueSoonDays, closedAt));
    out.addAll(reviewCycles(cf, index, asOf, dueSoonDays, closedAt));
    out.addAll(carePlanRevisions(cf, index, asOf, dueSoonDays, closedAt));
    out.addAll(custodyTransfers(cf, index, CareBasis.SOL, asOf, dueSoonDays, closedAt));
    out.addAll(custodyTransfers(cf, index, CareBasis.LVU_2, asOf, dueSoonDays, closedAt));
    return out;
  }

  /**
   * The custody-transfer considerations of family-home placements of one basis: from the day the
   * duty arose (the years of the provision in force then), the first övervägande held from that day
   * is due to consider it, and without one held it is overdue once an övervägande was due (six
   * months after the duty arose); after a consideration, the first övervägande a year later is.
   */
  private static List<Deadline> custodyTransfers(
      CaseFile cf,
      CaseIndex index,
      CareBasis basis,
      LocalDate asOf,
      int dueSoonDays,
      LocalDate closedAt) {
    List<Deadline> out = new ArrayList<>();
    String scope = basis.name();
    StatutoryPeriod arises = StatutoryPeriod.of("custody-transfer", scope).orElseThrow();
    StatutoryPeriod repeat = StatutoryPeriod.of("custody-transfer-repeat", scope).orElseThrow();
    DeadlineKind overvagande =
        basis == CareBasis.SOL ? DeadlineKind.RECONSIDERATION : DeadlineKind.LVU_RECONSIDERATION;
    Map<LocalDate, List<CarePlan>> placements = placements(cf, basis);
    List<LocalDate> starts = new ArrayList<>(placements.keySet());
    for (int i = 0; i < starts.size(); i++) {
      LocalDate placed = starts.get(i);
      List<CarePlan> plans = placements.get(placed);
      CarePlan first = plans.get(0);
      if (first.placementForm() != PlacementForm.FAMILY_HOME) {
        continue;
      }
      List<UUID> planIds = plans.stream().map(Docs::id).collect(Collectors.toList());
      LocalDate nextStart = i + 1 < starts.size() ? starts.get(i + 1) : null;
      LocalDate end = placementEnd(cf, placed, nextStart, closedAt);
      List<Reconsideration> recs =
          reconsiderationsOf(cf, planIds, basis).stream()
              .filter(r -> !r.performedAt().isBefore(placed))
              .collect(Collectors.toList());
      LocalDate from = dueDate(arises, placed);
      for (int cycle = 0; from != null && cycle < MAX_CYCLES; cycle++) {
        if (end != null && end.isBefore(from)) {
          break; // the placement ended before the duty arose
        }
        final LocalDate since = from;
        Reconsideration held =
            recs.stream().filter(r -> !r.performedAt().isBefore(since)).findFirst().orElse(null);
        if (held != null && end != null && held.performedAt().isAfter(end)) {
          held = null;
        }
        Reconsideration considered =
            recs.stream()
                .filter(r -> !r.performedAt().isBefore(since))
                .filter(r -> Boolean.TRUE.equals(r.custodyTransferConsidered()))
                .findFirst()
                .orElse(null);
        if (held == null && end != null) {
          break; // ended with no övervägande held after the duty arose
        }
        LocalDate due = held != null ? held.performedAt() : dueDate(overvagande, from);
        if (due == null) {
          break;
        }
        List<LegalBasis> law = LegalProvisions.inForce("custody-transfer", scope, due);
        if (law.isEmpty()) {
          break;
        }
        BbicDocument owner = held != null ? held : first;
        String pointer =
            held != null
                ? index.pointer(held) + "/custodyTransferConsidered"
                : index.pointer(first) + "/placementStart";
        LocalDate met = considered == null ? null : considered.performedAt();
        out.add(
            make(
                DeadlineKind.CUSTODY_TRANSFER,
                owner,
                pointer,
                from,
                due,
                met,
                false,
                law.get(0),
                asOf,
                dueSoonDays));
        if (considered == null || Boolean.FALSE.equals(considered.careStillNeeded())) {
          break;
        }
        // the next consideration is due at the first övervägande a year after the last one
        LocalDate last = considered.performedAt();
        for (Reconsideration r : recs) {
          LocalDate yearAfterLast = dueDate(repeat, last);
          if (yearAfterLast != null
              && r.performedAt().isAfter(last)
              && r.performedAt().isBefore(yearAfterLast)
              && Boolean.TRUE.equals(r.custodyTransferConsidered())) {
            last = r.performedAt();
          }
        }
        from = dueDate(repeat, last);
      }
    }
    return out;
  }

  private static void addIfPresent(List<Deadline> out, Deadline d) {
    if (d != null) {
      out.add(d);
    }
  }

  private static LocalDate firstClosure(CaseFile cf) {
    return cf.closures().stream()
        .filter(Objects::nonNull)
        .map(Closure::closedAt)
        .filter(Objects::nonNull)
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.isBefore(b) ? a : b;
  }

  /** Care plans of one basis with a placement start, the first of each placement start. */
  private static Map<LocalDate, List<CarePlan>> placements(CaseFile cf, CareBasis basis) {
    Map<LocalDate, List<CarePlan>> map = new LinkedHashMap<>();
    cf.carePlans().stream()
        .filter(Objects::nonNull)
        .filter(cp -> cp.legalBasis() == basis && cp.placementStart() != null)
        .sorted(Comparator.comparing(CarePlan::placementStart))
        .forEach(cp -> map.computeIfAbsent(cp.placementStart(), k -> new ArrayList<>()).add(cp));
    return map;
  }

  private static LocalDate interventionEnded(CaseFile cf, LocalDate after) {
    return cf.decisions().stream()
        .filter(Objects::nonNull)
        .filter(d -> d.kind() == DecisionKind.INTERVENTION_ENDED && d.decidedAt() != null)
        .map(Decision::decidedAt)
        .filter(d -> !d.isBefore(after))
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  /** Övervägande cycles of SoL placements and LVU 2 § care, every six months. */
  private static List<Deadline> placementCycles(
      CaseFile cf,
      CaseIndex index,
      CareBasis basis,
      LocalDate asOf,
      int dueSoonDays,
      LocalDate closedAt) {
    DeadlineKind kind =
        basis == CareBasis.SOL ? DeadlineKind.RECONSIDERATION : DeadlineKind.LVU_RECONSIDERATION;
    List<Deadline> out = new ArrayList<>();
    Map<LocalDate, List<BbicDocument>> placements = new java.util.TreeMap<>();
    placements(cf, basis).forEach((day, plans) -> placements.put(day, new ArrayList<>(plans)));
    for (Decision d : unplannedPlacements(cf, basis)) {
      placements.computeIfAbsent(placementDay(d), k -> new ArrayList<>()).add(d);
    }
    List<LocalDate> starts = new ArrayList<>(placements.keySet());
    for (int i = 0; i < starts.size(); i++) {
      LocalDate start = starts.get(i);
      BbicDocument first = placements.get(start).get(0);
      List<UUID> planIds =
          placements.get(start).stream().map(Docs::id).collect(Collectors.toList());
      LocalDate nextStart = i + 1 < starts.size() ? starts.get(i + 1) : null;
      LocalDate end = placementEnd(cf, start, nextStart, closedAt);
      List<Reconsideration> recs =
          reconsiderationsOf(cf, planIds, basis).stream()
              .filter(r -> r.performedAt().isAfter(start))
              .collect(Collectors.toList());
      LocalDate prev = start;
      BbicDocument owner = first;
      String pointer = index.pointer(first) + startField(first);
      for (int cycle = 0; cycle < MAX_CYCLES; cycle++) {
        StatutoryPeriod.Term limit = limit(kind, prev);
        if (limit == null) {
          break; // no provision in force sets the interval
        }
        LocalDate due = limit.due();
        if (end != null && !end.isAfter(due)) {
          // The placement ended on or before the due date; an övervägande done before the end
          // still counts as met.
          Reconsideration r = nextAfter(recs, prev);
          if (r != null && !r.performedAt().isAfter(end)) {
            out.add(
                make(
                    kind,
                    r,
                    index.pointer(r) + "/performedAt",
                    prev,
                    due,
                    r.performedAt(),
                    false,
                    limit.basis(),
                    asOf,
                    dueSoonDays));
          }
          break;
        }
        Reconsideration r = nextAfter(recs, prev);
        if (r == null) {
          out.add(
              make(kind, owner, pointer, prev, due, null, false, limit.basis(), asOf, dueSoonDays));
          break;
        }
        out.add(
            make(
                kind,
                r,
                index.pointer(r) + "/performedAt",
                prev,
                due,
                r.performedAt(),
                false,
                limit.basis(),
                asOf,
                dueSoonDays));
        if (Boolean.FALSE.equals(r.careStillNeeded())) {
          break;
        }
        prev = r.performedAt();
        owner = r;
        pointer = index.pointer(r) + "/performedAt";
      }
    }
    return out;
  }

  private static Reconsideration nextAfter(List<Reconsideration> recs, LocalDate after) {
    return recs.stream().filter(r -> r.performedAt().isAfter(after)).findFirst().orElse(null);
  }

  /**
   * The day a placement from {@code start} ended: the case's closure (if not before the start), the
   * next placement's start or the decision ending the intervention, whichever comes first; or
   * {@code null} while it goes on.
   */
  private static LocalDate placementEnd(
      CaseFile cf, LocalDate start, LocalDate nextStart, LocalDate closedAt) {
    return earliest(
        earliest(closedAt != null && !closedAt.isBefore(start) ? closedAt : null, nextStart),
        interventionEnded(cf, start));
  }

  /**
   * The dated överväganden of a placement, by date: those referring to one of its documents ({@code
   * planIds}), or referring to none with the placement's {@code basis}.
   */
  private static List<Reconsideration> reconsiderationsOf(
      CaseFile cf, List<UUID> planIds, CareBasis basis) {
    return cf.reconsiderations().stream()
        .filter(Objects::nonNull)
        .filter(r -> r.performedAt() != null)
        .filter(
            r ->
                r.carePlanId() != null ? planIds.contains(r.carePlanId()) : r.legalBasis() == basis)
        .sorted(Comparator.comparing(Reconsideration::performedAt))
        .collect(Collectors.toList());
  }

  /**
   * Decisions to place the child under {@code basis} (any basis when {@code null}) that no care
   * plan refers to: their övervägande or omprövning schedule follows the decision from the day the
   * placement began (validFrom, else decidedAt), so a missing vårdplan does not hide the schedule.
   */
  static List<Decision> unplannedPlacements(CaseFile cf, CareBasis basis) {
    java.util.Set<UUID> planned = new java.util.HashSet<>();
    for (CarePlan cp : cf.carePlans()) {
      if (cp != null && cp.decisionId() != null) {
        planned.add(cp.decisionId());
      }
    }
    return cf.decisions().stream()
        .filter(Objects::nonNull)
        .filter(d -> (basis == null || d.legalBasis() == basis) && placementDay(d) != null)
        .filter(DeadlineEngine::placesChild)
        .filter(d -> Docs.id(d) != null && !planned.contains(Docs.id(d)))
        .sorted(Comparator.comparing(DeadlineEngine::placementDay))
        .collect(Collectors.toList());
  }

  /**
   * Whether a decision places the child: granted (wholly or partly), decided without an
   * application, or the application for care under LVU (the decision the model has for LVU care),
   * with an intervention kind of the placement category.
   */
  static boolean placesChild(Decision d) {
    return (d.kind() == DecisionKind.GRANTED
            || d.kind() == DecisionKind.PARTLY_GRANTED
            || d.kind() == DecisionKind.INTERVENTION_WITHOUT_APPLICATION
            || d.kind() == DecisionKind.APPLICATION_FOR_CARE_LVU)
        && d.interventionKinds().stream()
            .anyMatch(
                k ->
                    k != null
                        && k.category()
                            == org.openbbic.model.code.InterventionKind.Category.PLACEMENT);
  }

  /** The day a placement decision's placement began: validFrom, else decidedAt. */
  static LocalDate placementDay(Decision d) {
    return d.validFrom() != null ? d.validFrom() : d.decidedAt();
  }

  private static String startField(BbicDocument doc) {
    if (BbicModel.get().kindOf(doc).formType() == FormType.DECISION) {
      return ((Decision) doc).validFrom() != null ? "/validFrom" : "/decidedAt";
    }
    return "/placementStart";
  }

  /** Omprövning cycles of LVU 3 § care: within six months of enforcement, then every six. */
  private static List<Deadline> reviewCycles(
      CaseFile cf, CaseIndex index, LocalDate asOf, int dueSoonDays, LocalDate closedAt) {
    List<Review> reviews =
        cf.reviews().stream()
            .filter(Objects::nonNull)
            .filter(r -> r.performedAt() != null)
            .sorted(Comparator.comparing(Review::performedAt))
            .collect(Collectors.toList());
    LocalDate enforced =
        reviews.stream()
            .map(Review::careEnforcedAt)
            .filter(Objects::nonNull)
            .min(Comparator.naturalOrder())
            .orElse(null);
    BbicDocument owner = null;
    String pointer = null;
    Map<LocalDate, List<BbicDocument>> lvu3 = new java.util.TreeMap<>();
    placements(cf, CareBasis.LVU_3).forEach((day, plans) -> lvu3.put(day, new ArrayList<>(plans)));
    for (Decision d : unplannedPlacements(cf, CareBasis.LVU_3)) {
      lvu3.computeIfAbsent(placementDay(d), k -> new ArrayList<>()).add(d);
    }
    if (!lvu3.isEmpty()) {
      LocalDate first = lvu3.keySet().iterator().next();
      if (enforced == null || first.isBefore(enforced)) {
        enforced = first;
      }
      BbicDocument doc = lvu3.values().iterator().next().get(0);
      owner = doc;
      pointer = index.pointer(doc) + startField(doc);
    }
    if (enforced == null) {
      return List.of();
    }
    if (owner == null) {
      owner = reviews.get(0);
      pointer = index.pointer(owner) + "/careEnforcedAt";
    }
    LocalDate end =
        earliest(
            closedAt != null && !closedAt.isBefore(enforced) ? closedAt : null,
            interventionEnded(cf, enforced));
    List<Deadline> out = new ArrayList<>();
    LocalDate prev = enforced;
    for (int cycle = 0; cycle < MAX_CYCLES; cycle++) {
      StatutoryPeriod.Term limit = limit(DeadlineKind.LVU_REVIEW, prev);
      if (limit == null) {
        break;
      }
      LocalDate due = limit.due();
      final LocalDate after = prev;
      Review r =
          reviews.stream().filter(x -> x.performedAt().isAfter(after)).findFirst().orElse(null);
      if (end != null && !end.isAfter(due)) {
        if (r != null && !r.performedAt().isAfter(end)) {
          out.add(
              make(
                  DeadlineKind.LVU_REVIEW,
                  r,
                  index.pointer(r) + "/performedAt",
                  prev,
                  due,
                  r.performedAt(),
                  false,
                  limit.basis(),
                  asOf,
                  dueSoonDays));
        }
        break;
      }
      if (r == null) {
        out.add(
            make(
                DeadlineKind.LVU_REVIEW,
                owner,
                pointer,
                prev,
                due,
                null,
                false,
                limit.basis(),
                asOf,
                dueSoonDays));
        break;
      }
      out.add(
          make(
              DeadlineKind.LVU_REVIEW,
              r,
              index.pointer(r) + "/performedAt",
              prev,
              due,
              r.performedAt(),
              false,
              limit.basis(),
              asOf,
              dueSoonDays));
      if (r.outcome() == ReviewOutcome.CARE_ENDS) {
        break;
      }
      prev = r.performedAt();
      owner = r;
      pointer = index.pointer(r) + "/performedAt";
    }
    return out;
  }

  /** A placement's care plan is revised at the latest two years after the placement began. */
  private static List<Deadline> carePlanRevisions(
      CaseFile cf, CaseIndex index, LocalDate asOf, int dueSoonDays, LocalDate closedAt) {
    List<Deadline> out = new ArrayList<>();
    for (CareBasis basis : CareBasis.values()) {
      for (Map.Entry<LocalDate, List<CarePlan>> e : placements(cf, basis).entrySet()) {
        LocalDate start = e.getKey();
        StatutoryPeriod.Term limit = limit(DeadlineKind.CARE_PLAN_REVISION, start);
        if (limit == null) {
          continue; // the revision duty (from 1 March 2021) was not in force on the due day
        }
        LocalDate due = limit.due();
        List<CarePlan> plans = e.getValue();
        CarePlan first =
            plans.stream()
                .filter(cp -> cp.decidedAt() != null)
                .min(Comparator.comparing(CarePlan::decidedAt))
                .orElse(plans.get(0));
        LocalDate revised =
            plans.stream()
                .filter(cp -> cp != first && cp.decidedAt() != null)
                .filter(
                    cp -> first.decidedAt() == null || cp.decidedAt().isAfter(first.decidedAt()))
                .map(CarePlan::decidedAt)
                .min(Comparator.naturalOrder())
                .orElse(null);
        LocalDate end = earliest(closedAt, interventionEnded(cf, start));
        if (revised == null && end != null && !end.isAfter(due) && !end.isBefore(start)) {
          continue; // the placement ended before a revision was due
        }
        out.add(
            make(
                DeadlineKind.CARE_PLAN_REVISION,
                first,
                index.pointer(first) + "/reviseBy",
                start,
                due,
                revised,
                false,
                limit.basis(),
                asOf,
                dueSoonDays));
      }
    }
    return out;
  }

  /**
   * A deadline whose limit is set by the provision in force (see {@link #limit}), or {@code null}
   * when none is.
   */
  static Deadline make(
      DeadlineKind kind,
      BbicDocument doc,
      String pointer,
      LocalDate start,
      LocalDate met,
      boolean excused,
      LocalDate asOf,
      int dueSoonDays) {
    StatutoryPeriod.Term limit = limit(kind, start);
    if (limit == null) {
      return null;
    }
    return make(
        kind, doc, pointer, start, limit.due(), met, excused, limit.basis(), asOf, dueSoonDays);
  }

  /**
   * A deadline with its status on {@code asOf}: met in time, met late (or excused, when the law
   * allows the delay for reasons recorded), open, due soon or overdue.
   */
  public static Deadline make(
      DeadlineKind kind,
      BbicDocument doc,
      String pointer,
      LocalDate start,
      LocalDate due,
      LocalDate met,
      boolean excused,
      LegalBasis basis,
      LocalDate asOf,
      int dueSoonDays) {
    DeadlineStatus status;
    if (met != null) {
      status =
          !met.isAfter(due)
              ? DeadlineStatus.MET
              : excused ? DeadlineStatus.MET_EXCUSED : DeadlineStatus.MET_LATE;
    } else if (asOf == null) {
      status = DeadlineStatus.OPEN;
    } else if (due.isBefore(asOf)) {
      status = DeadlineStatus.OVERDUE;
    } else if (!due.isAfter(asOf.plusDays(dueSoonDays))) {
      status = DeadlineStatus.DUE_SOON;
    } else {
      status = DeadlineStatus.OPEN;
    }
    return Deadline.of(kind, Docs.id(doc), pointer, start, due, met, basis, status);
  }
}
