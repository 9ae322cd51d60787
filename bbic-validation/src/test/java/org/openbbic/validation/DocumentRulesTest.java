package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbbic.validation.FindingsAssert.assertThatFindings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CarePlan;
import org.openbbic.forms.Decision;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Goal;
import org.openbbic.forms.ImplementationPlan;
import org.openbbic.forms.InitialAssessmentDecision;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.InvestigationPlan;
import org.openbbic.forms.NeedAreaAssessment;
import org.openbbic.forms.Report;
import org.openbbic.model.IdType;
import org.openbbic.model.PersonId;
import org.openbbic.model.code.DecisionKind;
import org.openbbic.model.code.NeedArea;
import org.openbbic.model.law.Statute;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;

/** Single-document rules, each on both sides of its condition. */
class DocumentRulesTest {

  private static final BbicValidator VALIDATOR = BbicValidator.builder().build();
  private final BbicGenerator gen = new BbicGenerator(2024);

  private static ValidationReport signed(BbicDocument doc) {
    return VALIDATOR.validate(doc, ValidationLevel.SIGNED, Locale.ENGLISH);
  }

  private static List<String> pointers(ValidationReport r, String code) {
    return r.withCode(code).stream().map(Finding::pointer).toList();
  }

  @Test
  void everyGeneratedDocumentIsValidOnItsOwn() {
    for (FormType type : FormType.values()) {
      BbicDocument doc = gen.document(type);
      assertThat(signed(doc).findings()).as("%s: seed 2024", type).isEmpty();
    }
  }

  @Test
  void investigationGivesTheChildsViewsOrWhyNot() {
    Investigation inv = (Investigation) gen.document(FormType.INVESTIGATION);
    Investigation none = inv.toBuilder().childViews(null).childViewsNotObtainedReason(null).build();
    Investigation reason =
        none.toBuilder().childViewsNotObtainedReason("Barnet är spädbarn").build();
    assertThat(pointers(signed(none), "BBIC-DOC-005")).containsExactly("/childViews");
    assertThat(signed(none).withCode("BBIC-DOC-005").get(0).legalBasis())
        .get()
        .extracting(b -> b.statute())
        .isIn(Statute.SOL_2001_453, Statute.SOL_2025_400);
    assertThatFindings(signed(reason)).doesNotHaveCode("BBIC-DOC-005");
    assertThatFindings(VALIDATOR.validate(none, ValidationLevel.DRAFT))
        .doesNotHaveCode("BBIC-DOC-005");
  }

  @Test
  void initialAssessmentSaysTheChildWasHeardOrWhyNot() {
    Report r = (Report) gen.document(FormType.REPORT);
    Report notHeard =
        r.toBuilder()
            .initialAssessment(
                r.initialAssessment().toBuilder()
                    .childHeard(false)
                    .childNotHeardReason(null)
                    .build())
            .build();
    ValidationReport report = signed(notHeard);
    assertThat(pointers(report, "BBIC-DOC-006"))
        .containsExactly("/initialAssessment/childNotHeardReason");
    assertThat(report.withCode("BBIC-DOC-006").get(0).severity()).isEqualTo(Severity.WARNING);
    assertThatFindings(report).hasNoErrors();
    Report heard =
        r.toBuilder()
            .initialAssessment(r.initialAssessment().toBuilder().childHeard(true).build())
            .build();
    assertThatFindings(signed(heard)).doesNotHaveCode("BBIC-DOC-006");
  }

  @Test
  void communicationIsRecorded() {
    Investigation inv = (Investigation) gen.document(FormType.INVESTIGATION);
    Investigation noDate =
        inv.toBuilder()
            .communication(
                inv.communication().toBuilder().communicated(true).communicatedAt(null).build())
            .build();
    Investigation notCommunicated =
        inv.toBuilder()
            .communication(
                inv.communication().toBuilder()
                    .communicated(false)
                    .notCommunicatedReason(null)
                    .build())
            .build();
    assertThat(pointers(signed(noDate), "BBIC-DOC-007"))
        .containsExactly("/communication/communicatedAt");
    assertThat(pointers(signed(notCommunicated), "BBIC-DOC-007"))
        .containsExactly("/communication/notCommunicatedReason");
    assertThat(signed(noDate).withCode("BBIC-DOC-007").get(0).legalBasis())
        .get()
        .extracting(b -> b.statute())
        .isEqualTo(Statute.SOSFS_2014_5);
  }

  @Test
  void suspectedViolenceIsNotLeftWithoutInvestigation() {
    Report r = (Report) gen.document(FormType.REPORT);
    Report notOpened =
        r.toBuilder()
            .suspectedViolence(true)
            .initialAssessment(
                r.initialAssessment().toBuilder()
                    .decision(InitialAssessmentDecision.NOT_OPEN)
                    .build())
            .build();
    assertThat(pointers(signed(notOpened), "BBIC-DOC-008"))
        .containsExactly("/initialAssessment/decision");
    assertThatFindings(signed(notOpened.toBuilder().suspectedViolence(false).build()))
        .doesNotHaveCode("BBIC-DOC-008");
  }

  @Test
  void anAppealableDecisionSaysHowToAppeal() {
    Decision d = (Decision) gen.document(FormType.DECISION);
    Decision refused = d.toBuilder().kind(DecisionKind.REFUSED).appealInstruction(null).build();
    Decision granted = d.toBuilder().kind(DecisionKind.GRANTED).appealInstruction(null).build();
    assertThat(pointers(signed(refused), "BBIC-DOC-009")).containsExactly("/appealInstruction");
    assertThat(signed(refused).withCode("BBIC-DOC-009").get(0).legalBasis())
        .get()
        .extracting(b -> b.statute())
        .isEqualTo(Statute.FL_2017_900);
    assertThatFindings(signed(granted)).doesNotHaveCode("BBIC-DOC-009");
  }

  @Test
  void aCarePlanIsRevisedWithinTwoYearsOfPlacement() {
    CarePlan cp = (CarePlan) gen.document(FormType.CARE_PLAN);
    LocalDate start = cp.placementStart();
    assertThatFindings(signed(cp.toBuilder().reviseBy(start.plusYears(2)).build()))
        .doesNotHaveCode("BBIC-DOC-010");
    assertThat(
            pointers(
                signed(cp.toBuilder().reviseBy(start.plusYears(2).plusDays(1)).build()),
                "BBIC-DOC-010"))
        .containsExactly("/reviseBy");
  }

  @Test
  void needAreasComeFromTheDocumentsOwnGeneration() {
    Investigation inv = (Investigation) gen.document(FormType.INVESTIGATION);
    List<NeedAreaAssessment> a = new ArrayList<>(inv.assessments());
    NeedArea old = NeedArea.ofGeneration("2006").get(0);
    a.set(2, a.get(2).toBuilder().area(old).build());
    ValidationReport report = signed(inv.toBuilder().assessments(a).build());
    assertThat(pointers(report, "BBIC-DOC-011")).containsExactly("/assessments/2/area");
    assertThat(report.withCode("BBIC-DOC-011").get(0).arguments())
        .containsEntry("area", old.code())
        .containsEntry("generation", "2016");
    // the replaced 2016 area is now missing
    assertThat(pointers(report, "BBIC-DOC-015")).containsExactly("/assessments");
  }

  @Test
  void goalNeedAreasComeFromTheDocumentsOwnGeneration() {
    ImplementationPlan p = (ImplementationPlan) gen.document(FormType.IMPLEMENTATION_PLAN);
    List<Goal> goals = new ArrayList<>(p.goals());
    List<NeedArea> areas = new ArrayList<>(goals.get(0).needAreas());
    areas.add(NeedArea.ofGeneration("2006").get(1));
    goals.set(0, goals.get(0).toBuilder().needAreas(areas).build());
    assertThat(pointers(signed(p.toBuilder().goals(goals).build()), "BBIC-DOC-011"))
        .containsExactly("/goals/0/needAreas/" + (areas.size() - 1));
  }

  @Test
  void plannedCompletionWithinFourMonths() {
    InvestigationPlan p = (InvestigationPlan) gen.document(FormType.INVESTIGATION_PLAN);
    LocalDate limit = p.investigationOpenedAt().plusMonths(4);
    assertThatFindings(signed(p.toBuilder().plannedCompletion(limit).build()))
        .doesNotHaveCode("BBIC-DOC-012");
    ValidationReport late = signed(p.toBuilder().plannedCompletion(limit.plusDays(1)).build());
    assertThat(pointers(late, "BBIC-DOC-012")).containsExactly("/plannedCompletion");
    assertThatFindings(late).hasNoErrors(); // a warning
  }

  @Test
  void datesInsideADocumentAreInOrder() {
    Investigation inv = (Investigation) gen.document(FormType.INVESTIGATION);
    Investigation reversed = inv.toBuilder().completedAt(inv.openedAt().minusDays(1)).build();
    assertThat(pointers(signed(reversed), "BBIC-DOC-013")).containsExactly("/completedAt");
    assertThatFindings(signed(inv.toBuilder().completedAt(inv.openedAt()).build()))
        .doesNotHaveCode("BBIC-DOC-013");
  }

  @Test
  void anInvalidPersonnummerIsReportedWithoutTheNumber() {
    Report r = (Report) gen.document(FormType.REPORT);
    String valid = r.header().child().value();
    int last = valid.charAt(valid.length() - 1) - '0';
    String wrong = valid.substring(0, valid.length() - 1) + ((last + 1) % 10);
    Report broken =
        r.toBuilder()
            .header(r.header().toBuilder().child(PersonId.of(IdType.PERSONNUMMER, wrong)).build())
            .build();
    ValidationReport report = signed(broken);
    assertThat(pointers(report, "BBIC-DOC-014")).containsExactly("/header/child/value");
    Finding f = report.withCode("BBIC-DOC-014").get(0);
    assertThat(f.message()).doesNotContain(wrong).doesNotContain(wrong.substring(2, 8));
    assertThat(f.toString()).doesNotContain(wrong);
    assertThat(f.arguments().values()).noneMatch(v -> String.valueOf(v).contains(wrong));
    assertThatFindings(signed(r)).doesNotHaveCode("BBIC-DOC-014");
  }

  @Test
  void aSamordningsnummerTypedAsPersonnummerIsReported() {
    Report r = (Report) gen.document(FormType.REPORT);
    org.openbbic.model.Personnummer coordination =
        org.openbbic.model.Personnummer.of(LocalDate.of(2015, 4, 3), 123, true);
    Report mistyped =
        r.toBuilder()
            .header(
                r.header().toBuilder()
                    .child(PersonId.of(IdType.PERSONNUMMER, coordination.format()))
                    .build())
            .build();
    Report typed =
        r.toBuilder()
            .header(r.header().toBuilder().child(PersonId.of(coordination)).build())
            .build();
    assertThatFindings(signed(mistyped)).hasCode("BBIC-DOC-014");
    assertThatFindings(signed(typed)).doesNotHaveCode("BBIC-DOC-014");
  }

  @Test
  void goalIdsAreUniqueInAPlan() {
    ImplementationPlan p = (ImplementationPlan) gen.document(FormType.IMPLEMENTATION_PLAN);
    List<Goal> goals = new ArrayList<>(p.goals());
    goals.add(goals.get(0));
    assertThat(pointers(signed(p.toBuilder().goals(goals).build()), "BBIC-DOC-016"))
        .containsExactly("/goals/" + (goals.size() - 1) + "/goalId");
  }

  @Test
  void aFollowUpOfTheChildsSituationLastsAtMostTwoMonths() {
    org.openbbic.forms.ChildSituationFollowUp c =
        (org.openbbic.forms.ChildSituationFollowUp)
            gen.document(FormType.CHILD_SITUATION_FOLLOW_UP);
    LocalDate decided = LocalDate.of(2023, 12, 31);
    var base = c.toBuilder().decidedAt(decided);
    assertThatFindings(signed(base.endsAt(LocalDate.of(2024, 2, 29)).build()))
        .doesNotHaveCode("BBIC-DOC-017");
    ValidationReport late = signed(base.endsAt(LocalDate.of(2024, 3, 1)).build());
    assertThat(pointers(late, "BBIC-DOC-017")).containsExactly("/endsAt");
    assertThatFindings(late).hasNoErrors();
  }
}
