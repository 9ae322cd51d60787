package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbbic.validation.FindingsAssert.assertThatFindings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openbbic.forms.CarePlan;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Closure;
import org.openbbic.forms.Decision;
import org.openbbic.forms.FollowUp;
import org.openbbic.forms.FormType;
import org.openbbic.forms.GoalFollowUp;
import org.openbbic.forms.ImplementationPlan;
import org.openbbic.forms.InitialAssessmentDecision;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.NeedAreaAssessment;
import org.openbbic.forms.Reconsideration;
import org.openbbic.forms.Report;
import org.openbbic.forms.Review;
import org.openbbic.forms.ReviewOutcome;
import org.openbbic.model.IdType;
import org.openbbic.model.PersonId;
import org.openbbic.model.Personnummer;
import org.openbbic.model.code.CareBasis;
import org.openbbic.model.code.NeedArea;
import org.openbbic.model.law.LegalBasis;
import org.openbbic.model.law.Statute;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;

/** Case-chain rules over a generated chain with one thing changed. */
class CaseRulesTest {

  private static final BbicValidator VALIDATOR = BbicValidator.builder().build();
  private final BbicGenerator gen = new BbicGenerator(99);
  // a SoL placement in a family home: the chain whose deadlines these tests move
  private final CaseFile cf =
      gen.caseFile(
          org.openbbic.model.code.CareBasis.SOL, org.openbbic.model.code.PlacementForm.FAMILY_HOME);
  private final LocalDate after = TestCases.lastDate(cf).plusDays(1);

  private static ValidationReport check(CaseFile file, LocalDate asOf) {
    return VALIDATOR.validateCase(file, ValidationLevel.SIGNED, asOf, Locale.ENGLISH);
  }

  private static List<String> pointers(ValidationReport r, String code) {
    return r.withCode(code).stream().map(Finding::pointer).toList();
  }

  @Test
  void theUnchangedChainIsValid() {
    assertThat(check(cf, after).findings()).as("seed 99").isEmpty();
  }

  @Test
  void everyDocumentConcernsTheSameChild() {
    Report r = cf.reports().get(0);
    PersonId other = PersonId.of(Personnummer.of(LocalDate.of(2012, 2, 2), 234, false));
    CaseFile broken =
        cf.toBuilder()
            .reports(
                List.of(r.toBuilder().header(r.header().toBuilder().child(other).build()).build()))
            .build();
    ValidationReport report = check(broken, after);
    assertThat(pointers(report, "BBIC-CASE-001")).containsExactly("/reports/0/header/child");
    assertThat(report.withCode("BBIC-CASE-001").get(0).documentId())
        .contains(r.header().documentId());
  }

  @Test
  void referencesPointToDocumentsOfTheRightKind() {
    Decision d = cf.decisions().get(0);
    CaseFile dangling =
        cf.toBuilder()
            .decisions(List.of(d.toBuilder().investigationId(UUID.randomUUID()).build()))
            .build();
    CaseFile wrongKind =
        cf.toBuilder()
            .decisions(
                List.of(
                    d.toBuilder()
                        .investigationId(cf.carePlans().get(0).header().documentId())
                        .build()))
            .build();
    assertThat(pointers(check(dangling, after), "BBIC-CASE-002"))
        .containsExactly("/decisions/0/investigationId");
    assertThat(pointers(check(wrongKind, after), "BBIC-CASE-002"))
        .containsExactly("/decisions/0/investigationId");
  }

  @Test
  void documentIdsAreUnique() {
    Closure c = cf.closures().get(0);
    CaseFile twice = cf.toBuilder().closures(List.of(c, c)).build();
    assertThat(pointers(check(twice, after), "BBIC-CASE-003"))
        .containsExactly("/closures/1/header/documentId");
  }

  @Test
  void aDecisionIsNotDatedBeforeTheInvestigationItRestsOnWasCompleted() {
    Decision d = cf.decisions().get(0);
    LocalDate completed = cf.investigations().get(0).completedAt();
    CaseFile early =
        cf.toBuilder()
            .decisions(List.of(d.toBuilder().decidedAt(completed.minusDays(1)).build()))
            .build();
    CaseFile sameDay =
        cf.toBuilder().decisions(List.of(d.toBuilder().decidedAt(completed).build())).build();
    ValidationReport report = check(early, after);
    assertThat(pointers(report, "BBIC-CASE-004")).containsExactly("/decisions/0/decidedAt");
    assertThat(report.withCode("BBIC-CASE-004").get(0).arguments())
        .containsEntry("reference", "/investigations/0/completedAt");
    assertThatFindings(check(sameDay, after)).doesNotHaveCode("BBIC-CASE-004");
  }

  @Test
  void planGoalsConcernAssessedNeedAreas() {
    ImplementationPlan plan = cf.implementationPlans().get(0);
    NeedArea area = plan.goals().get(0).needAreas().get(0);
    Investigation inv = cf.investigations().get(0);
    List<NeedAreaAssessment> kept = new ArrayList<>(inv.assessments());
    kept.removeIf(a -> a.area().equals(area));
    CaseFile broken =
        cf.toBuilder().investigations(List.of(inv.toBuilder().assessments(kept).build())).build();
    ValidationReport report = check(broken, after);
    assertThat(pointers(report, "BBIC-CASE-005"))
        .contains("/implementationPlans/0/goals/0/needAreas/0");
    assertThat(report.withCode("BBIC-CASE-005")).allMatch(f -> f.severity() == Severity.WARNING);
  }

  @Test
  void followUpOutcomesReferToGoalsOfThePlan() {
    FollowUp f = cf.followUps().get(0);
    List<GoalFollowUp> outcomes = new ArrayList<>(f.goalFollowUps());
    outcomes.set(0, outcomes.get(0).toBuilder().goalId("no-such-goal").build());
    CaseFile broken =
        cf.toBuilder().followUps(List.of(f.toBuilder().goalFollowUps(outcomes).build())).build();
    assertThat(pointers(check(broken, after), "BBIC-CASE-006"))
        .containsExactly("/followUps/0/goalFollowUps/0/goalId");
  }

  @Test
  void communicationComesBeforeTheDecision() {
    Investigation inv = cf.investigations().get(0);
    LocalDate decided = cf.decisions().get(0).decidedAt();
    java.util.function.Function<LocalDate, CaseFile> communicatedOn =
        d ->
            cf.toBuilder()
                .investigations(
                    List.of(
                        inv.toBuilder()
                            .communication(
                                inv.communication().toBuilder().communicatedAt(d).build())
                            .build()))
                .build();
    assertThatFindings(check(communicatedOn.apply(decided), after))
        .doesNotHaveCode("BBIC-CASE-007");
    ValidationReport late = check(communicatedOn.apply(decided.plusDays(1)), after);
    assertThat(pointers(late, "BBIC-CASE-007"))
        .containsExactly("/investigations/0/communication/communicatedAt");
    assertThat(late.withCode("BBIC-CASE-007").get(0).legalBasis())
        .get()
        .extracting(b -> b.statute())
        .isEqualTo(Statute.FL_2017_900);
  }

  /** The chain with the SoL placement starting on {@code start} and no closure. */
  private CaseFile placement(LocalDate start, List<Reconsideration> recs) {
    CarePlan cp = cf.carePlans().get(0);
    return cf.toBuilder()
        .carePlans(
            List.of(cp.toBuilder().placementStart(start).reviseBy(start.plusYears(2)).build()))
        .reconsiderations(recs)
        .closures(List.of())
        .build();
  }

  private Reconsideration reconsideration(LocalDate on, boolean continues) {
    return cf.reconsiderations().get(0).toBuilder()
        .performedAt(on)
        .careStillNeeded(continues)
        .build();
  }

  @ParameterizedTest(name = "placement {0}: due {1}")
  @CsvSource({"2024-01-15, 2024-07-15", "2023-08-31, 2024-02-29", "2022-08-31, 2023-02-28"})
  void anOpenSolPlacementIsReconsideredEverySixMonths(LocalDate start, LocalDate due) {
    CaseFile file = placement(start, List.of());
    ValidationReport onDue = check(file, due);
    ValidationReport dayAfter = check(file, due.plusDays(1));
    assertThatFindings(onDue).doesNotHaveCode("BBIC-CASE-008");
    assertThat(dayAfter.withCode("BBIC-CASE-008"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.pointer()).isEqualTo("/carePlans/0/placementStart");
              assertThat(f.arguments()).containsEntry("dueDate", due);
            });
  }

  @Test
  void aReconsiderationOnTheDueDateMeetsItAndTheNextCycleStartsFromIt() {
    LocalDate start = LocalDate.of(2024, 1, 15);
    LocalDate due = LocalDate.of(2024, 7, 15);
    CaseFile onTime = placement(start, List.of(reconsideration(due, true)));
    CaseFile late = placement(start, List.of(reconsideration(due.plusDays(1), true)));
    assertThatFindings(check(onTime, due.plusDays(1))).doesNotHaveCode("BBIC-CASE-008");
    assertThat(pointers(check(late, due.plusDays(2)), "BBIC-CASE-008"))
        .containsExactly("/reconsiderations/0/performedAt");
    // next cycle: six months after the reconsideration
    assertThat(pointers(check(onTime, LocalDate.of(2025, 1, 16)), "BBIC-CASE-008"))
        .containsExactly("/reconsiderations/0/performedAt");
    assertThatFindings(check(onTime, LocalDate.of(2025, 1, 15))).doesNotHaveCode("BBIC-CASE-008");
  }

  @Test
  void reconsiderationCitesTheActInForceWhenTheCycleBegan() {
    Finding old =
        check(placement(LocalDate.of(2025, 6, 30), List.of()), LocalDate.of(2026, 1, 1))
            .withCode("BBIC-CASE-008")
            .get(0);
    Finding now =
        check(placement(LocalDate.of(2025, 7, 1), List.of()), LocalDate.of(2026, 1, 2))
            .withCode("BBIC-CASE-008")
            .get(0);
    assertThat(old.legalBasis()).get().extracting(b -> b.statute()).isEqualTo(Statute.SOL_2001_453);
    assertThat(now.legalBasis()).get().extracting(b -> b.statute()).isEqualTo(Statute.SOL_2025_400);
  }

  @Test
  void lvu2CareIsReconsideredEverySixMonths() {
    CarePlan cp = cf.carePlans().get(0);
    LocalDate start = LocalDate.of(2024, 3, 1);
    CaseFile file =
        cf.toBuilder()
            .carePlans(
                List.of(cp.toBuilder().legalBasis(CareBasis.LVU_2).placementStart(start).build()))
            .reconsiderations(List.of())
            .closures(List.of())
            .build();
    assertThatFindings(check(file, LocalDate.of(2024, 9, 1))).doesNotHaveCode("BBIC-CASE-009");
    assertThat(pointers(check(file, LocalDate.of(2024, 9, 2)), "BBIC-CASE-009"))
        .containsExactly("/carePlans/0/placementStart");
    assertThatFindings(check(file, LocalDate.of(2024, 9, 2))).doesNotHaveCode("BBIC-CASE-008");
  }

  @Test
  void lvu3CareIsReviewedWithinSixMonthsOfEnforcement() {
    Review review = (Review) gen.document(FormType.REVIEW);
    LocalDate enforced = LocalDate.of(2024, 2, 29);
    LocalDate due = LocalDate.of(2024, 8, 29);
    java.util.function.Function<LocalDate, CaseFile> reviewedOn =
        d ->
            cf.toBuilder()
                .reviews(
                    List.of(
                        review.toBuilder()
                            .careEnforcedAt(enforced)
                            .performedAt(d)
                            .outcome(ReviewOutcome.CARE_CONTINUES)
                            .build()))
                .closures(List.of())
                .build();
    assertThatFindings(check(reviewedOn.apply(due), due.plusDays(5)))
        .doesNotHaveCode("BBIC-CASE-010");
    assertThat(pointers(check(reviewedOn.apply(due.plusDays(1)), due.plusDays(5)), "BBIC-CASE-010"))
        .containsExactly("/reviews/0/performedAt");
  }

  @Test
  void aCarePlanIsRevisedWithinTwoYearsOfPlacement() {
    LocalDate start = cf.carePlans().get(0).decidedAt();
    CaseFile open = placement(start, List.of(reconsideration(start.plusMonths(5), false)));
    LocalDate due = start.plusYears(2);
    assertThatFindings(check(open, due)).doesNotHaveCode("BBIC-CASE-011");
    assertThat(pointers(check(open, due.plusDays(1)), "BBIC-CASE-011"))
        .containsExactly("/carePlans/0/reviseBy");
    CarePlan first = open.carePlans().get(0);
    CarePlan revision =
        first.toBuilder()
            .header(first.header().toBuilder().documentId(UUID.randomUUID()).build())
            .decidedAt(start.plusYears(1))
            .build();
    CaseFile revised = open.toBuilder().carePlans(List.of(first, revision)).build();
    assertThatFindings(check(revised, due.plusDays(1))).doesNotHaveCode("BBIC-CASE-011");
  }

  @Test
  void suspectedViolenceLeadsToAnInvestigationThatRefersToTheReport() {
    Report r = cf.reports().get(0);
    Report violence =
        r.toBuilder()
            .suspectedViolence(true)
            .initialAssessment(
                r.initialAssessment().toBuilder()
                    .decision(InitialAssessmentDecision.OPEN_INVESTIGATION)
                    .build())
            .build();
    Investigation inv = cf.investigations().get(0);
    CaseFile linked = cf.toBuilder().reports(List.of(violence)).build();
    CaseFile unlinked =
        linked.toBuilder()
            .investigations(List.of(inv.toBuilder().initiatedBy(List.of()).build()))
            .investigationPlans(
                List.of(cf.investigationPlans().get(0).toBuilder().initiatedBy(List.of()).build()))
            .build();
    assertThatFindings(check(linked, after)).doesNotHaveCode("BBIC-CASE-012");
    assertThat(pointers(check(unlinked, after), "BBIC-CASE-012"))
        .containsExactly("/reports/0/initialAssessment/decision");
  }

  private CaseFile bornOn(LocalDate birth) {
    String number = Personnummer.of(birth, 238, false).format();
    PersonId id = PersonId.of(IdType.PERSONNUMMER, number);
    CaseFile.Builder b =
        cf.toBuilder().child(cf.child().toBuilder().id(id).birthDate(birth).build());
    // keep one child across the file
    return TestCases.withChild(b.build(), id);
  }

  @Test
  void lvu3CareIsNotDecidedForSomeoneOf20() {
    Decision d = cf.decisions().get(0);
    LocalDate decided = d.decidedAt();
    CaseFile twenty =
        bornOn(decided.minusYears(20)).toBuilder()
            .decisions(List.of(d.toBuilder().legalBasis(CareBasis.LVU_3).build()))
            .build();
    CaseFile nineteen =
        bornOn(decided.minusYears(20).plusDays(1)).toBuilder()
            .decisions(List.of(d.toBuilder().legalBasis(CareBasis.LVU_3).build()))
            .build();
    assertThat(pointers(check(twenty, after), "BBIC-CASE-014"))
        .containsExactly("/decisions/0/decidedAt");
    assertThatFindings(check(nineteen, after)).doesNotHaveCode("BBIC-CASE-014");
  }

  @Test
  void aCaseBegunAfter18IsFlaggedAndDocumentsAfter21Warned() {
    LocalDate received =
        cf.reports()
            .get(0)
            .receivedAt()
            .atZoneSameInstant(ZoneId.of("Europe/Stockholm"))
            .toLocalDate();
    ValidationReport adult = check(bornOn(received.minusYears(18)), after);
    assertThat(pointers(adult, "BBIC-CASE-013")).containsExactly("/reports/0/receivedAt");
    assertThat(adult.withCode("BBIC-CASE-013").get(0).severity()).isEqualTo(Severity.INFO);
    assertThatFindings(check(bornOn(received.minusYears(18).plusDays(1)), after))
        .doesNotHaveCode("BBIC-CASE-013");
    LocalDate closed = cf.closures().get(0).closedAt();
    assertThat(pointers(check(bornOn(closed.minusYears(21)), after), "BBIC-CASE-015"))
        .contains("/closures/0/closedAt");
    assertThatFindings(check(bornOn(closed.minusYears(21).plusDays(1)), after))
        .doesNotHaveCode("BBIC-CASE-015");
  }

  @Test
  void aNewInvestigationOfTheSameMatterRightAfterOneClosedIsWarned() {
    Investigation first = cf.investigations().get(0);
    java.util.function.IntFunction<CaseFile> secondAfter =
        days ->
            cf.toBuilder()
                .addInvestigation(
                    first.toBuilder()
                        .header(first.header().toBuilder().documentId(UUID.randomUUID()).build())
                        .openedAt(first.completedAt().plusDays(days))
                        .completedAt(first.completedAt().plusDays(days + 60))
                        .build())
                .build();
    LocalDate late = first.completedAt().plusDays(200);
    assertThat(pointers(check(secondAfter.apply(10), late), "BBIC-CASE-016"))
        .containsExactly("/investigations/1/openedAt");
    assertThatFindings(check(secondAfter.apply(30), late)).hasCode("BBIC-CASE-016");
    assertThatFindings(check(secondAfter.apply(31), late)).doesNotHaveCode("BBIC-CASE-016");
  }

  @Test
  void noFourteenDayDecisionIsDueWhileAnInvestigationIsUnderWay() {
    Report r = cf.reports().get(0);
    LocalDate received =
        r.receivedAt().atZoneSameInstant(ZoneId.of("Europe/Stockholm")).toLocalDate();
    Report late =
        r.toBuilder()
            .initialAssessment(
                r.initialAssessment().toBuilder().decidedAt(received.plusDays(20)).build())
            .build();
    Investigation inv = cf.investigations().get(0);
    Investigation earlier =
        inv.toBuilder()
            .header(inv.header().toBuilder().documentId(UUID.randomUUID()).build())
            .initiatedBy(List.of())
            .planId(null)
            .openedAt(received.minusDays(30))
            .completedAt(received.plusDays(40))
            .build();
    CaseFile withoutOngoing = cf.toBuilder().reports(List.of(late)).build();
    CaseFile withOngoing = withoutOngoing.toBuilder().addInvestigation(earlier).build();
    assertThat(pointers(check(withoutOngoing, after), "BBIC-DOC-002"))
        .containsExactly("/reports/0/initialAssessment/decidedAt");
    assertThatFindings(check(withOngoing, after)).doesNotHaveCode("BBIC-DOC-002");
    assertThat(DeadlineCalendar.of(withOngoing, after).deadlines())
        .extracting(Deadline::kind)
        .doesNotContain(org.openbbic.validation.DeadlineKind.INITIAL_ASSESSMENT);
  }

  /** The chain with a family-home placement from {@code start} and överväganden on the days. */
  private CaseFile familyHome(CareBasis basis, LocalDate start, Object... reconsiderations) {
    CarePlan cp =
        cf.carePlans().get(0).toBuilder()
            .legalBasis(basis)
            .placementForm(org.openbbic.model.code.PlacementForm.FAMILY_HOME)
            .placementStart(start)
            .build();
    List<Reconsideration> recs = new ArrayList<>();
    for (int i = 0; i < reconsiderations.length; i += 2) {
      recs.add(
          cf.reconsiderations().get(0).toBuilder()
              .header(
                  cf.reconsiderations().get(0).header().toBuilder()
                      .documentId(UUID.nameUUIDFromBytes(("rec" + i).getBytes()))
                      .build())
              .legalBasis(basis)
              .carePlanId(cp.header().documentId())
              .performedAt((LocalDate) reconsiderations[i])
              .careStillNeeded(true)
              .custodyTransferConsidered((Boolean) reconsiderations[i + 1])
              .build());
    }
    return cf.toBuilder().carePlans(List.of(cp)).reconsiderations(recs).closures(List.of()).build();
  }

  /** The custody-transfer findings, judged the day after the last övervägande. */
  private static List<Finding> custody(CaseFile file) {
    LocalDate last =
        file.reconsiderations().stream()
            .map(Reconsideration::performedAt)
            .max(LocalDate::compareTo)
            .orElseThrow();
    List<Finding> found = check(file, last.plusDays(1)).withCode("BBIC-CASE-017");
    List<String> calendar =
        DeadlineCalendar.of(file, last.plusDays(1)).deadlines().stream()
            .filter(d -> d.kind() == DeadlineKind.CUSTODY_TRANSFER && d.status().breach())
            .map(Deadline::pointer)
            .toList();
    assertThat(found).extracting(Finding::pointer).containsExactlyElementsOf(calendar);
    return found;
  }

  @Test
  void custodyTransferIsDueAfterThreeYearsUntil30June2022AndAfterTwoFrom1July2022() {
    // placed 1 March 2020: two years on 1 March 2022, three years on 1 March 2023
    LocalDate start = LocalDate.of(2020, 3, 1);
    assertThat(custody(familyHome(CareBasis.SOL, start, LocalDate.of(2022, 6, 30), false)))
        .as("30 June 2022: three years apply, not reached")
        .isEmpty();
    List<Finding> july = custody(familyHome(CareBasis.SOL, start, LocalDate.of(2022, 7, 1), false));
    assertThat(july)
        .extracting(Finding::pointer)
        .containsExactly("/reconsiderations/0/custodyTransferConsidered");
    LegalBasis b = july.get(0).legalBasis().orElseThrow();
    assertThat(b.cite(Locale.forLanguageTag("sv")))
        .isEqualTo("6 kap. 8 § tredje stycket socialtjänstlagen (2001:453)");
    assertThat(b.limit()).contains(java.time.Period.ofYears(2));
    assertThat(july.get(0).arguments()).containsEntry("years", 2);
    assertThat(july.get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void underTheOlderWordingThreeYearsInTheSameFamilyHomeAreTheThreshold() {
    LocalDate start = LocalDate.of(2018, 1, 10);
    assertThat(custody(familyHome(CareBasis.SOL, start, LocalDate.of(2021, 1, 9), false)))
        .isEmpty();
    List<Finding> due = custody(familyHome(CareBasis.SOL, start, LocalDate.of(2021, 1, 10), false));
    assertThat(due).hasSize(1);
    assertThat(due.get(0).legalBasis().orElseThrow().paragraph()).isNull();
    assertThat(due.get(0).arguments()).containsEntry("years", 3);
    // 1 March 2021 (SFS 2020:1260): the second stycke, still three years
    List<Finding> second =
        custody(
            familyHome(CareBasis.SOL, LocalDate.of(2018, 3, 1), LocalDate.of(2021, 3, 1), false));
    assertThat(second.get(0).legalBasis().orElseThrow().paragraph()).isEqualTo(2);
  }

  @Test
  void afterTheFirstConsiderationCustodyTransferIsConsideredAtLeastEveryTwelveMonths() {
    LocalDate start = LocalDate.of(2022, 9, 1);
    LocalDate first = LocalDate.of(2024, 9, 1);
    CaseFile yearly =
        familyHome(
            CareBasis.SOL,
            start,
            first,
            true,
            first.plusMonths(6),
            false,
            first.plusMonths(12),
            true,
            first.plusMonths(18),
            false);
    assertThat(custody(yearly)).isEmpty();
    CaseFile skipped =
        familyHome(
            CareBasis.SOL,
            start,
            first,
            true,
            first.plusMonths(6),
            false,
            first.plusMonths(12),
            false);
    assertThat(custody(skipped))
        .extracting(Finding::pointer)
        .containsExactly("/reconsiderations/2/custodyTransferConsidered");
  }

  @Test
  void underLvuTheTwoYearsApplyFrom1July2022AndCiteLvu13() {
    LocalDate start = LocalDate.of(2019, 1, 1);
    assertThat(custody(familyHome(CareBasis.LVU_2, start, LocalDate.of(2022, 6, 30), false)))
        .as("no sourced LVU provision before 1 July 2022")
        .isEmpty();
    List<Finding> due =
        custody(familyHome(CareBasis.LVU_2, start, LocalDate.of(2022, 7, 1), false));
    assertThat(due).hasSize(1);
    assertThat(due.get(0).legalBasis().orElseThrow().statute()).isEqualTo(Statute.LVU_1990_52);
  }

  @Test
  void aPlacementHasAnImplementationPlanForIt() {
    ImplementationPlan p = cf.implementationPlans().get(0);
    CaseFile detached =
        cf.toBuilder().implementationPlans(List.of(p.toBuilder().carePlanId(null).build())).build();
    ValidationReport report = check(detached, after);
    assertThat(pointers(report, "BBIC-CASE-018")).containsExactly("/carePlans/0/placementForm");
    // a WARNING within the grace period after the care plan's decision, an ERROR after it
    LocalDate decided = cf.carePlans().get(0).decidedAt();
    assertThat(check(detached, decided.plusDays(30)).withCode("BBIC-CASE-018").get(0).severity())
        .isEqualTo(Severity.WARNING);
    assertThat(check(detached, decided.plusDays(31)).withCode("BBIC-CASE-018").get(0).severity())
        .isEqualTo(Severity.ERROR);
    assertThat(report.withCode("BBIC-CASE-018").get(0).severity()).isEqualTo(Severity.ERROR);
    assertThatFindings(VALIDATOR.validateCase(detached, ValidationLevel.DRAFT, after))
        .doesNotHaveCode("BBIC-CASE-018");
    CaseFile emergency =
        detached.toBuilder()
            .carePlans(
                List.of(
                    cf.carePlans().get(0).toBuilder()
                        .placementForm(org.openbbic.model.code.PlacementForm.EMERGENCY_HOME)
                        .build()))
            .build();
    assertThatFindings(check(emergency, after)).doesNotHaveCode("BBIC-CASE-018");
  }
}
