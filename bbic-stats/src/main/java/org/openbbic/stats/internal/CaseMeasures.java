package org.openbbic.stats.internal;

import static org.openbbic.stats.internal.Dates.by;
import static org.openbbic.stats.internal.Dates.swedish;
import static org.openbbic.stats.internal.Dates.within;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.openbbic.forms.Application;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CarePlan;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.ChildConversation;
import org.openbbic.forms.Closure;
import org.openbbic.forms.Decision;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.FollowUp;
import org.openbbic.forms.ImplementationPlan;
import org.openbbic.forms.InitialAssessment;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.NeedAreaAssessment;
import org.openbbic.forms.Report;
import org.openbbic.forms.ReportKind;
import org.openbbic.model.CaseWorker;
import org.openbbic.model.Person;
import org.openbbic.model.PersonId;
import org.openbbic.model.Personnummer;
import org.openbbic.model.Sex;
import org.openbbic.model.code.DecisionKind;
import org.openbbic.model.code.InterventionKind;
import org.openbbic.model.code.TriangleSide;
import org.openbbic.model.law.StatutoryPeriod;
import org.openbbic.stats.Measure;
import org.openbbic.validation.Deadline;
import org.openbbic.validation.DeadlineCalendar;
import org.openbbic.validation.DeadlineKind;
import org.openbbic.validation.DeadlineStatus;

/**
 * What one case file contributes to a follow-up report over a period. A pure function of the case
 * file and the period, so that reports over parts of a set of case files add up to the report over
 * the whole set. Null-safe: a missing value is counted as unknown or left out, never thrown.
 * Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class CaseMeasures {

  /** Decision kinds that grant the interventions they list. */
  public static final Set<DecisionKind> GRANTING =
      EnumSet.of(
          DecisionKind.GRANTED,
          DecisionKind.PARTLY_GRANTED,
          DecisionKind.INTERVENTION_WITHOUT_APPLICATION,
          DecisionKind.IMMEDIATE_CUSTODY_LVU);

  private static final Set<DeadlineKind> FOLLOW_UP_DEADLINES =
      EnumSet.of(
          DeadlineKind.RECONSIDERATION,
          DeadlineKind.LVU_RECONSIDERATION,
          DeadlineKind.LVU_REVIEW,
          DeadlineKind.CARE_PLAN_REVISION);

  private static final String COUNT = Measure.COUNT;
  private static final String UNKNOWN = Measure.UNKNOWN;

  private CaseMeasures() {}

  /** Adds what {@code cf} contributes to the report over {@code [from, to]} to {@code sink}. */
  public static void measure(CaseFile cf, LocalDate from, LocalDate to, MeasureSink sink) {
    Objects.requireNonNull(cf, "caseFile");
    sink.count(Measure.SUMMARY, "CASE_FILES", COUNT);
    List<Deadline> deadlines = calendar(cf, to);
    referrals(cf, from, to, sink);
    initialAssessments(cf, from, to, deadlines, sink);
    investigations(cf, from, to, sink);
    decisions(cf, from, to, sink);
    placements(cf, from, to, sink);
    followUps(cf, from, to, sink);

    CaseState state = CaseState.of(cf, from, to);
    deadlines(deadlines, from, to, state.openAtEnd, sink);
    if (state.openAtEnd) {
      sink.count(Measure.SUMMARY, "OPEN_CASES", COUNT);
      String worker = responsibleCaseWorker(cf, to);
      if (worker == null) {
        sink.count(Measure.SUMMARY, "OPEN_CASES_WITHOUT_CASE_WORKER", COUNT);
      } else {
        sink.caseload(worker);
      }
    }
    if (state.activeInPeriod) {
      clientGroup(cf, from, to, state, sink);
    }
  }

  // ------------------------------------------------------------------ operational

  private static void referrals(CaseFile cf, LocalDate from, LocalDate to, MeasureSink sink) {
    for (Report r : cf.reports()) {
      if (r == null) {
        continue;
      }
      LocalDate received = swedish(r.receivedAt());
      if (!within(received, from, to)) {
        continue;
      }
      sink.count(Measure.REFERRALS_BY_KIND, r.kind() == null ? UNKNOWN : r.kind().name(), COUNT);
      sink.count(
          Measure.REFERRALS_BY_REPORTER,
          r.reporterCategory() == null ? UNKNOWN : r.reporterCategory().name(),
          COUNT);
      Optional<StatutoryPeriod.Term> term = StatutoryPeriod.PROTECTION_ASSESSMENT.from(received);
      if (r.kind() == ReportKind.ANMALAN && term.isPresent()) {
        LocalDate due = term.get().due();
        LocalDate assessed =
            r.protectionAssessment() == null
                ? null
                : swedish(r.protectionAssessment().assessedAt());
        String outcome;
        if (by(assessed, to)) {
          outcome = assessed.isAfter(due) ? "LATE" : "ON_TIME";
        } else {
          outcome = due.isBefore(to) ? "MISSING" : "NOT_YET_DUE";
        }
        sink.count(Measure.PROTECTION_ASSESSMENTS, outcome, COUNT);
      }
    }
    for (Application a : cf.applications()) {
      if (a != null && within(a.receivedDate(), from, to)) {
        sink.count(Measure.REFERRALS_BY_KIND, "ANSOKAN", COUNT);
      }
    }
  }

  /**
   * Initial-assessment decisions by the validator's own judgement of their deadline (the calendar),
   * so that the statistics apply the period and its exceptions as validation does: no deadline for
   * what is not an anmälan or while an investigation of the child is ongoing, a late decision
   * excused for synnerliga skäl.
   */
  private static void initialAssessments(
      CaseFile cf, LocalDate from, LocalDate to, List<Deadline> deadlines, MeasureSink sink) {
    Map<String, Deadline> byPointer = new LinkedHashMap<>();
    if (deadlines != null) {
      for (Deadline d : deadlines) {
        if (d.kind() == DeadlineKind.INITIAL_ASSESSMENT) {
          byPointer.put(d.pointer(), d);
        }
      }
    }
    for (int i = 0; i < cf.reports().size(); i++) {
      Report r = cf.reports().get(i);
      InitialAssessment ia = r == null ? null : r.initialAssessment();
      if (ia == null || !within(ia.decidedAt(), from, to)) {
        continue;
      }
      String row = ia.decision() == null ? UNKNOWN : ia.decision().name();
      Deadline d = byPointer.get("/reports/" + i + "/initialAssessment/decidedAt");
      String column;
      if (r.receivedAt() == null) {
        column = "NO_RECEIPT_DATE";
      } else if (deadlines == null) {
        column = UNKNOWN; // the calendar could not judge this case file
      } else if (d == null) {
        column = "NO_DEADLINE";
      } else if (d.status() == DeadlineStatus.MET) {
        column = "WITHIN_14_DAYS";
      } else if (d.status() == DeadlineStatus.MET_EXCUSED) {
        column = "AFTER_14_DAYS_EXCUSED";
      } else {
        column = "AFTER_14_DAYS";
      }
      sink.count(Measure.INITIAL_ASSESSMENTS, row, column);
    }
  }

  private static void investigations(CaseFile cf, LocalDate from, LocalDate to, MeasureSink sink) {
    for (Investigation inv : cf.investigations()) {
      if (inv == null) {
        continue;
      }
      LocalDate opened = inv.openedAt();
      LocalDate completed = inv.completedAt();
      if (within(opened, from, to)) {
        sink.count(Measure.INVESTIGATIONS, "OPENED", COUNT);
      }
      if (!within(completed, from, to) || opened == null || completed.isBefore(opened)) {
        continue;
      }
      sink.count(Measure.INVESTIGATIONS, "FINISHED", COUNT);
      LocalDate fourMonths = fourMonths(inv);
      if (fourMonths != null && !completed.isAfter(fourMonths)) {
        sink.count(Measure.INVESTIGATIONS, "FINISHED_WITHIN_FOUR_MONTHS", COUNT);
      }
      // the exception of the period: särskilda skäl, an extension decided to a new end date
      LocalDate deadline =
          inv.extension() != null && inv.extension().newEndDate() != null
              ? inv.extension().newEndDate()
              : fourMonths;
      if (deadline != null && !completed.isAfter(deadline)) {
        sink.count(Measure.INVESTIGATIONS, "FINISHED_WITHIN_EXTENDED_DEADLINE", COUNT);
      }
      long days = ChronoUnit.DAYS.between(opened, completed);
      sink.investigationDays(days);
      sink.count(Measure.INVESTIGATION_DURATION, durationBand(days), COUNT);

      boolean conversation = inv.childConversations().stream().anyMatch(Objects::nonNull);
      boolean alone =
          inv.childConversations().stream()
              .filter(Objects::nonNull)
              .map(ChildConversation::alone)
              .anyMatch(Boolean.TRUE::equals);
      if (conversation || !blank(inv.childViews())) {
        sink.count(Measure.CHILDREN_HEARD, "HEARD", COUNT);
        if (alone) {
          sink.count(Measure.CHILDREN_HEARD, "HEARD_ALONE", COUNT);
        }
      } else if (!blank(inv.childViewsNotObtainedReason())) {
        sink.count(Measure.CHILDREN_HEARD, "NOT_HEARD_REASON_GIVEN", COUNT);
      } else {
        sink.count(Measure.CHILDREN_HEARD, "NOT_DOCUMENTED", COUNT);
      }
    }
  }

  /**
   * The due day of an investigation's four months ({@link StatutoryPeriod#INVESTIGATION}) from its
   * opening, or {@code null} without an opening date or a provision in force.
   */
  public static LocalDate fourMonths(Investigation inv) {
    return inv.openedAt() == null
        ? null
        : StatutoryPeriod.INVESTIGATION
            .from(inv.openedAt())
            .map(StatutoryPeriod.Term::due)
            .orElse(null);
  }

  static String durationBand(long days) {
    if (days <= 30) {
      return "DAYS_0_30";
    } else if (days <= 60) {
      return "DAYS_31_60";
    } else if (days <= 90) {
      return "DAYS_61_90";
    } else if (days <= 120) {
      return "DAYS_91_120";
    } else if (days <= 180) {
      return "DAYS_121_180";
    }
    return "DAYS_181_OR_MORE";
  }

  private static void decisions(CaseFile cf, LocalDate from, LocalDate to, MeasureSink sink) {
    for (Decision d : cf.decisions()) {
      if (d == null || !within(d.decidedAt(), from, to)) {
        continue;
      }
      sink.count(Measure.DECISIONS_BY_KIND, d.kind() == null ? UNKNOWN : d.kind().name(), COUNT);
      if (d.kind() != null && GRANTING.contains(d.kind())) {
        for (InterventionKind k : d.interventionKinds()) {
          if (k != null) {
            sink.count(Measure.INTERVENTIONS_BY_KIND, k.code(), COUNT);
          }
        }
      }
    }
  }

  /** Placements: care plans grouped by placement start and legal basis, as the calendar does. */
  private static Map<String, List<CarePlan>> placementGroups(CaseFile cf) {
    Map<String, List<CarePlan>> groups = new LinkedHashMap<>();
    cf.carePlans().stream()
        .filter(cp -> cp != null && cp.placementStart() != null)
        .sorted(Comparator.comparing(CarePlan::placementStart))
        .forEach(
            cp ->
                groups
                    .computeIfAbsent(
                        cp.placementStart() + "/" + cp.legalBasis(), k -> new ArrayList<>())
                    .add(cp));
    return groups;
  }

  private static void placements(CaseFile cf, LocalDate from, LocalDate to, MeasureSink sink) {
    for (List<CarePlan> plans : placementGroups(cf).values()) {
      CarePlan first = plans.get(0);
      LocalDate start = first.placementStart();
      if (!within(start, from, to)) {
        continue;
      }
      sink.count(
          Measure.PLACEMENTS,
          first.placementForm() == null ? UNKNOWN : first.placementForm().name(),
          first.legalBasis() == null ? UNKNOWN : first.legalBasis().name());
      LocalDate decided =
          plans.stream()
              .map(CarePlan::decidedAt)
              .filter(Objects::nonNull)
              .min(Comparator.naturalOrder())
              .orElse(null);
      sink.count(Measure.PLANS_AND_FOLLOW_UPS, "CARE_PLAN", outcome(decided, start, to));
    }
  }

  /**
   * ON_TIME, LATE or NOT_MET for a deadline {@code due}, met on {@code met}, judged at {@code to}.
   */
  private static String outcome(LocalDate met, LocalDate due, LocalDate to) {
    if (!by(met, to)) {
      return "NOT_MET";
    }
    return met.isAfter(due) ? "LATE" : "ON_TIME";
  }

  private static void followUps(CaseFile cf, LocalDate from, LocalDate to, MeasureSink sink) {
    for (ImplementationPlan ip : cf.implementationPlans()) {
      UUID id = id(ip);
      if (ip == null) {
        continue;
      }
      List<LocalDate> planned =
          ip.followUpDates().stream().filter(Objects::nonNull).sorted().toList();
      List<LocalDate> performed =
          id == null
              ? List.of()
              : cf.followUps().stream()
                  .filter(f -> f != null && id.equals(f.planId()) && f.performedAt() != null)
                  .map(FollowUp::performedAt)
                  .sorted()
                  .toList();
      for (int k = 0; k < planned.size(); k++) {
        LocalDate due = planned.get(k);
        if (within(due, from, to)) {
          LocalDate met = k < performed.size() ? performed.get(k) : null;
          sink.count(Measure.PLANS_AND_FOLLOW_UPS, "FOLLOW_UP", outcome(met, due, to));
        }
      }
    }
  }

  /**
   * The deadlines of {@code cf} judged on {@code to}, or {@code null} for a case file too broken
   * for the calendar: it is counted, not thrown (and never logged: the exception may carry its
   * values).
   */
  private static List<Deadline> calendar(CaseFile cf, LocalDate to) {
    try {
      return DeadlineCalendar.of(cf, to).deadlines();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static void deadlines(
      List<Deadline> deadlines, LocalDate from, LocalDate to, boolean openAtEnd, MeasureSink sink) {
    if (deadlines == null) {
      sink.count(Measure.SUMMARY, "CASE_FILES_WITHOUT_DEADLINES", COUNT);
      return;
    }
    boolean overdue = false;
    for (Deadline d : deadlines) {
      LocalDate met = d.metOn().orElse(null);
      if (FOLLOW_UP_DEADLINES.contains(d.kind()) && within(d.dueDate(), from, to)) {
        sink.count(Measure.PLANS_AND_FOLLOW_UPS, d.kind().name(), outcome(met, d.dueDate(), to));
      }
      if (openAtEnd && d.dueDate().isBefore(to) && !by(met, to)) {
        sink.count(Measure.OVERDUE_DEADLINES, d.kind().name(), COUNT);
        overdue = true;
      }
    }
    if (overdue) {
      sink.count(Measure.SUMMARY, "CASES_WITH_OVERDUE_DEADLINES", COUNT);
    }
  }

  /**
   * The key of the case worker responsible for an open case: the basic data's handläggare, else the
   * author of the latest document created by the period's end; staff id first, else name.
   */
  static String responsibleCaseWorker(CaseFile cf, LocalDate to) {
    String key = cf.basicData() == null ? null : workerKey(cf.basicData().caseWorker());
    if (key != null) {
      return key;
    }
    return cf.documents().stream()
        .filter(Objects::nonNull)
        .map(BbicDocument::header)
        .filter(h -> h != null && h.createdAt() != null && by(swedish(h.createdAt()), to))
        .filter(h -> workerKey(h.author()) != null)
        .max(Comparator.comparing(DocumentHeader::createdAt))
        .map(h -> workerKey(h.author()))
        .orElse(null);
  }

  private static String workerKey(CaseWorker w) {
    if (w == null) {
      return null;
    }
    if (!blank(w.staffId())) {
      return "id:" + w.staffId().strip();
    }
    return blank(w.name()) ? null : "name:" + w.name().strip();
  }

  // ------------------------------------------------------------------ client group

  private static void clientGroup(
      CaseFile cf, LocalDate from, LocalDate to, CaseState state, MeasureSink sink) {
    sink.count(Measure.SUMMARY, "CHILDREN", COUNT);
    Person child =
        cf.child() != null ? cf.child() : cf.basicData() == null ? null : cf.basicData().child();
    Optional<Personnummer> number =
        Optional.ofNullable(child).map(Person::id).flatMap(PersonId::personnummer);

    LocalDate birth = child == null ? null : child.birthDate();
    if (birth == null) {
      birth = number.map(Personnummer::date).orElse(null);
    }
    LocalDate ageOn = Dates.max(from, state.start);
    sink.count(Measure.CHILDREN_BY_AGE, ageBand(birth, ageOn), COUNT);

    Optional<Sex> sex = number.flatMap(Personnummer::sex);
    sink.count(Measure.CHILDREN_BY_GENDER, sex.map(Enum::name).orElse(UNKNOWN), COUNT);

    Boolean unaccompanied = cf.basicData() == null ? null : cf.basicData().unaccompaniedMinor();
    sink.count(Measure.UNACCOMPANIED, yesNo(unaccompanied), COUNT);

    // The latest referral received by the period's end.
    Report latestReport =
        cf.reports().stream()
            .filter(r -> r != null && by(swedish(r.receivedAt()), to))
            .max(Comparator.comparing(r -> swedish(r.receivedAt())))
            .orElse(null);
    LocalDate latestApplication =
        cf.applications().stream()
            .filter(a -> a != null && by(a.receivedDate(), to))
            .map(Application::receivedDate)
            .max(Comparator.naturalOrder())
            .orElse(null);
    LocalDate reportDate = latestReport == null ? null : swedish(latestReport.receivedAt());
    if (latestReport != null
        && (latestApplication == null || !reportDate.isBefore(latestApplication))) {
      sink.count(
          Measure.REFERRAL_REASON_KIND,
          latestReport.kind() == null ? UNKNOWN : latestReport.kind().name(),
          COUNT);
      sink.count(
          Measure.REFERRAL_REASON_REPORTER,
          latestReport.reporterCategory() == null
              ? UNKNOWN
              : latestReport.reporterCategory().name(),
          COUNT);
      sink.count(Measure.SUSPECTED_VIOLENCE, yesNo(latestReport.suspectedViolence()), COUNT);
    } else if (latestApplication != null) {
      sink.count(Measure.REFERRAL_REASON_KIND, "ANSOKAN", COUNT);
      sink.count(Measure.REFERRAL_REASON_REPORTER, Measure.NOT_APPLICABLE, COUNT);
      sink.count(Measure.SUSPECTED_VIOLENCE, Measure.NOT_APPLICABLE, COUNT);
    } else {
      sink.count(Measure.REFERRAL_REASON_KIND, "NONE", COUNT);
    }

    Investigation latest =
        cf.investigations().stream()
            .filter(i -> i != null && by(i.completedAt(), to))
            .max(Comparator.comparing(Investigation::completedAt))
            .orElse(null);
    if (latest != null) {
      sink.count(Measure.SUMMARY, "CHILDREN_WITH_INVESTIGATION", COUNT);
      Set<String> assessed = new TreeSet<>();
      Set<String> needs = new TreeSet<>();
      Set<TriangleSide> sides = EnumSet.noneOf(TriangleSide.class);
      for (NeedAreaAssessment a : latest.assessments()) {
        if (a == null || a.area() == null) {
          continue;
        }
        assessed.add(a.area().code());
        if (Boolean.TRUE.equals(a.needIdentified())) {
          needs.add(a.area().code());
          if (a.area().side() != null) {
            sides.add(a.area().side());
          }
        }
      }
      assessed.forEach(code -> sink.count(Measure.NEED_AREAS, code, "ASSESSED"));
      needs.forEach(code -> sink.count(Measure.NEED_AREAS, code, "NEED_IDENTIFIED"));
      sides.forEach(side -> sink.count(Measure.NEED_SIDES, side.name(), COUNT));
    }

    Set<String> kinds = new LinkedHashSet<>();
    for (Decision d : cf.decisions()) {
      if (d != null && d.kind() != null && GRANTING.contains(d.kind()) && by(d.decidedAt(), to)) {
        d.interventionKinds().stream().filter(Objects::nonNull).forEach(k -> kinds.add(k.code()));
      }
    }
    kinds.forEach(k -> sink.count(Measure.CHILD_INTERVENTIONS, k, COUNT));
  }

  static String ageBand(LocalDate birth, LocalDate on) {
    if (birth == null || on == null || birth.isAfter(on)) {
      return UNKNOWN;
    }
    int age = Period.between(birth, on).getYears();
    if (age <= 2) {
      return "AGE_0_2";
    } else if (age <= 6) {
      return "AGE_3_6";
    } else if (age <= 12) {
      return "AGE_7_12";
    } else if (age <= 15) {
      return "AGE_13_15";
    } else if (age <= 17) {
      return "AGE_16_17";
    } else if (age <= 20) {
      return "AGE_18_20";
    }
    return "AGE_21_OR_MORE";
  }

  private static String yesNo(Boolean b) {
    return b == null ? UNKNOWN : b ? "YES" : "NO";
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static UUID id(BbicDocument d) {
    return d == null || d.header() == null ? null : d.header().documentId();
  }

  /** Start, open and active state of a case file for a period. */
  static final class CaseState {
    final LocalDate start;
    final boolean openAtEnd;
    final boolean activeInPeriod;

    private CaseState(LocalDate start, boolean openAtEnd, boolean activeInPeriod) {
      this.start = start;
      this.openAtEnd = openAtEnd;
      this.activeInPeriod = activeInPeriod;
    }

    /**
     * A case starts on its earliest referral, application or investigation (else its earliest
     * document); it is open at the period's end when it started by then and was not closed by then
     * after its latest referral; it is active in the period when open at its end or closed in it.
     */
    static CaseState of(CaseFile cf, LocalDate from, LocalDate to) {
      LocalDate start = null;
      LocalDate lastReferral = null;
      for (Report r : cf.reports()) {
        LocalDate d = r == null ? null : swedish(r.receivedAt());
        start = Dates.min(start, d);
        if (by(d, to)) {
          lastReferral = Dates.max(lastReferral, d);
        }
      }
      for (Application a : cf.applications()) {
        LocalDate d = a == null ? null : a.receivedDate();
        start = Dates.min(start, d);
        if (by(d, to)) {
          lastReferral = Dates.max(lastReferral, d);
        }
      }
      for (Investigation i : cf.investigations()) {
        start = Dates.min(start, i == null ? null : i.openedAt());
      }
      if (start == null) {
        start =
            cf.documents().stream()
                .filter(d -> d != null && d.header() != null && d.header().createdAt() != null)
                .map(d -> swedish(d.header().createdAt()))
                .min(Comparator.naturalOrder())
                .orElse(null);
      }
      if (!by(start, to)) {
        return new CaseState(start, false, false);
      }
      LocalDate lastClosure = null;
      boolean closedInPeriod = false;
      for (Closure c : cf.closures()) {
        LocalDate d = c == null ? null : c.closedAt();
        if (by(d, to)) {
          lastClosure = Dates.max(lastClosure, d);
          closedInPeriod |= within(d, from, to);
        }
      }
      boolean open =
          lastClosure == null || (lastReferral != null && lastReferral.isAfter(lastClosure));
      return new CaseState(start, open, open || closedInPeriod);
    }
  }
}
