package org.openbbic.export.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openbbic.export.BbicExport;
import org.openbbic.export.BbicReader;
import org.openbbic.export.Format;
import org.openbbic.export.ReadResult;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.Corpus;
import org.openbbic.validation.Finding;
import org.openbbic.validation.Severity;

/** Every committed corpus file, read through the whole export pipeline, gives its stated codes. */
class CorpusTest {

  private static final BbicExport EXPORT = BbicExport.builder().build();

  static Stream<Corpus.File> files() {
    return Corpus.committed().stream();
  }

  static Object read(Corpus.File file) throws IOException, ClassNotFoundException {
    Class<?> type = Class.forName("org.openbbic.forms." + file.type());
    BbicReader<?> reader =
        EXPORT
            .reader(Format.valueOf(file.format()), type)
            .withLevel(ValidationLevel.valueOf(file.level()))
            .withLocale(Locale.ENGLISH);
    if (file.asOf() != null) {
      reader = reader.withAsOf(file.asOf());
    }
    try (InputStream in = Corpus.open(file.file())) {
      return reader.read(in.readAllBytes());
    }
  }

  @Test
  void theCorpusHoldsValidAndInvalidFilesInBothFormats() {
    List<Corpus.File> all = Corpus.committed();
    assertThat(all).extracting(Corpus.File::format).contains("JSON", "XML");
    assertThat(all).filteredOn(f -> f.codes().isEmpty()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(all).filteredOn(f -> !f.codes().isEmpty()).hasSizeGreaterThanOrEqualTo(30);
    for (String format : List.of("JSON", "XML")) {
      assertThat(all)
          .as("syntax and schema files in %s", format)
          .filteredOn(f -> f.format().equals(format) && breaksTheFormat(f))
          .hasSizeGreaterThanOrEqualTo(12);
    }
  }

  /** Whether the file breaks the syntax or schema of its format (it is then not bound). */
  static boolean breaksTheFormat(Corpus.File file) {
    return file.codes().stream()
        .anyMatch(c -> c.startsWith("BBIC-SYN-") || c.startsWith("BBIC-SCH-"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void eachFileGivesItsExpectedCodes(Corpus.File file) throws Exception {
    ReadResult<?> result = (ReadResult<?>) read(file);
    if (breaksTheFormat(file)) {
      assertThat(result.value()).as("%s is not bound", file.file()).isEmpty();
      assertThat(result.findings())
          .as("%s gives exactly its codes", file.file())
          .extracting(Finding::code)
          .allMatch(file.codes()::contains)
          .containsAll(file.codes());
      if (!file.pointer().isEmpty()) {
        assertThat(result.findings())
            .as("%s expects %s at %s", file.file(), file.codes().get(0), file.pointer())
            .anySatisfy(
                f -> {
                  assertThat(f.code()).isEqualTo(file.codes().get(0));
                  assertThat(f.pointer()).isEqualTo(file.pointer());
                });
      }
      return;
    }
    assertThat(result.value()).as("%s is bound", file.file()).isPresent();
    if (file.codes().isEmpty()) {
      assertThat(result.findings()).as("valid corpus file %s", file.file()).isEmpty();
      return;
    }
    assertThat(result.findings())
        .as("%s expects %s at %s", file.file(), file.codes().get(0), file.pointer())
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo(file.codes().get(0));
              assertThat(f.pointer()).isEqualTo(file.pointer());
            });
    // its codes and no ERROR or WARNING of another: the corpus breaks rules, not the format
    assertThat(result.findings())
        .as("%s gives its codes %s", file.file(), file.codes())
        .extracting(Finding::code)
        .containsAll(file.codes());
    assertThat(result.findings())
        .as("%s gives no error or warning but of %s", file.file(), file.codes())
        .filteredOn(f -> f.severity() != Severity.INFO)
        .extracting(Finding::code)
        .allMatch(file.codes()::contains);
    assertThat(result.findings()).extracting(Finding::severity).doesNotContain(Severity.FATAL);
  }
}
