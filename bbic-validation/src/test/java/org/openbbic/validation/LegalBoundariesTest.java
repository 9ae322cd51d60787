package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbbic.validation.FindingsAssert.assertThatFindings;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openbbic.forms.CarePlan;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.ChildSituationBasis;
import org.openbbic.forms.ChildSituationFollowUp;
import org.openbbic.forms.Decision;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Report;
import org.openbbic.model.code.DecisionKind;
import org.openbbic.model.law.Confidence;
import org.openbbic.model.law.LegalBasis;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;

/**
 * Each provision that changed, judged on the day before and the day of its change, and each fact
 * corrected against the checked legal sources.
 */
class LegalBoundariesTest {

  private static final BbicValidator VALIDATOR = BbicValidator.builder().build();
  private static final Locale SV = Locale.forLanguageTag("sv");
  private final BbicGenerator gen = new BbicGenerator(2026);
  private final CaseFile cf = gen.caseFile();

  /** The chain with one placement from {@code start}, never revised, and nothing after it. */
  private CaseFile placedOn(LocalDate start) {
    CarePlan cp =
        cf.carePlans().get(0).toBuilder()
            .placementStart(start)
            .decidedAt(start.minusDays(3))
            .reviseBy(null)
            .build();
    return cf.toBuilder()
        .carePlans(List.of(cp))
        .reconsiderations(List.of())
        .reviews(List.of())
        .followUps(List.of())
        .closures(List.of())
        .build();
  }

  private static List<Deadline> revisions(CaseFile file, LocalDate asOf) {
    return DeadlineCalendar.of(file, asOf).withStatus(DeadlineStatus.OVERDUE).stream()
        .filter(d -> d.kind() == DeadlineKind.CARE_PLAN_REVISION)
        .toList();
  }

  @Test
  void theCarePlanRevisionIsNotDueBefore1March2021() {
    LocalDate asOf = LocalDate.of(2021, 6, 1);
    CaseFile dueTheDayBefore = placedOn(LocalDate.of(2019, 2, 28)); // two years: 2021-02-28
    assertThat(revisions(dueTheDayBefore, asOf)).isEmpty();
    assertThatFindings(VALIDATOR.validateCase(dueTheDayBefore, ValidationLevel.DRAFT, asOf))
        .doesNotHaveCode("BBIC-CASE-011");

    CaseFile dueOnTheDay = placedOn(LocalDate.of(2019, 3, 1)); // two years: 2021-03-01
    List<Deadline> overdue = revisions(dueOnTheDay, asOf);
    assertThat(overdue).extracting(Deadline::dueDate).containsExactly(LocalDate.of(2021, 3, 1));
    assertThat(overdue.get(0).legalBasis().orElseThrow().source()).contains("SFS 2020:1260");
    ValidationReport report = VALIDATOR.validateCase(dueOnTheDay, ValidationLevel.DRAFT, asOf, SV);
    List<Finding> found = report.withCode("BBIC-CASE-011");
    assertThat(found).extracting(Finding::pointer).containsExactly(overdue.get(0).pointer());
    assertThat(found.get(0).legalBasis()).isEqualTo(overdue.get(0).legalBasis());
    assertThat(found.get(0).arguments()).containsEntry("daysLate", 92L);
  }

  @Test
  void aReviseByDateIsJudgedOnlyWhereTheRevisionDutyWasInForce() {
    CarePlan cp = (CarePlan) gen.document(FormType.CARE_PLAN);
    CarePlan before =
        cp.toBuilder()
            .placementStart(LocalDate.of(2019, 2, 28))
            .reviseBy(LocalDate.of(2021, 6, 1))
            .build();
    CarePlan after =
        cp.toBuilder()
            .placementStart(LocalDate.of(2019, 3, 1))
            .reviseBy(LocalDate.of(2021, 6, 1))
            .build();
    assertThatFindings(VALIDATOR.validate(before, ValidationLevel.DRAFT))
        .doesNotHaveCode("BBIC-DOC-010");
    assertThat(VALIDATOR.validate(after, ValidationLevel.DRAFT).withCode("BBIC-DOC-010"))
        .extracting(Finding::pointer)
        .containsExactly("/reviseBy");
  }

  private ChildSituationFollowUp followUp(
      ChildSituationBasis basis, LocalDate decided, LocalDate ends) {
    ChildSituationFollowUp c =
        (ChildSituationFollowUp) gen.document(FormType.CHILD_SITUATION_FOLLOW_UP);
    return c.toBuilder().basis(basis).decidedAt(decided).endsAt(ends).build();
  }

  @Test
  void afterAnEndedPlacementTheFollowUpLastsAtMostSixMonthsUnder11Kap4b() {
    LocalDate decided = LocalDate.of(2023, 1, 10);
    assertThatFindings(
            VALIDATOR.validate(
                followUp(
                    ChildSituationBasis.AFTER_ENDED_PLACEMENT, decided, LocalDate.of(2023, 7, 10)),
                ValidationLevel.SIGNED))
        .doesNotHaveCode("BBIC-DOC-017");
    List<Finding> late =
        VALIDATOR
            .validate(
                followUp(
                    ChildSituationBasis.AFTER_ENDED_PLACEMENT, decided, LocalDate.of(2023, 7, 11)),
                ValidationLevel.SIGNED,
                SV)
            .withCode("BBIC-DOC-017");
    assertThat(late).hasSize(1);
    assertThat(late.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(late.get(0).arguments()).containsEntry("months", 6L);
    LegalBasis b = late.get(0).legalBasis().orElseThrow();
    assertThat(b.section()).isEqualTo("4 b");
    assertThat(b.limit()).contains(Period.ofMonths(6));
  }

  @Test
  void the11Kap4bLimitAppliesFrom1July2022() {
    LocalDate farEnd = LocalDate.of(2023, 12, 31);
    assertThatFindings(
            VALIDATOR.validate(
                followUp(
                    ChildSituationBasis.AFTER_ENDED_PLACEMENT, LocalDate.of(2022, 6, 30), farEnd),
                ValidationLevel.SIGNED))
        .doesNotHaveCode("BBIC-DOC-017");
    assertThatFindings(
            VALIDATOR.validate(
                followUp(
                    ChildSituationBasis.AFTER_ENDED_PLACEMENT, LocalDate.of(2022, 7, 1), farEnd),
                ValidationLevel.SIGNED))
        .hasCode("BBIC-DOC-017");
  }

  @Test
  void afterAClosedInvestigationTheUnsourcedTwoMonthsGiveOnlyAWarning() {
    LocalDate decided = LocalDate.of(2023, 12, 31);
    ValidationReport late =
        VALIDATOR.validate(
            followUp(
                ChildSituationBasis.AFTER_CLOSED_INVESTIGATION, decided, LocalDate.of(2024, 3, 1)),
            ValidationLevel.SIGNED);
    List<Finding> found = late.withCode("BBIC-DOC-017");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(found.get(0).legalBasis().orElseThrow().confidence())
        .isEqualTo(Confidence.NOT_FOUND);
    assertThat(found.get(0).legalBasis().orElseThrow().section()).isEqualTo("4 a");
    assertThatFindings(
            VALIDATOR.validate(
                followUp(
                    ChildSituationBasis.AFTER_CLOSED_INVESTIGATION,
                    decided,
                    LocalDate.of(2024, 2, 29)),
                ValidationLevel.SIGNED))
        .doesNotHaveCode("BBIC-DOC-017");
  }

  @Test
  void theAppealInstructionCitesFl33AndFl44() {
    Decision d = (Decision) gen.document(FormType.DECISION);
    Decision refused = d.toBuilder().kind(DecisionKind.REFUSED).appealInstruction(null).build();
    Finding f =
        VALIDATOR.validate(refused, ValidationLevel.COMPLETE, SV).withCode("BBIC-DOC-009").get(0);
    assertThat(f.legalBases()).extracting(LegalBasis::section).containsExactly("33", "44");
    assertThat(f.legalBasis().orElseThrow().cite(SV))
        .isEqualTo("33 § förvaltningslagen (2017:900)");
  }

  @Test
  void theFourMonthRuleCitesTheSecondStycke() {
    Deadline d =
        DeadlineCalendar.of(cf, LocalDate.of(2030, 1, 1)).deadlines().stream()
            .filter(x -> x.kind() == DeadlineKind.INVESTIGATION)
            .findFirst()
            .orElseThrow();
    if (d.startDate().isBefore(LocalDate.of(2025, 7, 1))) {
      assertThat(d.legalBasis().orElseThrow().citeShort(SV))
          .isEqualTo("11 kap. 2 § 2 st. SoL (2001:453)");
    } else {
      assertThat(d.legalBasis().orElseThrow().confirmed()).isFalse();
    }
  }

  @Test
  void aLateForhandsbedomningWithSynnerligaSkalIsExcusedButNeverCalledMet() {
    Report r = cf.reports().get(0);
    LocalDate received = r.receivedAt().toLocalDate();
    Report late =
        r.toBuilder()
            .initialAssessment(
                r.initialAssessment().toBuilder().decidedAt(received.plusDays(15)).build())
            .build();
    Report excused =
        r.toBuilder()
            .initialAssessment(
                r.initialAssessment().toBuilder()
                    .decidedAt(received.plusDays(15))
                    .extensionReason("Barnet kunde inte nås; synnerliga skäl.")
                    .build())
            .build();
    LocalDate asOf = LocalDate.of(2030, 1, 1);
    Deadline lateDeadline = initial(cf.toBuilder().reports(List.of(late)).build(), asOf);
    Deadline excusedDeadline = initial(cf.toBuilder().reports(List.of(excused)).build(), asOf);
    assertThat(lateDeadline.status()).isEqualTo(DeadlineStatus.MET_LATE);
    assertThat(excusedDeadline.status()).isEqualTo(DeadlineStatus.MET_EXCUSED);
    assertThat(excusedDeadline.daysLate()).isEqualTo(1);
    assertThatFindings(VALIDATOR.validate(late, ValidationLevel.DRAFT)).hasCode("BBIC-DOC-002");
    assertThatFindings(VALIDATOR.validate(excused, ValidationLevel.DRAFT))
        .doesNotHaveCode("BBIC-DOC-002");
  }

  private static Deadline initial(CaseFile file, LocalDate asOf) {
    return DeadlineCalendar.of(file, asOf).deadlines().stream()
        .filter(d -> d.kind() == DeadlineKind.INITIAL_ASSESSMENT)
        .findFirst()
        .orElseThrow();
  }
}
