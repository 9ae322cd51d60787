package org.openbbic.export.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbbic.export.BbicExport;
import org.openbbic.export.Format;
import org.openbbic.testkit.Corpus;

/**
 * Fails when the committed corpus differs from what {@link Corpus#entries()} and the writer make
 * now. To regenerate it, run this test with {@code
 * -Dopenbbic.corpus.write=../bbic-testkit/src/main/resources/org/openbbic/testkit/corpus} and
 * reinstall bbic-testkit.
 */
class CorpusStalenessTest {

  private static final BbicExport EXPORT = BbicExport.builder().build();

  private static byte[] committed(String file) throws IOException {
    try (InputStream in = Corpus.open(file)) {
      return in.readAllBytes();
    }
  }

  @Test
  void theCommittedCorpusIsWhatTheGeneratorMakes() throws IOException {
    List<Corpus.Entry> entries = Corpus.entries();
    String manifest = Corpus.manifest(entries);
    String target = System.getProperty("openbbic.corpus.write");
    if (target != null && !target.isBlank()) {
      Path dir = Path.of(target);
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(Corpus.MANIFEST), manifest, StandardCharsets.UTF_8);
      for (Corpus.Entry e : entries) {
        for (String format : Corpus.FORMATS) {
          Files.write(
              dir.resolve(Corpus.fileName(e, format)),
              EXPORT.writer(Format.valueOf(format)).writeBytes(e.value()));
        }
      }
    }
    assertThat(new String(committed(Corpus.MANIFEST), StandardCharsets.UTF_8))
        .as("corpus manifest is stale: regenerate (see class javadoc)")
        .isEqualTo(manifest);
    for (Corpus.Entry e : entries) {
      for (String format : Corpus.FORMATS) {
        String file = Corpus.fileName(e, format);
        assertThat(committed(file))
            .as("corpus file %s is stale: regenerate (see class javadoc)", file)
            .isEqualTo(EXPORT.writer(Format.valueOf(format)).writeBytes(e.value()));
      }
    }
  }

  @Test
  void theCorpusIsTheSameOnEveryRun() {
    assertThat(Corpus.manifest(Corpus.entries())).isEqualTo(Corpus.manifest(Corpus.entries()));
  }
}
