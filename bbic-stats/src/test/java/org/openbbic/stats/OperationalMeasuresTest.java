package org.openbbic.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbbic.stats.Fixtures.*;

import org.junit.jupiter.api.Test;
import org.openbbic.forms.Application;
import org.openbbic.forms.CarePlan;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Extension;
import org.openbbic.forms.FollowUp;
import org.openbbic.forms.FollowUpKind;
import org.openbbic.forms.FormType;
import org.openbbic.forms.ImplementationPlan;
import org.openbbic.forms.ImplementationPlanKind;
import org.openbbic.forms.InitialAssessmentDecision;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.Reconsideration;
import org.openbbic.forms.Report;
import org.openbbic.forms.ReportKind;
import org.openbbic.model.code.CareBasis;
import org.openbbic.model.code.DecisionKind;
import org.openbbic.model.code.PlacementForm;
import org.openbbic.model.code.ReporterCategory;

/**
 * Each operational measure on hand-built case files over 1 January – 30 June 2024 (a leap year),
 * with the right answer worked out by hand in the comments.
 */
class OperationalMeasuresTest {

  @Test
  void referralsAreCountedByKindAndReporterOnTheirSwedishDate() {
    CaseFile cf =
        caseFile("R-1", child(d(2015, 5, 5), 981))
            .addReport(anmalan(d(2023, 12, 31), ReporterCategory.SCHOOL)) // before the period
            .addReport(anmalan(d(2024, 1, 1), ReporterCategory.SCHOOL)) // first day: in
            .addReport(
                anmalan(d(2024, 3, 5), ReporterCategory.POLICE).toBuilder()
                    .kind(ReportKind.INFORMATION_PA_ANNAT_SATT)
                    .build())
            // 23:30 Swedish summer time on the last day: in
            .addReport(
                anmalan(d(2024, 6, 30), ReporterCategory.PRESCHOOL).toBuilder()
                    .receivedAt(at(d(2024, 6, 30), 23, 30))
                    .build())
            // 00:10 on 1 July in Sweden is still 30 June in UTC: out
            .addReport(
                anmalan(d(2024, 7, 1), ReporterCategory.HEALTH_CARE).toBuilder()
                    .receivedAt(at(d(2024, 7, 1), 0, 10))
                    .build())
            .addApplication(application(d(2024, 4, 1)))
            .addApplication(application(d(2024, 7, 1)))
            .build();

    FollowUpResult r = report(cf);

    FrequencyTable kind = r.table(Measure.REFERRALS_BY_KIND);
    assertThat(kind.count("ANMALAN")).isEqualTo(2);
    assertThat(kind.count("INFORMATION_PA_ANNAT_SATT")).isEqualTo(1);
    assertThat(kind.count("ANSOKAN")).isEqualTo(1);
    FrequencyTable reporter = r.table(Measure.REFERRALS_BY_REPORTER);
    assertThat(reporter.count("SCHOOL")).isEqualTo(1);
    assertThat(reporter.count("POLICE")).isEqualTo(1);
    assertThat(reporter.count("PRESCHOOL")).isEqualTo(1);
    assertThat(reporter.count("HEALTH_CARE")).isZero();
    assertThat(reporter.columnTotal(Measure.COUNT)).isEqualTo(3);
  }

  @Test
  void protectionAssessmentsOnTimeAreTheDayOfReceiptOrTheNextOverALeapDay() {
    CaseFile cf =
        caseFile("P-1", child(d(2015, 5, 5), 981))
            // received 28 Feb, assessed 29 Feb (the next day, a leap day): on time
            .addReport(withProtection(anmalan(d(2024, 2, 28), null), d(2024, 2, 29)))
            // same day: on time
            .addReport(withProtection(anmalan(d(2024, 2, 28), null), d(2024, 2, 28)))
            // 1 March is two days later in a leap year: late
            .addReport(withProtection(anmalan(d(2024, 2, 28), null), d(2024, 3, 1)))
            // never assessed, due 11 March: missing
            .addReport(anmalan(d(2024, 3, 10), null))
            // received on the last day: due 1 July, not yet due
            .addReport(anmalan(d(2024, 6, 30), null))
            // due 30 June, the last day itself: not yet passed at the period's end
            .addReport(withProtection(anmalan(d(2024, 6, 29), null), d(2024, 7, 1)))
            // due 29 June, assessed only after the period: missing at its end
            .addReport(withProtection(anmalan(d(2024, 6, 28), null), d(2024, 7, 1)))
            // not an anmälan: no protection assessment is due
            .addReport(
                anmalan(d(2024, 3, 1), null).toBuilder()
                    .kind(ReportKind.INFORMATION_PA_ANNAT_SATT)
                    .build())
            // received before the period
            .addReport(withProtection(anmalan(d(2023, 12, 31), null), d(2024, 1, 1)))
            .build();

    FrequencyTable t = report(cf).table(Measure.PROTECTION_ASSESSMENTS);

    assertThat(t.count("ON_TIME")).isEqualTo(2);
    assertThat(t.count("LATE")).isEqualTo(1);
    assertThat(t.count("MISSING")).isEqualTo(2);
    assertThat(t.count("NOT_YET_DUE")).isEqualTo(2);
  }

  @Test
  void initialAssessmentDecisionsWithinFourteenDaysCountDayFourteenButNotFifteen() {
    Report within =
        withDecision(
            anmalan(d(2024, 2, 15), null),
            InitialAssessmentDecision.OPEN_INVESTIGATION,
            d(2024, 2, 29), // 15 Feb + 14 days = 29 Feb (leap year): within
            null);
    Report late =
        withDecision(
            anmalan(d(2024, 2, 15), null),
            InitialAssessmentDecision.OPEN_INVESTIGATION,
            d(2024, 3, 1), // day 15: late
            null);
    Report excused =
        withDecision(
            anmalan(d(2024, 2, 16), null),
            InitialAssessmentDecision.NOT_OPEN,
            d(2024, 3, 2), // day 15, with exceptional reasons documented
            "Synnerliga skäl: barnet var bortrest.");
    Report spanning =
        withDecision(
            anmalan(d(2023, 12, 25), null),
            InitialAssessmentDecision.NOT_OPEN,
            d(2024, 1, 2), // received before the period, decided in it after 8 days
            null);
    Report before =
        withDecision(
            anmalan(d(2023, 12, 1), null),
            InitialAssessmentDecision.NOT_OPEN,
            d(2023, 12, 31),
            null);
    Report after =
        withDecision(
            anmalan(d(2024, 6, 20), null),
            InitialAssessmentDecision.OPEN_INVESTIGATION,
            d(2024, 7, 1),
            null);
    Report ongoing =
        withDecision(
            anmalan(d(2024, 3, 1), null),
            InitialAssessmentDecision.INVESTIGATION_ALREADY_ONGOING,
            d(2024, 3, 1),
            null);
    CaseFile cf =
        caseFile("I-1", child(d(2015, 5, 5), 981))
            .addReport(within)
            .addReport(late)
            .addReport(excused)
            .addReport(spanning)
            .addReport(before)
            .addReport(after)
            .addReport(ongoing)
            .build();

    FollowUpResult r = report(cf);
    FrequencyTable t = r.table(Measure.INITIAL_ASSESSMENTS);

    assertThat(t.count("OPEN_INVESTIGATION", "WITHIN_14_DAYS")).isEqualTo(1);
    assertThat(t.count("OPEN_INVESTIGATION", "AFTER_14_DAYS")).isEqualTo(1);
    assertThat(t.count("NOT_OPEN", "WITHIN_14_DAYS")).isEqualTo(1);
    assertThat(t.count("NOT_OPEN", "AFTER_14_DAYS_EXCUSED")).isEqualTo(1);
    // the decision says an investigation is ongoing: no deadline (as validation judges it)
    assertThat(t.count("INVESTIGATION_ALREADY_ONGOING", "NO_DEADLINE")).isEqualTo(1);
    assertThat(t.columnTotal("WITHIN_14_DAYS")).isEqualTo(2);
    assertThat(t.rowTotal("OPEN_INVESTIGATION") + t.rowTotal("NOT_OPEN")).isEqualTo(4);
  }

  @Test
  void investigationsWithinFourMonthsCountFourMonthsExactlyAndTheLeapDayClamp() {
    Investigation exactly = heard(investigation(d(2023, 11, 15), d(2024, 3, 15)), true);
    Investigation dayAfter = heard(investigation(d(2023, 11, 15), d(2024, 3, 16)), false);
    Investigation extended =
        investigation(d(2023, 11, 15), d(2024, 3, 16)).toBuilder()
            .extension(
                Extension.builder()
                    .decidedAt(d(2024, 3, 1))
                    .newEndDate(d(2024, 4, 15))
                    .reason("Utlåtande från BUP dröjer.")
                    .build())
            .childViews("Barnet vill bo kvar.")
            .build();
    // 31 October + 4 months = 29 February 2024 (the month is shorter: clamped)
    Investigation leap =
        investigation(d(2023, 10, 31), d(2024, 2, 29)).toBuilder()
            .childViewsNotObtainedReason("Barnet är för litet för samtal.")
            .build();
    Investigation short10 = investigation(d(2024, 1, 10), d(2024, 1, 20));
    Investigation open = investigation(d(2024, 6, 1), null);
    Investigation finishedAfter = investigation(d(2024, 2, 1), d(2024, 7, 5));
    Investigation before = investigation(d(2023, 1, 1), d(2023, 12, 31));
    CaseFile cf =
        caseFile("U-1", child(d(2015, 5, 5), 981))
            .investigations(
                Fixtures.list(
                    exactly, dayAfter, extended, leap, short10, open, finishedAfter, before))
            .build();

    FollowUpResult r = report(cf);
    FrequencyTable t = r.table(Measure.INVESTIGATIONS);

    // opened in the period: short10, open, finishedAfter
    assertThat(t.count("OPENED")).isEqualTo(3);
    // finished in the period: exactly, dayAfter, extended, leap, short10
    assertThat(t.count("FINISHED")).isEqualTo(5);
    // within four months: exactly, leap, short10
    assertThat(t.count("FINISHED_WITHIN_FOUR_MONTHS")).isEqualTo(3);
    // within the deadline with extension: also extended
    assertThat(t.count("FINISHED_WITHIN_EXTENDED_DEADLINE")).isEqualTo(4);
    // durations: 15 Nov → 15 Mar = 15+31+31+29+15 = 121; → 16 Mar = 122 (twice);
    // 31 Oct → 29 Feb = 30+31+31+29 = 121; 10 Jan → 20 Jan = 10. Sorted: 10 121 121 122 122.
    DurationDistribution days = r.investigationDays();
    assertThat(days.histogram())
        .containsExactly(
            java.util.Map.entry(10L, 1L),
            java.util.Map.entry(121L, 2L),
            java.util.Map.entry(122L, 2L));
    // median: rank ceil(0.5 × 5) = 3 → 121; 90th percentile: rank ceil(0.9 × 5) = 5 → 122
    assertThat(days.median()).hasValue(121);
    assertThat(days.percentile(90)).hasValue(122);
    FrequencyTable bands = r.table(Measure.INVESTIGATION_DURATION);
    assertThat(bands.count("DAYS_0_30")).isEqualTo(1);
    assertThat(bands.count("DAYS_121_180")).isEqualTo(4);

    FrequencyTable heard = r.table(Measure.CHILDREN_HEARD);
    assertThat(heard.count("HEARD")).isEqualTo(3); // exactly, dayAfter, extended (views)
    assertThat(heard.count("HEARD_ALONE")).isEqualTo(1); // exactly
    assertThat(heard.count("NOT_HEARD_REASON_GIVEN")).isEqualTo(1); // leap
    assertThat(heard.count("NOT_DOCUMENTED")).isEqualTo(1); // short10
  }

  @Test
  void decisionsInterventionsAndPlacementsBegunInThePeriod() {
    CarePlan lvu =
        carePlan(d(2024, 3, 1), d(2024, 3, 1), PlacementForm.EMERGENCY_HOME, CareBasis.LVU_2);
    CarePlan sol =
        carePlan(d(2024, 4, 10), d(2024, 4, 1), PlacementForm.FAMILY_HOME, CareBasis.SOL);
    CarePlan solRevised =
        carePlan(d(2024, 5, 1), d(2024, 4, 1), PlacementForm.FAMILY_HOME, CareBasis.SOL);
    CarePlan later = carePlan(d(2024, 6, 20), d(2024, 7, 2), PlacementForm.HVB, CareBasis.SOL);
    CarePlan noForm =
        carePlan(d(2024, 6, 15), d(2024, 6, 15), null, CareBasis.SOL).toBuilder()
            .decidedAt(null)
            .build();
    CaseFile cf =
        caseFile("B-1", child(d(2012, 5, 5), 981))
            .addDecision(
                decision(d(2024, 1, 15), DecisionKind.GRANTED, "KONTAKTFAMILJ", "STODSAMTAL"))
            .addDecision(decision(d(2024, 2, 1), DecisionKind.REFUSED, "KONTAKTPERSON"))
            .addDecision(
                decision(d(2024, 3, 1), DecisionKind.IMMEDIATE_CUSTODY_LVU, "PLACERING_JOURHEM"))
            .addDecision(decision(d(2023, 12, 31), DecisionKind.GRANTED, "PLACERING_HVB"))
            .addDecision(decision(d(2024, 6, 30), DecisionKind.PARTLY_GRANTED, "KONTAKTFAMILJ"))
            .addDecision(decision(d(2024, 7, 1), DecisionKind.GRANTED, "PLACERING_HVB"))
            .addCarePlan(lvu)
            .addCarePlan(sol)
            .addCarePlan(solRevised)
            .addCarePlan(later)
            .addCarePlan(noForm)
            .build();

    FollowUpResult r = report(cf);

    FrequencyTable decisions = r.table(Measure.DECISIONS_BY_KIND);
    assertThat(decisions.count("GRANTED")).isEqualTo(1);
    assertThat(decisions.count("REFUSED")).isEqualTo(1);
    assertThat(decisions.count("IMMEDIATE_CUSTODY_LVU")).isEqualTo(1);
    assertThat(decisions.count("PARTLY_GRANTED")).isEqualTo(1);
    assertThat(decisions.columnTotal(Measure.COUNT)).isEqualTo(4);

    FrequencyTable interventions = r.table(Measure.INTERVENTIONS_BY_KIND);
    assertThat(interventions.count("KONTAKTFAMILJ")).isEqualTo(2);
    assertThat(interventions.count("STODSAMTAL")).isEqualTo(1);
    assertThat(interventions.count("PLACERING_JOURHEM")).isEqualTo(1);
    assertThat(interventions.count("KONTAKTPERSON")).isZero(); // refused
    assertThat(interventions.count("PLACERING_HVB")).isZero(); // outside the period

    FrequencyTable placements = r.table(Measure.PLACEMENTS);
    assertThat(placements.count("EMERGENCY_HOME", "LVU_2")).isEqualTo(1);
    assertThat(placements.count("FAMILY_HOME", "SOL")).isEqualTo(1); // revision not counted again
    assertThat(placements.count("UNKNOWN", "SOL")).isEqualTo(1);
    assertThat(placements.count("HVB", "SOL")).isZero();

    FrequencyTable plans = r.table(Measure.PLANS_AND_FOLLOW_UPS);
    assertThat(plans.count("CARE_PLAN", "ON_TIME")).isEqualTo(1); // decided on the start day
    assertThat(plans.count("CARE_PLAN", "LATE")).isEqualTo(1); // decided 9 days after
    assertThat(plans.count("CARE_PLAN", "NOT_MET")).isEqualTo(1); // never decided
  }

  @Test
  void followUpsReconsiderationsOverdueDeadlinesOpenCasesAndCaseload() {
    // X: open, worker A; övervägande exactly six months after the placement began; follow-ups
    // planned 1 Feb (done 30 Jan: on time), 1 May (done 3 May: late), 1 Aug (outside).
    CarePlan xPlan =
        carePlan(d(2023, 9, 10), d(2023, 9, 10), PlacementForm.FAMILY_HOME, CareBasis.SOL);
    ImplementationPlan ip =
        ImplementationPlan.builder()
            .header(header(FormType.IMPLEMENTATION_PLAN, d(2023, 9, 15)))
            .kind(ImplementationPlanKind.PLACEMENT)
            .carePlanId(xPlan.header().documentId())
            .startDate(d(2023, 9, 15))
            .addFollowUpDate(d(2024, 2, 1))
            .addFollowUpDate(d(2024, 5, 1))
            .addFollowUpDate(d(2024, 8, 1))
            .build();
    ImplementationPlan missed =
        ImplementationPlan.builder()
            .header(header(FormType.IMPLEMENTATION_PLAN, d(2024, 1, 15)))
            .kind(ImplementationPlanKind.OPEN_CARE_OWN)
            .startDate(d(2024, 1, 15))
            .addFollowUpDate(d(2024, 6, 15))
            .build();
    CaseFile x =
        caseFile("X", child(d(2012, 1, 1), 981))
            .basicData(basicData(child(d(2012, 1, 1), 981), WORKER_A, false))
            .addReport(
                withDecision(
                    withProtection(anmalan(d(2023, 8, 1), ReporterCategory.SCHOOL), d(2023, 8, 1)),
                    InitialAssessmentDecision.OPEN_INVESTIGATION,
                    d(2023, 8, 5),
                    null))
            .addInvestigation(investigation(d(2023, 8, 5), d(2023, 9, 1)))
            .addCarePlan(xPlan)
            .addReconsideration(
                Reconsideration.builder()
                    .header(header(FormType.RECONSIDERATION, d(2024, 3, 10)))
                    .legalBasis(CareBasis.SOL)
                    .carePlanId(xPlan.header().documentId())
                    .performedAt(d(2024, 3, 10))
                    .build())
            .addImplementationPlan(ip)
            .addImplementationPlan(missed)
            .addFollowUp(followUp(ip, d(2024, 1, 30)))
            .addFollowUp(followUp(ip, d(2024, 5, 3)))
            .build();
    // Y: open, worker A; LVU 2 § care from 1 Dec 2023 with no övervägande (due 1 June: overdue);
    // a report on 1 June with no protection assessment (due 2 June) and no decision (due 15 June).
    CaseFile y =
        caseFile("Y", child(d(2010, 1, 1), 983))
            .basicData(basicData(child(d(2010, 1, 1), 983), WORKER_A, false))
            .addReport(anmalan(d(2024, 6, 1), ReporterCategory.POLICE))
            .addCarePlan(
                carePlan(d(2023, 12, 1), d(2023, 12, 1), PlacementForm.HVB, CareBasis.LVU_2))
            .build();
    // Z: closed on the last day, so not open, and its missed deadlines are not "overdue in open
    // cases"; but it was active in the period.
    CaseFile z =
        caseFile("Z", child(d(2011, 1, 1), 985))
            .basicData(basicData(child(d(2011, 1, 1), 985), WORKER_B, false))
            .addReport(anmalan(d(2024, 1, 10), ReporterCategory.SCHOOL))
            .addClosure(closure(d(2024, 6, 30)))
            .build();
    // W: closed the day after the period: open at its end, worker B.
    CaseFile w =
        caseFile("W", child(d(2011, 1, 1), 987))
            .basicData(basicData(child(d(2011, 1, 1), 987), WORKER_B, false))
            .addReport(
                withDecision(
                    withProtection(anmalan(d(2024, 1, 5), ReporterCategory.SCHOOL), d(2024, 1, 5)),
                    InitialAssessmentDecision.NOT_OPEN,
                    d(2024, 1, 10),
                    null))
            .addClosure(closure(d(2024, 7, 1)))
            .build();
    // V: closed before the period and re-opened by a report in it; no basic data, so the case
    // worker is the author of its latest document (worker A).
    CaseFile v =
        caseFile("V", child(d(2013, 1, 1), 989))
            .addReport(
                withDecision(
                    withProtection(anmalan(d(2023, 6, 1), ReporterCategory.SCHOOL), d(2023, 6, 1)),
                    InitialAssessmentDecision.NOT_OPEN,
                    d(2023, 6, 5),
                    null))
            .addClosure(closure(d(2023, 12, 31)))
            .addReport(
                withDecision(
                    withProtection(anmalan(d(2024, 2, 1), ReporterCategory.SCHOOL), d(2024, 2, 1)),
                    InitialAssessmentDecision.NOT_OPEN,
                    d(2024, 2, 5),
                    null))
            .build();
    // U: begins after the period.
    CaseFile u =
        caseFile("U", child(d(2013, 1, 1), 991))
            .addReport(anmalan(d(2024, 7, 2), ReporterCategory.SCHOOL))
            .build();

    FollowUpResult r = report(x, y, z, w, v, u);

    FrequencyTable plans = r.table(Measure.PLANS_AND_FOLLOW_UPS);
    assertThat(plans.count("FOLLOW_UP", "ON_TIME")).isEqualTo(1);
    assertThat(plans.count("FOLLOW_UP", "LATE")).isEqualTo(1);
    assertThat(plans.count("FOLLOW_UP", "NOT_MET")).isEqualTo(1); // the other plan's 15 June
    assertThat(plans.count("RECONSIDERATION", "ON_TIME")).isEqualTo(1); // exactly six months
    assertThat(plans.rowTotal("RECONSIDERATION")).isEqualTo(1);
    assertThat(plans.count("LVU_RECONSIDERATION", "NOT_MET")).isEqualTo(1);

    FrequencyTable overdue = r.table(Measure.OVERDUE_DEADLINES);
    assertThat(overdue.count("LVU_RECONSIDERATION")).isEqualTo(1);
    assertThat(overdue.count("PROTECTION_ASSESSMENT")).isEqualTo(1); // Y only: Z is closed
    assertThat(overdue.count("INITIAL_ASSESSMENT")).isEqualTo(1);
    assertThat(overdue.columnTotal(Measure.COUNT)).isEqualTo(3);

    FrequencyTable summary = r.table(Measure.SUMMARY);
    assertThat(summary.count("CASE_FILES")).isEqualTo(6);
    assertThat(summary.count("CASES_WITH_OVERDUE_DEADLINES")).isEqualTo(1);
    assertThat(r.openCases()).isEqualTo(4); // X, Y, W, V
    assertThat(summary.count("CHILDREN")).isEqualTo(5); // and Z, closed in the period
    assertThat(r.caseloadByCaseWorker())
        .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("id:hl1001", 3L, "id:hl1002", 1L));
    assertThat(r.table(Measure.CASELOAD).count("CASES_1_5")).isEqualTo(2);
  }

  @Test
  void casesSpanningThePeriodsEdgesBelongToTheClientGroupOnlyWhenOpenInIt() {
    CaseFile closedBefore =
        caseFile("C-1", child(d(2012, 1, 1), 981))
            .addReport(anmalan(d(2023, 1, 10), ReporterCategory.SCHOOL))
            .addClosure(closure(d(2023, 12, 31)))
            .build();
    CaseFile closedOnFirstDay =
        caseFile("C-2", child(d(2012, 1, 1), 983))
            .addReport(anmalan(d(2023, 1, 10), ReporterCategory.SCHOOL))
            .addClosure(closure(d(2024, 1, 1)))
            .build();
    CaseFile startsOnLastDay =
        caseFile("C-3", child(d(2012, 1, 1), 985))
            .addReport(anmalan(d(2024, 6, 30), ReporterCategory.SCHOOL))
            .build();
    CaseFile startsAfter =
        caseFile("C-4", child(d(2012, 1, 1), 987))
            .addReport(anmalan(d(2024, 7, 1), ReporterCategory.SCHOOL))
            .build();

    FollowUpResult r = report(closedBefore, closedOnFirstDay, startsOnLastDay, startsAfter);

    assertThat(r.table(Measure.SUMMARY).count("CHILDREN")).isEqualTo(2);
    assertThat(r.openCases()).isEqualTo(1);
  }

  private static Application application(java.time.LocalDate received) {
    return Application.builder()
        .header(header(FormType.APPLICATION, received))
        .receivedDate(received)
        .build();
  }

  private static FollowUp followUp(ImplementationPlan plan, java.time.LocalDate performed) {
    return FollowUp.builder()
        .header(header(FormType.FOLLOW_UP, performed))
        .kind(FollowUpKind.CARE)
        .planId(plan.header().documentId())
        .performedAt(performed)
        .build();
  }
}
