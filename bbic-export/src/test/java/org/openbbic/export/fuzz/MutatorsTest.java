package org.openbbic.export.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Mutation;
import org.openbbic.testkit.Mutators;
import org.openbbic.testkit.Seeds;
import org.openbbic.validation.BbicValidator;
import org.openbbic.validation.Finding;
import org.openbbic.validation.Severity;
import org.openbbic.validation.ValidationReport;

/**
 * Proves the test kit's mutators against the real validator: for many seeds, each mutation of a
 * valid generated case file or document yields the code it states at the pointer it states.
 */
class MutatorsTest {

  private static final BbicValidator VALIDATOR = BbicValidator.builder().build();

  static LongStream seeds() {
    long base = Seeds.seed();
    return LongStream.range(0, 12).map(i -> base + i * 7919);
  }

  /** A generated chain that places the child (in a family home under SoL). */
  private static CaseFile placement(long seed) {
    return new BbicGenerator(seed)
        .caseFile(
            org.openbbic.model.code.CareBasis.SOL,
            org.openbbic.model.code.PlacementForm.FAMILY_HOME);
  }

  private static List<String> pointers(ValidationReport report, String code) {
    return report.withCode(code).stream().map(Finding::pointer).toList();
  }

  /** The ERROR and WARNING findings (and worse) as {@code code at pointer}. */
  private static List<String> errorsAndWarnings(ValidationReport report) {
    return report.findings().stream()
        .filter(f -> f.severity() != Severity.INFO)
        .map(f -> f.code() + " at " + f.pointer())
        .toList();
  }

  /**
   * Adds a problem to {@code problems} unless {@code report} holds the mutation's finding and no
   * other ERROR or WARNING finding but of its {@linkplain Mutation#alsoCodes() companion codes}
   * (INFO findings may accompany it).
   */
  private static void checkBreaksItsRuleAlone(
      Mutation<?> m, ValidationReport report, List<String> problems) {
    String expected = m.code() + " at " + m.pointer();
    List<String> found = errorsAndWarnings(report);
    boolean alone =
        found.stream()
            .allMatch(
                f ->
                    f.equals(expected)
                        || m.alsoCodes().stream().anyMatch(c -> f.startsWith(c + " at ")));
    if (!pointers(report, m.code()).contains(m.pointer()) || !alone) {
      problems.add(m + ": expected only " + expected + ", found " + found);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyCaseFileMutationYieldsItsStatedFinding(long seed) {
    CaseFile valid = new BbicGenerator(seed).caseFile();
    LocalDate asOf = Mutators.asOf(valid);
    assertThat(
            VALIDATOR.validateCase(valid, ValidationLevel.SIGNED, asOf, Locale.ENGLISH).findings())
        .as("unmutated case file, seed %d", seed)
        .isEmpty();
    List<Mutation<CaseFile>> mutations = Mutators.caseFile(valid, seed);
    assertThat(mutations).hasSizeGreaterThanOrEqualTo(30);
    List<String> problems = new ArrayList<>();
    for (Mutation<CaseFile> m : mutations) {
      assertThat(m.asOf()).as("%s states the day it is judged on", m).isPresent();
      ValidationReport report =
          VALIDATOR.validateCase(
              m.value(), ValidationLevel.SIGNED, m.asOf().orElseThrow(), Locale.ENGLISH);
      checkBreaksItsRuleAlone(m, report, problems);
    }
    assertThat(problems).as(Seeds.describe(seed)).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyDocumentMutationYieldsItsStatedFinding(long seed) {
    BbicGenerator gen = new BbicGenerator(seed);
    int count = 0;
    List<String> problems = new ArrayList<>();
    for (FormType type : FormType.values()) {
      BbicDocument doc = gen.document(type);
      for (Mutation<BbicDocument> m : Mutators.document(doc, seed)) {
        count++;
        assertThat(m.asOf()).as("%s", m).isEmpty();
        ValidationReport report = VALIDATOR.validate(m.value(), ValidationLevel.SIGNED);
        checkBreaksItsRuleAlone(m, report, problems);
        assertThat(m.value()).as("%s must differ from the valid document", m).isNotEqualTo(doc);
      }
    }
    assertThat(problems).as(Seeds.describe(seed)).isEmpty();
    assertThat(count).as("seed %d", seed).isGreaterThan(20);
  }

  @Test
  void theMutatorsCoverFieldConstraintsAndManyRules() {
    long seed = Seeds.seed();
    Set<String> codes = new TreeSet<>();
    // a placement, so that its deadlines can be broken (open care has none)
    Mutators.caseFile(placement(seed), seed).forEach(m -> codes.add(m.code()));
    assertThat(codes)
        .as("seed %d", seed)
        .contains("BBIC-FLD-001", "BBIC-FLD-003", "BBIC-FLD-004")
        .contains("BBIC-DOC-001", "BBIC-DOC-002", "BBIC-DOC-003", "BBIC-DOC-004")
        .contains("BBIC-CASE-008", "BBIC-CASE-009", "BBIC-CASE-010", "BBIC-CASE-011")
        .contains("BBIC-CASE-013", "BBIC-CASE-014", "BBIC-CASE-015", "BBIC-CASE-016")
        .contains("BBIC-CASE-017", "BBIC-CASE-019", "BBIC-CASE-021", "BBIC-CASE-022")
        .contains("BBIC-CASE-023", "BBIC-CASE-024")
        .contains("BBIC-DOC-018", "BBIC-DOC-019", "BBIC-DOC-020")
        .hasSizeGreaterThanOrEqualTo(34);
  }

  /** Mutations of a case still open, judged on the day after the deadline they miss. */
  private static final Set<String> OVERDUE =
      Set.of(
          "placement-not-reconsidered-within-six-months", "care-plan-not-revised-within-two-years");

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anOverdueDeadlineIsNotReportedTheDayBefore(long seed) {
    CaseFile valid = placement(seed);
    List<Mutation<CaseFile>> overdue =
        Mutators.caseFile(valid, seed).stream().filter(m -> OVERDUE.contains(m.name())).toList();
    assertThat(overdue).as(Seeds.describe(seed)).hasSize(OVERDUE.size());
    for (Mutation<CaseFile> m : overdue) {
      LocalDate dayBefore = m.asOf().orElseThrow().minusDays(1);
      ValidationReport report =
          VALIDATOR.validateCase(m.value(), ValidationLevel.SIGNED, dayBefore, Locale.ENGLISH);
      assertThat(report.findings())
          .as("%s on %s, %s", m, dayBefore, Seeds.describe(seed))
          .filteredOn(f -> f.severity() != Severity.INFO)
          .isEmpty();
    }
  }

  /** Case-file mutations at a boundary whose severity the circumstance grades, at SIGNED. */
  private static final java.util.Map<String, Severity> CASE_SEVERITY =
      java.util.Map.of(
          "closure-signed-the-day-after-the-day-judged", Severity.ERROR,
          "placement-decision-without-care-plan", Severity.ERROR,
          "report-without-protection-assessment", Severity.ERROR,
          "signed-one-minute-before-created", Severity.ERROR,
          "decision-one-day-before-investigation-completed", Severity.ERROR,
          "follow-up-one-day-after-closure", Severity.ERROR,
          "implementation-goal-not-in-care-plan", Severity.ERROR,
          "lvu2-decided-on-18th-birthday", Severity.ERROR,
          "lvu-care-lasting-to-21st-birthday", Severity.ERROR);

  /** Document mutations of the follow-up of a child's situation, by basis. */
  private static final java.util.Map<String, Severity> DOCUMENT_SEVERITY =
      java.util.Map.of(
          "ends-one-day-too-late", Severity.WARNING, // 11 kap. 4 a §: the limit is in no source
          "placement-follow-up-ends-one-day-too-late", Severity.ERROR, // 4 b §: six months
          "report-without-protection-assessment", Severity.ERROR,
          "signed-one-minute-before-created", Severity.ERROR);

  private static Set<Severity> severities(ValidationReport report, Mutation<?> m) {
    Set<Severity> out = new TreeSet<>();
    report.withCode(m.code()).stream()
        .filter(f -> f.pointer().equals(m.pointer()))
        .forEach(f -> out.add(f.severity()));
    return out;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theBoundaryMutationsGiveTheirSeverity(long seed) {
    BbicGenerator gen = new BbicGenerator(seed);
    CaseFile valid = placement(seed);
    Set<String> seen = new TreeSet<>();
    for (Mutation<CaseFile> m : Mutators.caseFile(valid, seed)) {
      Severity expected = CASE_SEVERITY.get(m.name());
      if (expected != null) {
        seen.add(m.name());
        ValidationReport report =
            VALIDATOR.validateCase(
                m.value(), ValidationLevel.SIGNED, m.asOf().orElseThrow(), Locale.ENGLISH);
        assertThat(severities(report, m)).as("%s, %s", m, Seeds.describe(seed)).contains(expected);
      }
    }
    assertThat(seen).as(Seeds.describe(seed)).isEqualTo(new TreeSet<>(CASE_SEVERITY.keySet()));
    Set<String> seenDocs = new TreeSet<>();
    for (FormType type : FormType.values()) {
      for (Mutation<BbicDocument> m : Mutators.document(gen.document(type), seed)) {
        Severity expected = DOCUMENT_SEVERITY.get(m.name());
        if (expected != null) {
          seenDocs.add(m.name());
          ValidationReport report = VALIDATOR.validate(m.value(), ValidationLevel.SIGNED);
          assertThat(severities(report, m))
              .as("%s, %s", m, Seeds.describe(seed))
              .containsExactly(expected);
        }
      }
    }
    assertThat(seenDocs)
        .as(Seeds.describe(seed))
        .isEqualTo(new TreeSet<>(DOCUMENT_SEVERITY.keySet()));
  }

  @Test
  void theSameSeedGivesTheSameMutations() {
    long seed = Seeds.seed();
    CaseFile cf = new BbicGenerator(seed).caseFile();
    List<String> first = Mutators.caseFile(cf, seed).stream().map(Mutation::toString).toList();
    List<String> again = Mutators.caseFile(cf, seed).stream().map(Mutation::toString).toList();
    assertThat(again).as("seed %d", seed).isEqualTo(first);
  }
}
