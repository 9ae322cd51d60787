package org.openbbic.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.model.TextLimits;

/**
 * The mutators and the corpus on their own (the validator proves their codes in bbic-export's fuzz
 * tests; depending on it here would be a cycle).
 */
class MutatorsAndCorpusTest {

  @RepeatedTest(5)
  void everyMutationChangesTheCaseFileAndNamesAreUnique() {
    long seed = Seeds.seed();
    CaseFile cf = new BbicGenerator(seed).caseFile();
    List<Mutation<CaseFile>> mutations = Mutators.caseFile(cf, seed);
    Set<String> names = new HashSet<>();
    for (Mutation<CaseFile> m : mutations) {
      assertThat(m.value()).as("%s, %s", m, Seeds.describe(seed)).isNotEqualTo(cf);
      assertThat(m.code()).matches("BBIC-(FLD|DOC|CASE)-\\d{3}");
      assertThat(m.pointer()).startsWith("/");
      assertThat(names.add(m.pointer() + " " + m.name())).as("%s is unique", m).isTrue();
    }
    assertThat(mutations).hasSizeGreaterThan(30);
  }

  @Test
  void documentMutationsAreOfferedForTheMainTypes() {
    BbicGenerator gen = new BbicGenerator(7);
    for (FormType type :
        List.of(FormType.REPORT, FormType.INVESTIGATION, FormType.DECISION, FormType.CARE_PLAN)) {
      BbicDocument doc = gen.document(type);
      assertThat(Mutators.document(doc, 7)).as("%s", type).isNotEmpty();
    }
  }

  @Test
  void theMutatedTextIsLongerThanTheLimit() {
    BbicDocument inv = new BbicGenerator(7).document(FormType.INVESTIGATION);
    Mutation<BbicDocument> tooLong =
        Mutators.document(inv, 7).stream()
            .filter(m -> m.name().equals("investigation-analysis-too-long"))
            .findFirst()
            .orElseThrow();
    assertThat(((Investigation) tooLong.value()).analysis()).hasSize(TextLimits.LONG + 1);
  }

  @Test
  void theCommittedManifestMatchesTheEntries() {
    List<Corpus.Entry> entries = Corpus.entries();
    List<Corpus.RawEntry> raw = Corpus.rawEntries();
    List<Corpus.File> committed = Corpus.committed();
    assertThat(committed).hasSize(entries.size() * Corpus.FORMATS.size() + raw.size());
    assertThat(committed)
        .extracting(Corpus.File::file)
        .doesNotHaveDuplicates()
        .allMatch(f -> f.endsWith(".json") || f.endsWith(".xml"));
    for (Corpus.File f : committed) {
      try (var in = Corpus.open(f.file())) {
        assertThat(in.read()).as(f.file()).isPositive();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @Test
  void eachRawFileIsItsChangeOfTheCommittedBaseFile() throws java.io.IOException {
    List<Corpus.RawEntry> raw = Corpus.rawEntries();
    assertThat(raw).extracting(Corpus.RawEntry::file).doesNotHaveDuplicates();
    for (String format : Corpus.FORMATS) {
      assertThat(raw).filteredOn(r -> r.format().equals(format)).hasSizeGreaterThanOrEqualTo(12);
    }
    for (Corpus.RawEntry r : raw) {
      assertThat(r.codes())
          .as(r.file())
          .isNotEmpty()
          .allMatch(c -> c.matches("BBIC-S(YN|CH)-\\d{3}"));
      byte[] base;
      byte[] committed;
      try (var in = Corpus.open(r.baseFile())) {
        base = in.readAllBytes();
      }
      try (var in = Corpus.open(r.file())) {
        committed = in.readAllBytes();
      }
      byte[] made = r.apply(base);
      assertThat(made).as("%s differs from its base", r.file()).isNotEqualTo(base);
      assertThat(committed).as("%s is the change of %s", r.file(), r.baseFile()).isEqualTo(made);
    }
  }

  @Test
  void everyCaseFileEntryStatesItsDay() {
    assertThat(Corpus.entries())
        .filteredOn(e -> BbicModel.get().caseFile().type() == e.value().getClass())
        .isNotEmpty()
        .allMatch(e -> e.asOf() != null);
    assertThat(Corpus.entries())
        .filteredOn(e -> BbicModel.get().findKind(e.value().getClass()).isPresent())
        .isNotEmpty()
        .allMatch(e -> e.asOf() == null);
  }

  @RepeatedTest(3)
  void everyCaseFileMutationStatesItsDayAndDocumentMutationsNone() {
    long seed = Seeds.seed();
    BbicGenerator gen = new BbicGenerator(seed);
    CaseFile cf = gen.caseFile();
    for (Mutation<CaseFile> m : Mutators.caseFile(cf, seed)) {
      assertThat(m.asOf()).as("%s, %s", m, Seeds.describe(seed)).isPresent();
    }
    for (FormType type : FormType.values()) {
      for (Mutation<BbicDocument> m : Mutators.document(gen.document(type), seed)) {
        assertThat(m.asOf()).as("%s, %s", m, Seeds.describe(seed)).isEmpty();
      }
    }
  }

  @Test
  void corpusFilesAreOpenedByNameOnly() {
    assertThatThrownBy(() -> Corpus.open("../Corpus.class"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Corpus.open("no-such-file.json"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
