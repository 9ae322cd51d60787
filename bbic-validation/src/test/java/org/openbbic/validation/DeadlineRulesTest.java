package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbbic.validation.FindingsAssert.assertThatFindings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openbbic.forms.Extension;
import org.openbbic.forms.FormType;
import org.openbbic.forms.InitialAssessmentDecision;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.Report;
import org.openbbic.model.law.LegalBasis;
import org.openbbic.model.law.Statute;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;

/** The statutory deadlines at their boundaries: day 14 vs 15, four months, leap years, 1 July. */
class DeadlineRulesTest {

  private static final BbicValidator VALIDATOR = BbicValidator.builder().build();
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private static OffsetDateTime swedish(LocalDate date, int hour, int minute) {
    return LocalDateTime.of(date, java.time.LocalTime.of(hour, minute))
        .atZone(SWEDEN)
        .toOffsetDateTime();
  }

  /** A generated report received on {@code received}, assessed and decided as given. */
  static Report report(OffsetDateTime received, OffsetDateTime assessed, LocalDate decided) {
    Report r = (Report) new BbicGenerator(7).document(FormType.REPORT);
    return r.toBuilder()
        .receivedAt(received)
        .suspectedViolence(false)
        .protectionAssessment(r.protectionAssessment().toBuilder().assessedAt(assessed).build())
        .initialAssessment(
            r.initialAssessment().toBuilder()
                .decidedAt(decided)
                .decision(InitialAssessmentDecision.OPEN_INVESTIGATION)
                .extensionReason(null)
                .build())
        .build();
  }

  private static ValidationReport validate(Object doc) {
    return VALIDATOR.validate(
        (org.openbbic.forms.BbicDocument) doc, ValidationLevel.SIGNED, Locale.ENGLISH);
  }

  @ParameterizedTest(name = "decided {0} days after receipt: late = {1}")
  @CsvSource({"0, false", "13, false", "14, false", "15, true", "30, true"})
  void initialAssessmentDecisionIsDueOnDay14(int days, boolean late) {
    LocalDate received = LocalDate.of(2024, 3, 4);
    Report r = report(swedish(received, 9, 0), swedish(received, 10, 0), received.plusDays(days));
    ValidationReport report = validate(r);
    assertThatFindings(report).hasCodeExactlyWhen("BBIC-DOC-002", late);
    if (late) {
      assertThat(report.withCode("BBIC-DOC-002"))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.pointer()).isEqualTo("/initialAssessment/decidedAt");
                assertThat(f.arguments()).containsEntry("dueDate", received.plusDays(14));
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
              });
    }
  }

  @Test
  void documentedExceptionalReasonsExcuseALateInitialDecision() {
    LocalDate received = LocalDate.of(2024, 3, 4);
    Report late = report(swedish(received, 9, 0), swedish(received, 9, 30), received.plusDays(20));
    Report excused =
        late.toBuilder()
            .initialAssessment(
                late.initialAssessment().toBuilder().extensionReason("Synnerliga skäl").build())
            .build();
    assertThatFindings(validate(late)).hasCode("BBIC-DOC-002");
    assertThatFindings(validate(excused)).doesNotHaveCode("BBIC-DOC-002");
  }

  @Test
  void anOngoingInvestigationNeedsNoInitialDecisionWithin14Days() {
    LocalDate received = LocalDate.of(2024, 3, 4);
    Report late = report(swedish(received, 9, 0), swedish(received, 9, 30), received.plusDays(20));
    Report ongoing =
        late.toBuilder()
            .initialAssessment(
                late.initialAssessment().toBuilder()
                    .decision(InitialAssessmentDecision.INVESTIGATION_ALREADY_ONGOING)
                    .build())
            .build();
    assertThatFindings(validate(ongoing)).doesNotHaveCode("BBIC-DOC-002");
  }

  @ParameterizedTest(name = "assessed {0} days after receipt: late = {1}")
  @CsvSource({"0, false", "1, false", "2, true"})
  void protectionAssessmentIsDueTheSameDayOrTheNext(int days, boolean late) {
    LocalDate received = LocalDate.of(2024, 5, 10);
    Report r =
        report(
            swedish(received, 16, 0), swedish(received.plusDays(days), 8, 0), received.plusDays(3));
    ValidationReport report = validate(r);
    assertThatFindings(report).hasCodeExactlyWhen("BBIC-DOC-001", late);
    if (late) {
      assertThat(report.withCode("BBIC-DOC-001").get(0).pointer())
          .isEqualTo("/protectionAssessment/assessedAt");
    }
  }

  @Test
  void protectionDaysAreSwedishCalendarDaysNotUtc() {
    // 23:30 UTC on 9 May is 01:30 on 10 May in Sweden (summer time): the report arrived on 10 May,
    // so an assessment on 11 May is on time, though it is two UTC days later.
    OffsetDateTime received = OffsetDateTime.of(2024, 5, 9, 23, 30, 0, 0, ZoneOffset.UTC);
    OffsetDateTime assessed = swedish(LocalDate.of(2024, 5, 11), 9, 0);
    Report r = report(received, assessed, LocalDate.of(2024, 5, 12));
    assertThatFindings(validate(r)).doesNotHaveCode("BBIC-DOC-001");
    Report later =
        report(received, swedish(LocalDate.of(2024, 5, 12), 9, 0), LocalDate.of(2024, 5, 12));
    assertThatFindings(validate(later)).hasCode("BBIC-DOC-001");
  }

  @Test
  void aMissingProtectionAssessmentIsReportedAtCompleteButNotAtDraft() {
    LocalDate received = LocalDate.of(2024, 5, 10);
    Report r = report(swedish(received, 9, 0), swedish(received, 9, 0), received.plusDays(2));
    Report without = r.toBuilder().protectionAssessment(null).build();
    ValidationReport complete =
        VALIDATOR.validate(without, ValidationLevel.COMPLETE, Locale.ENGLISH);
    assertThatFindings(complete).hasCode("BBIC-DOC-018");
    assertThat(complete.withCode("BBIC-DOC-018").get(0).pointer())
        .isEqualTo("/protectionAssessment");
    assertThatFindings(complete).as("not a deadline breach").doesNotHaveCode("BBIC-DOC-001");
    assertThatFindings(VALIDATOR.validate(without, ValidationLevel.DRAFT, Locale.ENGLISH))
        .doesNotHaveCode("BBIC-DOC-018");
  }

  @Test
  void theLawCitedSwitchesOnFirstJuly2025() {
    LocalDate june30 = LocalDate.of(2025, 6, 30);
    LocalDate july1 = LocalDate.of(2025, 7, 1);
    Finding before =
        validate(report(swedish(june30, 9, 0), swedish(june30, 9, 0), june30.plusDays(15)))
            .withCode("BBIC-DOC-002")
            .get(0);
    Finding after =
        validate(report(swedish(july1, 9, 0), swedish(july1, 9, 0), july1.plusDays(15)))
            .withCode("BBIC-DOC-002")
            .get(0);
    LegalBasis old = before.legalBasis().orElseThrow();
    LegalBasis now = after.legalBasis().orElseThrow();
    assertThat(old.statute()).isEqualTo(Statute.SOL_2001_453);
    assertThat(old.chapter()).isEqualTo(11);
    assertThat(old.section()).isEqualTo("1 a");
    assertThat(now.statute()).isEqualTo(Statute.SOL_2025_400);
    assertThat(now.chapter()).isEqualTo(20);
    assertThat(now.section()).isEqualTo("2");
    assertThat(now.confirmed()).isTrue();
  }

  @Test
  void anUnconfirmedProvisionIsCitedAsLegalProvisionsGivesIt() {
    LocalDate july1 = LocalDate.of(2025, 7, 1);
    Finding f =
        validate(report(swedish(july1, 9, 0), swedish(july1.plusDays(2), 9, 0), july1.plusDays(3)))
            .withCode("BBIC-DOC-001")
            .get(0);
    assertThat(f.legalBasis())
        .get()
        .satisfies(
            b -> {
              assertThat(b.statute()).isEqualTo(Statute.SOL_2025_400);
              assertThat(b.confirmed()).isFalse();
              assertThat(b.section()).isNull();
            });
  }

  static Investigation investigation(LocalDate opened, LocalDate completed) {
    Investigation inv = (Investigation) new BbicGenerator(11).document(FormType.INVESTIGATION);
    return inv.toBuilder()
        .openedAt(opened)
        .completedAt(completed)
        .extension(null)
        .communication(inv.communication().toBuilder().communicatedAt(completed).build())
        .build();
  }

  @ParameterizedTest(name = "opened {0}, completed {1}: late = {2}")
  @CsvSource({
    "2024-03-10, 2024-07-10, false", // four months to the day
    "2024-03-10, 2024-07-11, true",
    "2023-10-31, 2024-02-29, false", // leap year: 31 October + 4 months = 29 February
    "2023-10-31, 2024-03-01, true",
    "2022-10-31, 2023-02-28, false", // common year: 28 February
    "2022-10-31, 2023-03-01, true",
    "2024-10-29, 2025-02-28, false", // 29 October + 4 months in a common year: 28 February
    "2024-10-29, 2025-03-01, true"
  })
  void investigationIsDueFourCalendarMonthsAfterOpening(
      LocalDate opened, LocalDate completed, boolean late) {
    ValidationReport report = validate(investigation(opened, completed));
    assertThatFindings(report).hasCodeExactlyWhen("BBIC-DOC-003", late);
    if (late) {
      assertThat(report.withCode("BBIC-DOC-003").get(0).pointer()).isEqualTo("/completedAt");
    }
  }

  @Test
  void anExtensionMovesTheDeadline() {
    LocalDate opened = LocalDate.of(2024, 3, 10);
    Investigation late = investigation(opened, LocalDate.of(2024, 8, 20));
    Investigation extended =
        late.toBuilder()
            .extension(
                Extension.builder()
                    .decidedAt(LocalDate.of(2024, 7, 1))
                    .newEndDate(LocalDate.of(2024, 8, 31))
                    .reason("Sakkunnigutlåtande väntas")
                    .build())
            .build();
    assertThatFindings(validate(late)).hasCode("BBIC-DOC-003");
    ValidationReport report = validate(extended);
    assertThatFindings(report).doesNotHaveCode("BBIC-DOC-003");
    assertThatFindings(report).doesNotHaveCode("BBIC-DOC-004");
  }

  @Test
  void anExtensionDecidedAfterTheDeadlineIsReported() {
    LocalDate opened = LocalDate.of(2024, 3, 10);
    Investigation inv =
        investigation(opened, LocalDate.of(2024, 8, 20)).toBuilder()
            .extension(
                Extension.builder()
                    .decidedAt(LocalDate.of(2024, 7, 11))
                    .newEndDate(LocalDate.of(2024, 8, 31))
                    .reason("Sent beslut")
                    .build())
            .build();
    assertThat(validate(inv).withCode("BBIC-DOC-004"))
        .extracting(Finding::pointer)
        .containsExactly("/extension/decidedAt");
  }

  @Test
  void anOpenInvestigationIsOverdueOnlyInACaseJudgedAfterTheDueDate() {
    var gen = new BbicGenerator(5);
    var cf = gen.caseFile();
    Investigation inv = cf.investigations().get(0);
    var open =
        cf.toBuilder()
            .investigations(java.util.List.of(inv.toBuilder().completedAt(null).build()))
            .decisions(java.util.List.of())
            .build();
    LocalDate due = inv.openedAt().plusMonths(4);
    ValidationReport onDue = VALIDATOR.validateCase(open, ValidationLevel.DRAFT, due);
    ValidationReport dayAfter =
        VALIDATOR.validateCase(open, ValidationLevel.DRAFT, due.plusDays(1));
    assertThatFindings(onDue).doesNotHaveCode("BBIC-DOC-003");
    assertThat(dayAfter.withCode("BBIC-DOC-003"))
        .extracting(Finding::pointer)
        .containsExactly("/investigations/0/completedAt");
    // a single document cannot be judged without a date
    assertThatFindings(VALIDATOR.validate(open.investigations().get(0), ValidationLevel.DRAFT))
        .doesNotHaveCode("BBIC-DOC-003");
  }
}
