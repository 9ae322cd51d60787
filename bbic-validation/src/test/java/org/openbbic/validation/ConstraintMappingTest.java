package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Goal;
import org.openbbic.forms.ImplementationPlan;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.NeedAreaAssessment;
import org.openbbic.forms.Report;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;

/** Constraint violations become stable codes at JSON Pointers over wire names. */
class ConstraintMappingTest {

  private static final BbicValidator VALIDATOR = BbicValidator.builder().build();
  private final BbicGenerator gen = new BbicGenerator(42);

  @Test
  void aMissingRequiredFieldIsFld001AtItsPointerFromTheLevelItIsRequiredAt() {
    Report r = (Report) gen.document(FormType.REPORT);
    Report broken = r.toBuilder().header(r.header().toBuilder().caseId(null).build()).build();
    ValidationReport draft = VALIDATOR.validate(broken, ValidationLevel.DRAFT, Locale.ENGLISH);
    ValidationReport complete =
        VALIDATOR.validate(broken, ValidationLevel.COMPLETE, Locale.ENGLISH);
    assertThat(draft.findings()).isEmpty();
    assertThat(complete.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("BBIC-FLD-001");
              assertThat(f.pointer()).isEqualTo("/header/caseId");
              assertThat(f.source()).isEqualTo(FindingSource.CONSTRAINT);
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.documentId()).contains(r.header().documentId());
              assertThat(f.arguments()).containsEntry("field", "caseId");
              assertThat(f.messageKey()).isEqualTo("BBIC-FLD-001");
              assertThat(f.message())
                  .isEqualTo(Messages.render("BBIC-FLD-001", f.arguments(), Locale.ENGLISH));
            });
    assertThat(complete.isValid()).isFalse();
  }

  @Test
  void signedNeedsTheSignature() {
    Report r = (Report) gen.document(FormType.REPORT);
    Report unsigned = r.toBuilder().header(r.header().toBuilder().signedAt(null).build()).build();
    assertThat(VALIDATOR.validate(unsigned, ValidationLevel.COMPLETE).findings()).isEmpty();
    assertThat(VALIDATOR.validate(unsigned, ValidationLevel.SIGNED).findings())
        .extracting(Finding::code, Finding::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("BBIC-FLD-001", "/header/signedAt"));
  }

  @Test
  void listIndexesBecomePointerTokens() {
    ImplementationPlan p = (ImplementationPlan) gen.document(FormType.IMPLEMENTATION_PLAN);
    List<Goal> goals = new ArrayList<>(p.goals());
    goals.set(0, goals.get(0).toBuilder().needAreas(List.of()).goalId("not valid!").build());
    ImplementationPlan broken = p.toBuilder().goals(goals).build();
    ValidationReport report = VALIDATOR.validate(broken, ValidationLevel.COMPLETE);
    assertThat(report.findings())
        .extracting(Finding::code, Finding::pointer)
        .contains(
            org.assertj.core.groups.Tuple.tuple("BBIC-FLD-002", "/goals/0/needAreas"),
            org.assertj.core.groups.Tuple.tuple("BBIC-FLD-004", "/goals/0/goalId"));
    assertThat(report.withCode("BBIC-FLD-002").get(0).arguments()).containsEntry("min", 1);
  }

  @Test
  void aContainerElementConstraintPointsAtTheElement() {
    Investigation inv = (Investigation) gen.document(FormType.INVESTIGATION);
    List<String> questions = new ArrayList<>(inv.questions());
    questions.add("x".repeat(4_001));
    Investigation broken = inv.toBuilder().questions(questions).build();
    ValidationReport report = VALIDATOR.validate(broken, ValidationLevel.DRAFT);
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("BBIC-FLD-003");
              assertThat(f.pointer()).isEqualTo("/questions/" + (questions.size() - 1));
              assertThat(f.arguments()).containsEntry("max", 4_000);
              assertThat(f.message()).doesNotContain("xxxx");
            });
  }

  @Test
  void theRejectedValueNeverReachesTheFinding() {
    Report r = (Report) gen.document(FormType.REPORT);
    String secret = "Secret concern about the child " + "y".repeat(50_000);
    ValidationReport report =
        VALIDATOR.validate(r.toBuilder().concern(secret).build(), ValidationLevel.DRAFT);
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("BBIC-FLD-003");
              assertThat(f.pointer()).isEqualTo("/concern");
              assertThat(f.message()).doesNotContain("Secret");
              assertThat(f.arguments().values())
                  .noneMatch(v -> String.valueOf(v).contains("Secret"));
            });
  }

  @Test
  void inACaseFilePointersStartAtTheCaseFileAndNameTheDocument() {
    CaseFile cf = gen.caseFile();
    Investigation inv = cf.investigations().get(0);
    List<NeedAreaAssessment> assessments = new ArrayList<>(inv.assessments());
    assessments.set(3, assessments.get(3).toBuilder().needIdentified(null).build());
    CaseFile broken =
        cf.toBuilder()
            .investigations(List.of(inv.toBuilder().assessments(assessments).build()))
            .build();
    ValidationReport report =
        VALIDATOR.validateCase(
            broken, ValidationLevel.COMPLETE, TestCases.lastDate(cf).plusDays(1), Locale.ENGLISH);
    assertThat(report.errors())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("BBIC-FLD-001");
              assertThat(f.pointer()).isEqualTo("/investigations/0/assessments/3/needIdentified");
              assertThat(f.documentId()).contains(inv.header().documentId());
            });
  }

  @Test
  void messagesComeInTheLocaleOfTheCallNotTheJvmDefault() {
    Report r = (Report) gen.document(FormType.REPORT);
    Report broken = r.toBuilder().header(r.header().toBuilder().caseId(null).build()).build();
    Finding sv = VALIDATOR.validate(broken, ValidationLevel.COMPLETE).findings().get(0);
    Finding en =
        VALIDATOR.validate(broken, ValidationLevel.COMPLETE, Locale.ENGLISH).findings().get(0);
    Finding fr =
        VALIDATOR.validate(broken, ValidationLevel.COMPLETE, Locale.FRENCH).findings().get(0);
    // Surefire runs with -Duser.language=en: the default must not leak into sv or fr.
    assertThat(sv.message())
        .isEqualTo(
            Messages.bundle()
                .template("BBIC-FLD-001", Locale.forLanguageTag("sv"))
                .map(t -> MessageBundle.format(t, sv.arguments()))
                .orElseThrow());
    assertThat(fr.message()).isEqualTo(sv.message());
    assertThat(en.message()).isNotEqualTo(sv.message());
    assertThat(en.code()).isEqualTo(sv.code());
  }
}
