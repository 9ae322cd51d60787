package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbbic.validation.FindingsAssert.assertThatFindings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Goal;
import org.openbbic.forms.ImplementationPlan;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;

/** Suppressing, re-grading, fail-fast and the maximum. */
class OptionsTest {

  /** A plan whose goals 0 and 1 both lack need areas (two BBIC-FLD-002) and have a bad id. */
  private final ImplementationPlan broken = broken();

  private static ImplementationPlan broken() {
    ImplementationPlan p =
        (ImplementationPlan) new BbicGenerator(8).document(FormType.IMPLEMENTATION_PLAN);
    List<Goal> goals = new ArrayList<>(p.goals());
    while (goals.size() < 2) {
      goals.add(goals.get(0).toBuilder().goalId("extra-" + goals.size()).build());
    }
    goals.set(0, goals.get(0).toBuilder().needAreas(List.of()).build());
    goals.set(1, goals.get(1).toBuilder().needAreas(List.of()).goalId("bad id").build());
    return p.toBuilder().goals(goals).build();
  }

  private static ValidationReport run(BbicValidator v, ImplementationPlan p) {
    return v.validate(p, ValidationLevel.COMPLETE);
  }

  @Test
  void theBaseline() {
    ValidationReport r = run(BbicValidator.builder().build(), broken);
    assertThat(r.findings())
        .extracting(Finding::code, Finding::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("BBIC-FLD-002", "/goals/0/needAreas"),
            org.assertj.core.groups.Tuple.tuple("BBIC-FLD-004", "/goals/1/goalId"),
            org.assertj.core.groups.Tuple.tuple("BBIC-FLD-002", "/goals/1/needAreas"));
    assertThat(r.suppressedCount()).isZero();
    assertThat(r.truncated()).isFalse();
  }

  @Test
  void suppressByCodeCountsWhatWasSuppressed() {
    ValidationReport r = run(BbicValidator.builder().suppress("BBIC-FLD-002").build(), broken);
    assertThat(r.findings()).extracting(Finding::code).containsExactly("BBIC-FLD-004");
    assertThat(r.suppressedCount()).isEqualTo(2);
  }

  @Test
  void suppressByCodeAndPointerPattern() {
    ValidationReport r =
        run(BbicValidator.builder().suppress("BBIC-FLD-002", "/goals/1/*").build(), broken);
    assertThat(r.findings())
        .extracting(Finding::pointer)
        .containsExactly("/goals/0/needAreas", "/goals/1/goalId");
    assertThat(r.suppressedCount()).isEqualTo(1);
    ValidationReport any = run(BbicValidator.builder().suppress("*", "/goals/**").build(), broken);
    assertThat(any.findings()).isEmpty();
    assertThat(any.suppressedCount()).isEqualTo(3);
    assertThatFindings(any).hasNoErrors();
  }

  @Test
  void regradeByCodeAndPointer() {
    ValidationReport r =
        run(
            BbicValidator.builder()
                .severity("BBIC-FLD-002", Severity.WARNING)
                .severity("BBIC-FLD-004", "/goals/*/goalId", Severity.INFO)
                .build(),
            broken);
    assertThatFindings(r).hasNoErrors();
    assertThat(r.warnings()).hasSize(2);
    assertThat(r.infos()).extracting(Finding::pointer).containsExactly("/goals/1/goalId");
    assertThat(r.suppressedCount()).isZero();
  }

  @Test
  void theFirstMatchingPolicyWins() {
    ValidationReport r =
        run(
            BbicValidator.builder()
                .severity("BBIC-FLD-002", "/goals/0/needAreas", Severity.WARNING)
                .suppress("BBIC-FLD-002")
                .build(),
            broken);
    assertThat(r.findings())
        .extracting(Finding::code, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("BBIC-FLD-002", Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple("BBIC-FLD-004", Severity.ERROR));
    assertThat(r.suppressedCount()).isEqualTo(1);
  }

  @Test
  void failFastStopsAtTheFirstError() {
    ValidationReport r = run(BbicValidator.builder().failFast(true).build(), broken);
    assertThat(r.findings()).hasSize(1);
    assertThat(r.truncated()).isTrue();
    assertThat(r.isValid()).isFalse();
    // a warning does not stop it
    ValidationReport w =
        run(
            BbicValidator.builder()
                .failFast(true)
                .severity("BBIC-FLD-002", "/goals/0/needAreas", Severity.WARNING)
                .build(),
            broken);
    assertThat(w.findings())
        .extracting(Finding::severity)
        .containsExactly(Severity.WARNING, Severity.ERROR);
  }

  @Test
  void maxFindingsTruncates() {
    ValidationReport r = run(BbicValidator.builder().maxFindings(2).build(), broken);
    assertThat(r.findings()).hasSize(2);
    assertThat(r.truncated()).isTrue();
    ValidationReport all = run(BbicValidator.builder().maxFindings(3).build(), broken);
    assertThat(all.findings()).hasSize(3);
    assertThat(all.truncated()).isFalse();
    assertThatThrownBy(() -> BbicValidator.builder().maxFindings(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
