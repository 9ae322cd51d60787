package org.openbbic.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The public API: no internal types exposed, and its contracts. */
class ApiTest {

  private static final List<Class<?>> API =
      List.of(
          FollowUpReport.class,
          FollowUpReport.Builder.class,
          FollowUpResult.class,
          FrequencyTable.class,
          DurationDistribution.class,
          Measure.class,
          PublishOptions.class,
          StatsWriter.class,
          Agreement.class,
          QuestionnaireStatement.class,
          ImplementationQuestionnaire.class,
          ImplementationQuestionnaire.Builder.class,
          QuestionnaireResult.class,
          PseudonymisedExtract.class,
          PseudonymisedExtract.Builder.class,
          PseudonymisedExtract.Output.class,
          ProtectedIdentities.class,
          ExtractRows.class);

  @Test
  void publicMethodsExposeNoInternalType() {
    for (Class<?> type : API) {
      for (Method m : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers())) {
          continue;
        }
        assertThat(m.getReturnType().getPackageName())
            .as(type.getSimpleName() + "." + m.getName())
            .doesNotContain("internal");
        for (Class<?> p : m.getParameterTypes()) {
          assertThat(p.getPackageName())
              .as(type.getSimpleName() + "." + m.getName())
              .doesNotContain("internal");
        }
      }
    }
  }

  @Test
  void measureIdsAreUniqueAndEveryMeasureHasColumns() {
    Map<String, List<Measure>> byId =
        Arrays.stream(Measure.values()).collect(Collectors.groupingBy(Measure::id));
    assertThat(byId).allSatisfy((id, list) -> assertThat(list).hasSize(1));
    assertThat(Measure.values()).allSatisfy(m -> assertThat(m.columns()).isNotEmpty());
  }

  @Test
  void periodsMustBeWholeAndMatchWhenCombining() {
    assertThatThrownBy(() -> FollowUpReport.builder().build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                FollowUpReport.builder()
                    .period(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1))
                    .build())
        .isInstanceOf(IllegalStateException.class);
    FollowUpReport a =
        FollowUpReport.builder()
            .period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30))
            .build();
    FollowUpReport b =
        FollowUpReport.builder().period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 7, 1)).build();
    assertThatThrownBy(() -> a.combine(b)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.combine(a)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.result().combine(b.result()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void percentilesUseTheNearestRank() {
    DurationDistribution d = DurationDistribution.of(Map.of(1L, 1L, 2L, 1L, 3L, 1L, 4L, 1L));
    assertThat(d.median()).hasValue(2); // rank ceil(2.0) = 2
    assertThat(d.percentile(90)).hasValue(4); // rank ceil(3.6) = 4
    assertThat(d.percentile(25)).hasValue(1);
    assertThat(DurationDistribution.empty().median()).isEmpty();
    assertThatThrownBy(() -> d.percentile(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(d.plus(d).median()).hasValue(2); // 1 1 2 2 3 3 4 4: rank 4 → 2
  }

  @Test
  void aCaseFileWithNothingButAnIdIsCountedNotThrown() {
    FollowUpResult r =
        Fixtures.report(org.openbbic.forms.CaseFile.builder().caseId("EMPTY").build());
    assertThat(r.caseFiles()).isEqualTo(1);
    assertThat(r.openCases()).isZero();
  }
}
