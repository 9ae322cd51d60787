package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  private static Finding finding(String code, Severity s) {
    return Finding.builder()
        .code(code)
        .severity(s)
        .source(FindingSource.RULE)
        .pointer("/a")
        .build();
  }

  @Test
  void validMeansNoFatalOrError() {
    assertThat(ValidationReport.empty().isValid()).isTrue();
    assertThat(
            ValidationReport.of(
                    List.of(finding("W", Severity.WARNING), finding("I", Severity.INFO)))
                .isValid())
        .isTrue();
    assertThat(ValidationReport.of(List.of(finding("E", Severity.ERROR))).isValid()).isFalse();
    assertThat(ValidationReport.of(List.of(finding("F", Severity.FATAL))).isValid()).isFalse();
  }

  @Test
  void groupsAndConcatenation() {
    ValidationReport a =
        ValidationReport.of(
            List.of(finding("E", Severity.ERROR), finding("W", Severity.WARNING)), 2, false);
    ValidationReport b = ValidationReport.of(List.of(finding("F", Severity.FATAL)), 1, true);
    ValidationReport ab = a.concat(b);
    assertThat(ab.findings()).extracting(Finding::code).containsExactly("E", "W", "F");
    assertThat(ab.errors()).extracting(Finding::code).containsExactly("E", "F");
    assertThat(ab.warnings()).extracting(Finding::code).containsExactly("W");
    assertThat(ab.suppressedCount()).isEqualTo(3);
    assertThat(ab.truncated()).isTrue();
    assertThat(ValidationReport.concat(List.of(a, b))).isEqualTo(ab);
  }

  @Test
  void reportsAndFindingsAreImmutable() {
    List<Finding> list = new ArrayList<>(List.of(finding("E", Severity.ERROR)));
    ValidationReport r = ValidationReport.of(list);
    list.clear();
    assertThat(r.findings()).hasSize(1);
    assertThatThrownBy(() -> r.findings().add(finding("X", Severity.INFO)))
        .isInstanceOf(UnsupportedOperationException.class);
    Finding f =
        Finding.builder()
            .code("C")
            .severity(Severity.ERROR)
            .source(FindingSource.SCHEMA)
            .arguments(Map.of("n", 1))
            .documentId(UUID.randomUUID())
            .build();
    assertThatThrownBy(() -> f.arguments().put("x", 2))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(f.withSeverity(Severity.WARNING).severity()).isEqualTo(Severity.WARNING);
    assertThat(f.withSeverity(Severity.WARNING).code()).isEqualTo("C");
    assertThat(f.toBuilder().build()).isEqualTo(f);
    assertThat(f.pointer()).isEmpty();
    assertThatThrownBy(() -> Finding.builder().code("C").build())
        .isInstanceOf(NullPointerException.class);
  }
}
