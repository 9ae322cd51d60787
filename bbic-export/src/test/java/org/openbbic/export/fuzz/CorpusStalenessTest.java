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
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.testkit.Corpus;

/**
 * Fails when the committed corpus differs from what {@link Corpus#entries()} and the writer make
 * now (written with every detail: the corpus is fictitious and holds no protected person, so the
 * recipient policy changes nothing in it). To regenerate it, run this test with {@code
 * -Dopenbbic.corpus.write=../bbic-testkit/src/main/resources/org/openbbic/testkit/corpus} (an
 * absolute path is safer), delete the files of entries that are gone, and run it again in the
 * reactor (bbic-testkit,bbic-export) so the class path holds the new files.
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
    List<Corpus.RawEntry> raw = Corpus.rawEntries();
    String manifest = Corpus.manifest(entries, raw);
    String target = System.getProperty("openbbic.corpus.write");
    if (target != null && !target.isBlank()) {
      Path dir = Path.of(target);
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(Corpus.MANIFEST), manifest, StandardCharsets.UTF_8);
      for (Corpus.Entry e : entries) {
        for (String format : Corpus.FORMATS) {
          Files.write(
              dir.resolve(Corpus.fileName(e, format)),
              EXPORT
                  .writer(Format.valueOf(format))
                  .withPolicy(RecipientPolicy.INTERNAL_UNMASKED)
                  .writeBytes(e.value()));
        }
      }
      for (Corpus.RawEntry r : raw) {
        Files.write(dir.resolve(r.file()), rawBytes(entries, r));
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
            .isEqualTo(
                EXPORT
                    .writer(Format.valueOf(format))
                    .withPolicy(RecipientPolicy.INTERNAL_UNMASKED)
                    .writeBytes(e.value()));
      }
    }
    for (Corpus.RawEntry r : raw) {
      assertThat(committed(r.file()))
          .as("corpus file %s is stale: regenerate (see class javadoc)", r.file())
          .isEqualTo(rawBytes(entries, r));
    }
  }

  /** The raw variant made from what the writer makes of its base entry now. */
  private static byte[] rawBytes(List<Corpus.Entry> entries, Corpus.RawEntry r) {
    Corpus.Entry base =
        entries.stream().filter(e -> e.name().equals(r.base())).findFirst().orElseThrow();
    return r.apply(
        EXPORT
            .writer(Format.valueOf(r.format()))
            .withPolicy(RecipientPolicy.INTERNAL_UNMASKED)
            .writeBytes(base.value()));
  }

  @Test
  void theCorpusIsTheSameOnEveryRun() {
    assertThat(Corpus.manifest(Corpus.entries(), Corpus.rawEntries()))
        .isEqualTo(Corpus.manifest(Corpus.entries(), Corpus.rawEntries()));
  }
}
