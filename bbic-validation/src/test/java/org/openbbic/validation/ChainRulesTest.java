package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbbic.validation.FindingsAssert.assertThatFindings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Closure;
import org.openbbic.forms.Decision;
import org.openbbic.forms.FollowUp;
import org.openbbic.forms.Goal;
import org.openbbic.forms.ImplementationPlan;
import org.openbbic.forms.Reconsideration;
import org.openbbic.forms.Report;
import org.openbbic.forms.Review;
import org.openbbic.forms.ReviewOutcome;
import org.openbbic.model.code.CareBasis;
import org.openbbic.model.code.DecisionKind;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;

/** Time along the chain, what a legal basis requires, and plans that trace to each other. */
class ChainRulesTest {

  private static final BbicValidator VALIDATOR = BbicValidator.builder().build();
  private final BbicGenerator gen = new BbicGenerator(4242);
  // a SoL placement in a family home: the chain these tests change
  private final CaseFile cf =
      gen.caseFile(
          org.openbbic.model.code.CareBasis.SOL, org.openbbic.model.code.PlacementForm.FAMILY_HOME);
  private final LocalDate after = TestCases.lastDate(cf).plusDays(1);

  private static List<Finding> found(CaseFile file, LocalDate asOf, String code) {
    return VALIDATOR
        .validateCase(file, ValidationLevel.SIGNED, asOf, Locale.ENGLISH)
        .withCode(code);
  }

  private static List<String> pointers(List<Finding> findings) {
    return findings.stream().map(Finding::pointer).toList();
  }

  @Test
  void theGeneratedChainBreaksNoneOfTheseRules() {
    for (String code :
        List.of(
            "BBIC-DOC-019",
            "BBIC-DOC-020",
            "BBIC-CASE-019",
            "BBIC-CASE-021",
            "BBIC-CASE-022",
            "BBIC-CASE-023",
            "BBIC-CASE-024")) {
      assertThat(found(cf, after, code)).as(code).isEmpty();
    }
  }

  @Test
  void aDocumentIsNotSignedBeforeItWasCreated() {
    Decision d = cf.decisions().get(0);
    OffsetDateTime created = d.header().createdAt();
    CaseFile early =
        cf.toBuilder()
            .decisions(
                List.of(
                    d.toBuilder()
                        .header(d.header().toBuilder().signedAt(created.minusMinutes(1)).build())
                        .build()))
            .build();
    CaseFile same =
        cf.toBuilder()
            .decisions(
                List.of(
                    d.toBuilder().header(d.header().toBuilder().signedAt(created).build()).build()))
            .build();
    assertThat(pointers(found(early, after, "BBIC-DOC-019")))
        .containsExactly("/decisions/0/header/signedAt");
    assertThat(found(same, after, "BBIC-DOC-019")).isEmpty();
  }

  @Test
  void nothingDoneIsDatedAfterTheAsOfDayAnErrorOnlyAtSigned() {
    Closure c = cf.closures().get(0);
    LocalDate closed = c.closedAt();
    // judged on the closure day: nothing lies after it; the day before, the closure does
    assertThat(found(cf, closed.plusDays(1), "BBIC-DOC-020")).isEmpty();
    List<Finding> dayBefore =
        VALIDATOR
            .validateCase(cf, ValidationLevel.SIGNED, closed.minusDays(1), Locale.ENGLISH)
            .withCode("BBIC-DOC-020");
    assertThat(pointers(dayBefore)).contains("/closures/0/closedAt");
    assertThat(dayBefore).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    List<Finding> draft =
        VALIDATOR
            .validateCase(cf, ValidationLevel.DRAFT, closed.minusDays(1), Locale.ENGLISH)
            .withCode("BBIC-DOC-020");
    assertThat(draft).isNotEmpty();
    assertThat(draft).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    // a single document judged on a day, too
    Decision d = cf.decisions().get(0);
    assertThat(
            VALIDATOR
                .validate(d, ValidationLevel.SIGNED, d.decidedAt().minusDays(1), Locale.ENGLISH)
                .withCode("BBIC-DOC-020"))
        .extracting(Finding::pointer)
        .contains("/decidedAt");
  }

  @Test
  void onlyANewCaseFollowsAClosure() {
    LocalDate closed = cf.closures().get(0).closedAt();
    FollowUp f = cf.followUps().get(0);
    CaseFile late =
        cf.toBuilder()
            .followUps(List.of(f.toBuilder().performedAt(closed.plusDays(1)).build()))
            .build();
    CaseFile onTheDay =
        cf.toBuilder().followUps(List.of(f.toBuilder().performedAt(closed).build())).build();
    assertThat(pointers(found(late, closed.plusDays(2), "BBIC-CASE-019")))
        .containsExactly("/followUps/0/performedAt");
    assertThat(found(onTheDay, closed.plusDays(2), "BBIC-CASE-019")).isEmpty();
    // a new report after the closure opens a new case: what follows it is not flagged
    Report r = cf.reports().get(0);
    Report again =
        r.toBuilder()
            .header(r.header().toBuilder().documentId(UUID.randomUUID()).build())
            .receivedAt(
                r.receivedAt()
                    .plusDays(closed.toEpochDay() - r.receivedAt().toLocalDate().toEpochDay() + 1))
            .build();
    List<Report> reports = new ArrayList<>(cf.reports());
    reports.add(again);
    assertThat(
            found(late.toBuilder().reports(reports).build(), closed.plusDays(2), "BBIC-CASE-019"))
        .isEmpty();
  }

  private CaseFile lvuDecision(CareBasis basis, LocalDate decided) {
    Decision d = cf.decisions().get(0);
    return cf.toBuilder()
        .decisions(List.of(d.toBuilder().legalBasis(basis).decidedAt(decided).build()))
        .build();
  }

  @Test
  void careUnderLvu2IsDecidedOnlyBeforeThe18thBirthday() {
    LocalDate eighteen = cf.child().birthDate().plusYears(18);
    assertThat(found(lvuDecision(CareBasis.LVU_2, eighteen.minusDays(1)), after, "BBIC-CASE-021"))
        .isEmpty();
    List<Finding> f = found(lvuDecision(CareBasis.LVU_2, eighteen), after, "BBIC-CASE-021");
    assertThat(pointers(f)).containsExactly("/decisions/0/decidedAt");
    assertThat(f.get(0).legalBasis().orElseThrow().section()).isEqualTo("1");
    // LVU 3 § allows it until 20
    assertThat(found(lvuDecision(CareBasis.LVU_3, eighteen), after, "BBIC-CASE-014")).isEmpty();
    LocalDate twenty = cf.child().birthDate().plusYears(20);
    assertThat(found(lvuDecision(CareBasis.LVU_3, twenty.minusDays(1)), after, "BBIC-CASE-014"))
        .isEmpty();
    assertThat(pointers(found(lvuDecision(CareBasis.LVU_3, twenty), after, "BBIC-CASE-014")))
        .containsExactly("/decisions/0/decidedAt");
  }

  @Test
  void careUnderLvuEndsAtThe21stBirthday() {
    LocalDate twentyOne = cf.child().birthDate().plusYears(21);
    Review review = (Review) gen.document(org.openbbic.forms.FormType.REVIEW);
    java.util.function.Function<LocalDate, CaseFile> reviewedOn =
        d ->
            cf.toBuilder()
                .reviews(
                    List.of(
                        review.toBuilder()
                            .header(review.header().toBuilder().child(cf.child().id()).build())
                            .performedAt(d)
                            .outcome(ReviewOutcome.CARE_CONTINUES)
                            .build()))
                .build();
    assertThat(found(reviewedOn.apply(twentyOne.minusDays(1)), after, "BBIC-CASE-022")).isEmpty();
    List<Finding> f = found(reviewedOn.apply(twentyOne), after, "BBIC-CASE-022");
    assertThat(pointers(f)).containsExactly("/reviews/0/outcome");
    assertThat(f.get(0).legalBasis().orElseThrow().section()).isEqualTo("21");
    Reconsideration r = cf.reconsiderations().get(0);
    CaseFile lvu2 =
        cf.toBuilder()
            .reconsiderations(
                List.of(
                    r.toBuilder()
                        .legalBasis(CareBasis.LVU_2)
                        .performedAt(twentyOne)
                        .careStillNeeded(true)
                        .build()))
            .build();
    assertThat(pointers(found(lvu2, after, "BBIC-CASE-022")))
        .containsExactly("/reconsiderations/0/careStillNeeded");
  }

  @Test
  void aPlacementDecisionHasACarePlanAWarningForThirtyDaysThenAnError() {
    Decision d = cf.decisions().get(0);
    CaseFile none = cf.toBuilder().carePlans(List.of()).implementationPlans(List.of()).build();
    LocalDate decided = d.decidedAt();
    List<Finding> recent =
        VALIDATOR
            .validateCase(none, ValidationLevel.COMPLETE, decided.plusDays(30), Locale.ENGLISH)
            .withCode("BBIC-CASE-023");
    assertThat(pointers(recent)).containsExactly("/decisions/0/interventionKinds");
    assertThat(recent.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(
            VALIDATOR
                .validateCase(none, ValidationLevel.COMPLETE, decided.plusDays(31), Locale.ENGLISH)
                .withCode("BBIC-CASE-023")
                .get(0)
                .severity())
        .isEqualTo(Severity.ERROR);
    assertThat(recent.get(0).legalBasis().orElseThrow().topic()).isEqualTo("care-plan");
    // a refusal places no child
    CaseFile refused =
        none.toBuilder()
            .decisions(List.of(d.toBuilder().kind(DecisionKind.REFUSED).build()))
            .build();
    assertThat(found(refused, after, "BBIC-CASE-023")).isEmpty();
  }

  @Test
  void anLvuPlacementWithoutVardplanStillHasItsOvervagandeScheduled() {
    Decision d = cf.decisions().get(0);
    Decision lvu = d.toBuilder().legalBasis(CareBasis.LVU_2).build();
    CaseFile noPlan =
        cf.toBuilder()
            .decisions(List.of(lvu))
            .carePlans(List.of())
            .implementationPlans(List.of())
            .reconsiderations(List.of())
            .closures(List.of())
            .build();
    LocalDate start = lvu.validFrom() != null ? lvu.validFrom() : lvu.decidedAt();
    LocalDate due = start.plusMonths(6);
    List<Deadline> schedule =
        DeadlineCalendar.of(noPlan, due).deadlines().stream()
            .filter(x -> x.kind() == DeadlineKind.LVU_RECONSIDERATION)
            .toList();
    assertThat(schedule).extracting(Deadline::dueDate).containsExactly(due);
    assertThat(schedule.get(0).pointer()).startsWith("/decisions/0/");
    ValidationReport late =
        VALIDATOR.validateCase(noPlan, ValidationLevel.COMPLETE, due.plusDays(1), Locale.ENGLISH);
    assertThat(late.withCode("BBIC-CASE-009"))
        .extracting(Finding::pointer)
        .containsExactly(schedule.get(0).pointer());
    assertThat(late.withCode("BBIC-CASE-023")).hasSize(1);
    assertThatFindings(
            VALIDATOR.validateCase(noPlan, ValidationLevel.COMPLETE, due, Locale.ENGLISH))
        .doesNotHaveCode("BBIC-CASE-009");
  }

  @Test
  void implementationPlanGoalsTraceToTheCarePlanOrAssignment() {
    ImplementationPlan p = cf.implementationPlans().get(0);
    List<Goal> goals = new ArrayList<>(p.goals());
    goals.set(1, goals.get(1).toBuilder().goalId("G-UNKNOWN").build());
    CaseFile broken =
        cf.toBuilder().implementationPlans(List.of(p.toBuilder().goals(goals).build())).build();
    List<Finding> f = found(broken, after, "BBIC-CASE-024");
    assertThat(pointers(f)).containsExactly("/implementationPlans/0/goals/1/goalId");
    assertThat(f.get(0).arguments()).containsEntry("goalId", "G-UNKNOWN");
  }
}
