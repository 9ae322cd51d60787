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
    assertThat(Mutators.text(Mutators.OVER_LONG)).hasSize(50_001);
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
  void corpusFilesAreOpenedByNameOnly() {
    assertThatThrownBy(() -> Corpus.open("../Corpus.class"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Corpus.open("no-such-file.json"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
