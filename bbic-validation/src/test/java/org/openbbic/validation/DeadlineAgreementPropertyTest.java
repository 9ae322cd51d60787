package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.openbbic.forms.CaseFile;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Mutation;
import org.openbbic.testkit.Mutators;
import org.openbbic.testkit.Seeds;

/**
 * The deadline calendar and the validator are one judgement: over every case-file mutation of the
 * test kit (each judged on its stated day), every deadline ERROR of the report is a calendar entry
 * met late or overdue, at the same pointer, and every such entry is an ERROR of the report.
 */
class DeadlineAgreementPropertyTest {

  private static final BbicValidator VALIDATOR = BbicValidator.builder().build();

  private static final Set<String> DEADLINE_CODES =
      Arrays.stream(DeadlineKind.values()).map(DeadlineKind::code).collect(Collectors.toSet());

  private static List<String> errors(CaseFile cf, LocalDate asOf) {
    return VALIDATOR
        .validateCase(cf, ValidationLevel.COMPLETE, asOf, Locale.ENGLISH)
        .findings()
        .stream()
        .filter(f -> DEADLINE_CODES.contains(f.code()) && f.severity() == Severity.ERROR)
        .map(f -> f.code() + " " + f.pointer())
        .sorted()
        .toList();
  }

  private static List<String> breaches(CaseFile cf, LocalDate asOf) {
    return DeadlineCalendar.of(cf, asOf).deadlines().stream()
        .filter(d -> d.status().breach())
        .map(d -> d.kind().code() + " " + d.pointer())
        .sorted()
        .toList();
  }

  @RepeatedTest(25)
  void everyDeadlineErrorIsALateOrOverdueCalendarEntryAndTheReverse() {
    long seed = Seeds.seed();
    CaseFile cf = new BbicGenerator(seed).caseFile();
    List<Mutation<CaseFile>> mutations = Mutators.caseFile(cf, seed);
    int breaching = 0;
    for (Mutation<CaseFile> m : mutations) {
      LocalDate asOf = m.asOf().orElseThrow();
      List<String> errors = errors(m.value(), asOf);
      assertThat(errors)
          .as("%s, %s", Seeds.describe(seed), m)
          .containsExactlyElementsOf(breaches(m.value(), asOf));
      if (DEADLINE_CODES.contains(m.code())) {
        breaching++;
        assertThat(errors)
            .as("%s, %s", Seeds.describe(seed), m)
            .contains(m.code() + " " + m.pointer());
      }
    }
    assertThat(breaching).as("deadline mutations of %s", Seeds.describe(seed)).isPositive();
    // the unmutated chain, judged the day after its last event and on each deadline's due day
    LocalDate after = TestCases.lastDate(cf).plusDays(1);
    assertThat(errors(cf, after)).isEmpty();
    assertThat(breaches(cf, after)).isEmpty();
  }
}
