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
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void eachFileGivesItsExpectedCodes(Corpus.File file) throws Exception {
    ReadResult<?> result = (ReadResult<?>) read(file);
    assertThat(result.value()).as("%s is bound", file.file()).isPresent();
    if (file.codes().isEmpty()) {
      assertThat(result.findings()).as("valid corpus file %s", file.file()).isEmpty();
      return;
    }
    for (String code : file.codes()) {
      assertThat(result.findings())
          .as("%s expects %s at %s", file.file(), code, file.pointer())
          .anySatisfy(
              f -> {
                assertThat(f.code()).isEqualTo(code);
                assertThat(f.pointer()).isEqualTo(file.pointer());
              });
    }
    // no syntax or schema finding: the corpus breaks rules, not the format
    assertThat(result.findings())
        .as("%s has only constraint and rule findings", file.file())
        .extracting(Finding::code)
        .noneMatch(c -> c.startsWith("BBIC-SYN-") || c.startsWith("BBIC-SCH-"));
    assertThat(result.findings()).extracting(Finding::severity).doesNotContain(Severity.FATAL);
  }
}
