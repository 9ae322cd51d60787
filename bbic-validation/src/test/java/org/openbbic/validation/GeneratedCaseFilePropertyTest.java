package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.RepeatedTest;
import org.openbbic.forms.CaseFile;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;

class GeneratedCaseFilePropertyTest {

  private static final BbicValidator VALIDATOR = BbicValidator.builder().build();

  @RepeatedTest(50)
  void aGeneratedCaseFileIsValidAtEveryLevel() {
    long seed = Seeds.seed();
    CaseFile cf = new BbicGenerator(seed).caseFile();
    LocalDate asOf = TestCases.lastDate(cf).plusDays(1);
    for (ValidationLevel level : ValidationLevel.values()) {
      ValidationReport report = VALIDATOR.validateCase(cf, level, asOf, Locale.ENGLISH);
      assertThat(report.findings())
          .as("%s at %s, asOf %s: %s", Seeds.describe(seed), level, asOf, report.findings())
          .filteredOn(f -> f.severity() != Severity.INFO)
          .isEmpty();
    }
  }
}
