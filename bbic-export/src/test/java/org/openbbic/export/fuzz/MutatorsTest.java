package org.openbbic.export.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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

  private static List<String> pointers(ValidationReport report, String code) {
    return report.withCode(code).stream().map(Finding::pointer).toList();
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
    for (Mutation<CaseFile> m : mutations) {
      ValidationReport report =
          VALIDATOR.validateCase(m.value(), ValidationLevel.SIGNED, asOf, Locale.ENGLISH);
      assertThat(pointers(report, m.code()))
          .as("%s, seed %d (replay with -Dopenbbic.seed), findings %s", m, seed, report.findings())
          .contains(m.pointer());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyDocumentMutationYieldsItsStatedFinding(long seed) {
    BbicGenerator gen = new BbicGenerator(seed);
    int count = 0;
    for (FormType type : FormType.values()) {
      BbicDocument doc = gen.document(type);
      for (Mutation<BbicDocument> m : Mutators.document(doc, seed)) {
        count++;
        ValidationReport report = VALIDATOR.validate(m.value(), ValidationLevel.SIGNED);
        assertThat(pointers(report, m.code()))
            .as("%s %s, seed %d, findings %s", type, m, seed, report.findings())
            .contains(m.pointer());
        assertThat(m.value()).as("%s must differ from the valid document", m).isNotEqualTo(doc);
      }
    }
    assertThat(count).as("seed %d", seed).isGreaterThan(20);
  }

  @Test
  void theMutatorsCoverFieldConstraintsAndManyRules() {
    long seed = Seeds.seed();
    Set<String> codes = new TreeSet<>();
    Mutators.caseFile(new BbicGenerator(seed).caseFile(), seed).forEach(m -> codes.add(m.code()));
    assertThat(codes)
        .as("seed %d", seed)
        .contains("BBIC-FLD-001", "BBIC-FLD-003", "BBIC-FLD-004")
        .hasSizeGreaterThanOrEqualTo(24);
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
