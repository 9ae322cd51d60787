package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbbic.validation.FindingsAssert.assertThatFindings;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The findings assertion passes and fails exactly when its condition holds and fails, and a failure
 * lists every finding by code, severity, source, pointer and position, never by message or
 * argument.
 */
class FindingsAssertTest {

  private static final String NUMBER = "20140512-9824";
  private static final String FREE_TEXT = "Barnet berättade om pappa";

  private static final Finding ERROR =
      Finding.builder()
          .code("BBIC-DOC-005")
          .severity(Severity.ERROR)
          .source(FindingSource.RULE)
          .pointer("/signedAt")
          .message(NUMBER + ": " + FREE_TEXT)
          .argument("value", NUMBER)
          .build();

  private static final Finding WARNING =
      Finding.builder()
          .code("BBIC-FLD-003")
          .severity(Severity.WARNING)
          .source(FindingSource.SCHEMA)
          .pointer("/child/id")
          .line(3)
          .column(14)
          .message(FREE_TEXT)
          .build();

  private static final ValidationReport TWO = ValidationReport.of(List.of(ERROR, WARNING), 2, true);

  private static final ValidationReport WARNING_ONLY = ValidationReport.of(List.of(WARNING));

  @Test
  void passesWhenTheConditionHolds() {
    assertThatFindings(TWO)
        .hasCode("BBIC-DOC-005")
        .hasCode("BBIC-FLD-003")
        .doesNotHaveCode("BBIC-DOC-006")
        .hasFinding("BBIC-DOC-005", "/signedAt")
        .hasCodeExactlyWhen("BBIC-DOC-005", true)
        .hasCodeExactlyWhen("BBIC-DOC-006", false);
    assertThatFindings(WARNING_ONLY).hasNoErrors();
    assertThatFindings(ValidationReport.empty()).hasNoErrors().doesNotHaveCode("BBIC-DOC-005");
  }

  @Test
  void failsWhenItDoesNot() {
    assertThatThrownBy(() -> assertThatFindings(TWO).hasCode("BBIC-DOC-006"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected a finding BBIC-DOC-006, but the report has 2 findings:");
    assertThatThrownBy(() -> assertThatFindings(TWO).doesNotHaveCode("BBIC-FLD-003"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected no finding BBIC-FLD-003,");
    assertThatThrownBy(() -> assertThatFindings(TWO).hasFinding("BBIC-DOC-005", "/child/id"))
        .as("the code alone is not enough")
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected a finding BBIC-DOC-005 at '/child/id',");
    assertThatThrownBy(() -> assertThatFindings(TWO).hasCodeExactlyWhen("BBIC-DOC-005", false))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThatFindings(TWO).hasCodeExactlyWhen("BBIC-DOC-006", true))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThatFindings(TWO).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected no FATAL or ERROR finding,");
    assertThatThrownBy(() -> assertThatFindings(ValidationReport.empty()).hasCode("BBIC-DOC-005"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected a finding BBIC-DOC-005, but the report has no findings");
  }

  @Test
  void aFailureListsEveryFindingAndNoTextOrArgument() {
    AssertionError failure = null;
    try {
      assertThatFindings(TWO).as("seed %d", 42L).hasCode("BBIC-DOC-006");
    } catch (AssertionError e) {
      failure = e;
    }
    assertThat(failure).as("the assertion failed").isNotNull();
    assertThat(failure.getMessage())
        .isEqualTo(
            "[seed 42] Expected a finding BBIC-DOC-006, but the report has 2 findings:\n"
                + "  BBIC-DOC-005 ERROR RULE at '/signedAt'\n"
                + "  BBIC-FLD-003 WARNING SCHEMA at '/child/id' line 3 column 14\n"
                + "  (2 suppressed)\n"
                + "  (the list was cut short)")
        .doesNotContain(NUMBER, "20140512", FREE_TEXT);
    assertThat(ERROR.arguments()).isEqualTo(Map.of("value", NUMBER));
    assertThat(failure.getStackTrace()[0].getClassName())
        .as("the failing test's line comes first")
        .isEqualTo(FindingsAssertTest.class.getName());
  }
}
