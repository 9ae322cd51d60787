package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbbic.validation.FindingsAssert.assertThatFindings;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Report;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.ProtectionLevel;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;

/**
 * A valid case file or document that went out under a recipient policy stays valid: a required
 * field its record names as withheld is {@code BBIC-FLD-005} (INFO, not checked), never {@code
 * BBIC-FLD-001}, and rules that need withheld data (the child's identity, the birth date) do not
 * report its absence. A field that a record may not withhold is still required.
 */
class WithheldFieldsTest {

  private static final BbicValidator VALIDATOR = BbicValidator.builder().build();

  @ParameterizedTest
  @EnumSource(ProtectionLevel.class)
  void aWithheldCaseFileOfAValidOneIsValidAtEveryLevel(ProtectionLevel level) {
    long seed = Seeds.seed();
    CaseFile original = new BbicGenerator(seed).caseFile(level);
    LocalDate asOf = TestCases.lastDate(original).plusDays(1);
    for (RecipientPolicy policy : RecipientPolicy.presets()) {
      CaseFile out = policy.applyTo(original);
      for (ValidationLevel at : ValidationLevel.values()) {
        ValidationReport report = VALIDATOR.validateCase(out, at, asOf, Locale.ENGLISH);
        String why = level + " " + policy.name() + " " + at + " " + Seeds.describe(seed);
        assertThatFindings(report).as("%s", why).hasNoErrors();
        assertThat(report.findings())
            .as(why)
            .allSatisfy(f -> assertThat(f.code()).isEqualTo("BBIC-FLD-005"));
        boolean childWithheld = out.reports().get(0).header().child() == null;
        if (childWithheld && at != ValidationLevel.DRAFT) {
          // one per document: the header's child is required from the complete level on
          assertThat(report.withCode("BBIC-FLD-005"))
              .as(why)
              .hasSize(out.documents().size())
              .allSatisfy(
                  f -> {
                    assertThat(f.pointer()).endsWith("/header/child");
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.arguments()).containsEntry("field", "child");
                    assertThat(f.documentId()).isPresent();
                  });
        } else {
          assertThat(report.findings()).as(why).isEmpty();
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(FormType.class)
  void aDocumentOnItsOwnWithItsChildWithheldIsValid(FormType type) {
    long seed = Seeds.seed();
    BbicDocument document = new BbicGenerator(seed).document(type);
    BbicDocument out = RecipientPolicy.DEFAULT.applyTo(document);
    ValidationReport report = VALIDATOR.validate(out, ValidationLevel.SIGNED, Locale.ENGLISH);
    String why = type + " " + Seeds.describe(seed);
    assertThatFindings(report).as("%s", why).hasNoErrors();
    if (type == FormType.BASIC_DATA) {
      assertThat(report.findings()).as(why).isEmpty();
    } else {
      assertThat(report.findings())
          .as(why)
          .extracting(Finding::code, Finding::pointer)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("BBIC-FLD-005", "/header/child"));
      assertThat(report.findings().get(0).message())
          .isEqualTo(
              "child was withheld by the sender (protected personal data) and is not checked.");
    }
  }

  @Test
  void aNameTheRecordMayNotWithholdExcusesNothing() {
    Report r = (Report) new BbicGenerator(Seeds.seed()).document(FormType.REPORT);
    Report broken =
        r.toBuilder()
            .header(r.header().toBuilder().caseId(null).addWithheld("caseId").build())
            .build();
    ValidationReport report = VALIDATOR.validate(broken, ValidationLevel.COMPLETE, Locale.ENGLISH);
    assertThat(report.withCode("BBIC-FLD-001"))
        .extracting(Finding::pointer)
        .contains("/header/caseId");
    // and the name itself is not one a header may hold
    assertThat(report.withCode("BBIC-FLD-004"))
        .extracting(Finding::pointer)
        .contains("/header/withheld/0");
  }

  @Test
  void theCatalogueListsTheWithheldCodeAsInformation() {
    assertThat(RuleCatalogue.entries())
        .filteredOn(e -> e.code().equals("BBIC-FLD-005"))
        .singleElement()
        .satisfies(e -> assertThat(e.severity()).isEqualTo(Severity.INFO));
  }
}
