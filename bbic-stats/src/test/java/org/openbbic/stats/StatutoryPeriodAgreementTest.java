package org.openbbic.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbbic.stats.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openbbic.forms.CarePlan;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Extension;
import org.openbbic.forms.FormType;
import org.openbbic.forms.InitialAssessmentDecision;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.Reconsideration;
import org.openbbic.forms.Report;
import org.openbbic.model.code.CareBasis;
import org.openbbic.model.code.PlacementForm;
import org.openbbic.model.law.Statute;
import org.openbbic.model.law.StatutoryPeriod;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.BbicValidator;
import org.openbbic.validation.Deadline;
import org.openbbic.validation.DeadlineKind;
import org.openbbic.validation.DeadlineStatus;
import org.openbbic.validation.Finding;

/**
 * The statistics and the validator count each statutory period from the same data ({@link
 * StatutoryPeriod}): the same case file, on the due day and on the day after, is on time or late in
 * both, and a deadline the validator does not set (an investigation ongoing) is not counted late by
 * the statistics.
 */
class StatutoryPeriodAgreementTest {

  private static final BbicValidator VALIDATOR = BbicValidator.builder().build();

  /** The codes the validator reports on the case file, judged on {@code asOf}. */
  private static List<String> codes(CaseFile cf, LocalDate asOf) {
    return VALIDATOR.validateCase(cf, ValidationLevel.DRAFT, asOf).findings().stream()
        .map(Finding::code)
        .collect(Collectors.toList());
  }

  private static FollowUpResult report(LocalDate from, LocalDate to, CaseFile cf) {
    FollowUpReport r = FollowUpReport.builder().period(from, to).build();
    r.add(cf);
    return r.result();
  }

  private static CaseFile withReport(Report r) {
    return caseFile("P-1", child(d(2015, 5, 5), 981)).addReport(r).build();
  }

  private static LocalDate due(StatutoryPeriod p, LocalDate start) {
    return p.from(start).orElseThrow().due();
  }

  @Test
  void theProtectionAssessmentIsOnTimeOnItsDueDayAndLateTheDayAfterInBoth() {
    LocalDate received = d(2024, 2, 28);
    LocalDate due = due(StatutoryPeriod.PROTECTION_ASSESSMENT, received);
    assertThat(due).isEqualTo(d(2024, 2, 29));
    for (int late = 0; late <= 1; late++) {
      CaseFile cf = withReport(withProtection(anmalan(received, null), due.plusDays(late)));
      boolean validatorLate = codes(cf, TO).contains(DeadlineKind.PROTECTION_ASSESSMENT.code());
      FrequencyTable t = report(FROM, TO, cf).table(Measure.PROTECTION_ASSESSMENTS);
      assertThat(validatorLate).as("validator, day %d after due", late).isEqualTo(late == 1);
      assertThat(t.count(late == 1 ? "LATE" : "ON_TIME")).as("statistics").isEqualTo(1);
    }
  }

  @Test
  void theInitialAssessmentIsWithinOnDayFourteenAndLateOnDayFifteenInBoth() {
    LocalDate received = d(2024, 2, 15);
    LocalDate due = due(StatutoryPeriod.INITIAL_ASSESSMENT, received);
    assertThat(due).isEqualTo(d(2024, 2, 29));
    for (int late = 0; late <= 1; late++) {
      Report r =
          withDecision(
              withProtection(anmalan(received, null), received),
              InitialAssessmentDecision.NOT_OPEN,
              due.plusDays(late),
              null);
      CaseFile cf = withReport(r);
      boolean validatorLate = codes(cf, TO).contains(DeadlineKind.INITIAL_ASSESSMENT.code());
      FrequencyTable t = report(FROM, TO, cf).table(Measure.INITIAL_ASSESSMENTS);
      assertThat(validatorLate).as("validator, day %d after due", late).isEqualTo(late == 1);
      assertThat(t.count("NOT_OPEN", late == 1 ? "AFTER_14_DAYS" : "WITHIN_14_DAYS"))
          .as("statistics")
          .isEqualTo(1);
    }
  }

  /**
   * Before the statistics read the validator's judgement they counted this decision, 20 days after
   * a report received while an investigation of the child was ongoing, as later than 14 days; the
   * validator sets no deadline for it (SoL 11 kap. 1 a § 2 st.: no decision is due while an
   * investigation is ongoing). Both now agree: no deadline.
   */
  @Test
  void aReportReceivedWhileAnInvestigationIsOngoingHasNoDeadlineInEither() {
    assertThat(StatutoryPeriod.INITIAL_ASSESSMENT.exemptions())
        .contains(StatutoryPeriod.Exemption.INVESTIGATION_ONGOING);
    Report second =
        withDecision(
            withProtection(anmalan(d(2024, 3, 1), null), d(2024, 3, 1)),
            InitialAssessmentDecision.NOT_OPEN,
            d(2024, 3, 21), // 20 days after receipt
            null);
    CaseFile cf =
        caseFile("P-2", child(d(2015, 5, 5), 981))
            .addInvestigation(investigation(d(2024, 2, 1), d(2024, 4, 30)))
            .addReport(second)
            .build();
    List<Deadline> deadlines = VALIDATOR.deadlines(cf, TO).deadlines();
    assertThat(deadlines).noneMatch(x -> x.kind() == DeadlineKind.INITIAL_ASSESSMENT);
    assertThat(codes(cf, TO)).doesNotContain(DeadlineKind.INITIAL_ASSESSMENT.code());
    FrequencyTable t = report(FROM, TO, cf).table(Measure.INITIAL_ASSESSMENTS);
    assertThat(t.count("NOT_OPEN", "NO_DEADLINE")).isEqualTo(1);
    assertThat(t.count("NOT_OPEN", "AFTER_14_DAYS")).isZero();
  }

  @Test
  void anInvestigationFinishedOnItsFourMonthsIsWithinAndTheDayAfterLateInBoth() {
    // 31 October + four months = 29 February 2024 (clamped to the shorter month)
    LocalDate opened = d(2023, 10, 31);
    LocalDate due = due(StatutoryPeriod.INVESTIGATION, opened);
    assertThat(due).isEqualTo(d(2024, 2, 29));
    for (int late = 0; late <= 1; late++) {
      Investigation inv = investigation(opened, due.plusDays(late));
      CaseFile cf = caseFile("U-1", child(d(2015, 5, 5), 981)).addInvestigation(inv).build();
      boolean validatorLate = codes(cf, TO).contains(DeadlineKind.INVESTIGATION.code());
      FrequencyTable t = report(FROM, TO, cf).table(Measure.INVESTIGATIONS);
      assertThat(validatorLate).as("validator, day %d after due", late).isEqualTo(late == 1);
      assertThat(t.count("FINISHED_WITHIN_FOUR_MONTHS")).as("statistics").isEqualTo(1 - late);
      assertThat(t.count("FINISHED")).isEqualTo(1);
    }
  }

  @Test
  void theExceptionsOfBothPeriodsAreAppliedAlikeAnExtensionAndSynnerligaSkal() {
    assertThat(StatutoryPeriod.INVESTIGATION.exemptions())
        .contains(StatutoryPeriod.Exemption.EXTENSION);
    LocalDate opened = d(2023, 11, 15);
    LocalDate newEnd = d(2024, 4, 15);
    for (int late = 0; late <= 1; late++) {
      Investigation inv =
          investigation(opened, newEnd.plusDays(late)).toBuilder()
              .extension(
                  Extension.builder()
                      .decidedAt(d(2024, 3, 1))
                      .newEndDate(newEnd)
                      .reason("Utlåtande från BUP dröjer.")
                      .build())
              .build();
      CaseFile cf = caseFile("U-2", child(d(2015, 5, 5), 981)).addInvestigation(inv).build();
      boolean validatorLate = codes(cf, TO).contains(DeadlineKind.INVESTIGATION.code());
      FrequencyTable t = report(FROM, TO, cf).table(Measure.INVESTIGATIONS);
      assertThat(validatorLate)
          .as("validator, day %d after the new end", late)
          .isEqualTo(late == 1);
      assertThat(t.count("FINISHED_WITHIN_EXTENDED_DEADLINE")).isEqualTo(1 - late);
      assertThat(t.count("FINISHED_WITHIN_FOUR_MONTHS")).isZero();
    }

    assertThat(StatutoryPeriod.INITIAL_ASSESSMENT.exemptions())
        .contains(StatutoryPeriod.Exemption.EXTRAORDINARY_REASONS);
    LocalDate received = d(2024, 2, 16);
    Report excused =
        withDecision(
            withProtection(anmalan(received, null), received),
            InitialAssessmentDecision.NOT_OPEN,
            due(StatutoryPeriod.INITIAL_ASSESSMENT, received).plusDays(1),
            "Synnerliga skäl: barnet var bortrest.");
    CaseFile cf = withReport(excused);
    assertThat(VALIDATOR.deadlines(cf, TO).deadlines())
        .filteredOn(x -> x.kind() == DeadlineKind.INITIAL_ASSESSMENT)
        .extracting(Deadline::status)
        .containsExactly(DeadlineStatus.MET_EXCUSED);
    assertThat(
            report(FROM, TO, cf)
                .table(Measure.INITIAL_ASSESSMENTS)
                .count("NOT_OPEN", "AFTER_14_DAYS_EXCUSED"))
        .isEqualTo(1);
  }

  @Test
  void anOvervagandeOnItsSixMonthsIsOnTimeAndTheDayAfterLateInBoth() {
    LocalDate placed = d(2023, 9, 10);
    LocalDate due = due(StatutoryPeriod.RECONSIDERATION, placed);
    assertThat(due).isEqualTo(d(2024, 3, 10));
    for (int late = 0; late <= 1; late++) {
      CarePlan plan = carePlan(placed, placed, PlacementForm.HVB, CareBasis.SOL);
      Reconsideration rec =
          Reconsideration.builder()
              .header(header(FormType.RECONSIDERATION, due.plusDays(late)))
              .legalBasis(CareBasis.SOL)
              .carePlanId(plan.header().documentId())
              .performedAt(due.plusDays(late))
              .careStillNeeded(false)
              .build();
      CaseFile cf =
          caseFile("R-1", child(d(2012, 1, 1), 981))
              .addCarePlan(plan)
              .addReconsideration(rec)
              .addClosure(closure(d(2024, 4, 1)))
              .build();
      boolean validatorLate = codes(cf, TO).contains(DeadlineKind.RECONSIDERATION.code());
      FrequencyTable t = report(FROM, TO, cf).table(Measure.PLANS_AND_FOLLOW_UPS);
      assertThat(validatorLate).as("validator, day %d after due", late).isEqualTo(late == 1);
      assertThat(t.count("RECONSIDERATION", late == 1 ? "LATE" : "ON_TIME"))
          .as("statistics")
          .isEqualTo(1);
    }
  }

  @Test
  void aCarePlanRevisedOnItsTwoYearsIsOnTimeAndTheDayAfterLateInBoth() {
    LocalDate placed = d(2022, 3, 10);
    LocalDate due = due(StatutoryPeriod.CARE_PLAN_REVISION, placed);
    assertThat(due).isEqualTo(d(2024, 3, 10));
    for (int late = 0; late <= 1; late++) {
      CarePlan first = carePlan(placed, placed, PlacementForm.HVB, CareBasis.SOL);
      CarePlan revised = carePlan(due.plusDays(late), placed, PlacementForm.HVB, CareBasis.SOL);
      CaseFile cf =
          caseFile("V-1", child(d(2012, 1, 1), 981))
              .addCarePlan(first)
              .addCarePlan(revised)
              .addClosure(closure(d(2024, 6, 1)))
              .build();
      boolean validatorLate = codes(cf, TO).contains(DeadlineKind.CARE_PLAN_REVISION.code());
      FrequencyTable t = report(FROM, TO, cf).table(Measure.PLANS_AND_FOLLOW_UPS);
      assertThat(validatorLate).as("validator, day %d after due", late).isEqualTo(late == 1);
      assertThat(t.count("CARE_PLAN_REVISION", late == 1 ? "LATE" : "ON_TIME"))
          .as("statistics")
          .isEqualTo(1);
    }
  }

  @Test
  void aReportReceivedTheDayBeforeTheNewActCitesTheOldActAndOneReceivedThatDayTheNew() {
    LocalDate lastOld = d(2025, 6, 30);
    LocalDate firstNew = d(2025, 7, 1);
    for (LocalDate received : List.of(lastOld, firstNew)) {
      LocalDate due = due(StatutoryPeriod.INITIAL_ASSESSMENT, received);
      Report r =
          withDecision(
              withProtection(anmalan(received, null), received),
              InitialAssessmentDecision.NOT_OPEN,
              due.plusDays(1),
              null);
      CaseFile cf = withReport(r);
      Deadline d =
          VALIDATOR.deadlines(cf, d(2025, 12, 31)).deadlines().stream()
              .filter(x -> x.kind() == DeadlineKind.INITIAL_ASSESSMENT)
              .findFirst()
              .orElseThrow();
      assertThat(d.legalBasis().orElseThrow().statute())
          .isEqualTo(received.equals(lastOld) ? Statute.SOL_2001_453 : Statute.SOL_2025_400);
      assertThat(d.dueDate()).isEqualTo(received.plusDays(14));
      assertThat(codes(cf, d(2025, 12, 31))).contains(DeadlineKind.INITIAL_ASSESSMENT.code());
      FrequencyTable t =
          report(d(2025, 1, 1), d(2025, 12, 31), cf).table(Measure.INITIAL_ASSESSMENTS);
      assertThat(t.count("NOT_OPEN", "AFTER_14_DAYS")).isEqualTo(1);
    }
  }
}
