package org.openbbic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openbbic.forms.CaseFile;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;

/**
 * 100,000 generated case files written and read as one NDJSON batch, and 5,000 as one XML batch
 * (the same streaming path; XML binding with schema validation is several times slower and the
 * build must stay short), through a pipe (nothing is stored), in a JVM with a 64 MiB heap: memory
 * must not grow with the batch. Run by its own Surefire execution ({@code big-batch}) with {@code
 * -Xmx64m}.
 */
@Tag("big-batch")
class BigBatchTest {

  private static int count(Format format) {
    return format == Format.JSON ? 100_000 : 5_000;
  }

  private static final int TEMPLATES = 25;
  private static final long SEED = Seeds.seed();

  @ParameterizedTest
  @EnumSource(Format.class)
  void aHundredThousandCaseFilesStreamInBoundedHeap(Format format) throws Exception {
    assertThat(Runtime.getRuntime().maxMemory())
        .as("this test must run with a small heap (-Xmx64m)")
        .isLessThanOrEqualTo(80L * 1024 * 1024);
    BbicExport export = RoundTripTest.EXPORT;
    int total = count(format);
    List<CaseFile> templates = new ArrayList<>();
    for (int i = 0; i < TEMPLATES; i++) {
      templates.add(new BbicGenerator(SEED + i).caseFile());
    }
    PipedInputStream in = new PipedInputStream(1 << 16);
    PipedOutputStream out = new PipedOutputStream(in);
    AtomicReference<Throwable> writerFailure = new AtomicReference<>();
    Thread writer =
        new Thread(
            () -> {
              try (CaseFileBatchWriter w = export.batchWriter(format, out)) {
                for (int i = 0; i < total; i++) {
                  w.write(templates.get(i % TEMPLATES).toBuilder().caseId("C-" + i).build());
                }
              } catch (Throwable t) {
                writerFailure.set(t);
              } finally {
                try {
                  out.close();
                } catch (IOException e) {
                  writerFailure.compareAndSet(null, new UncheckedIOException(e));
                }
              }
            },
            "batch-writer");
    writer.start();
    long usedAtTenth = 0;
    int count = 0;
    try (CaseFileBatchReader reader = export.batchReader(format, in).withLevel(null)) {
      while (reader.hasNext()) {
        ReadResult<CaseFile> result = reader.next();
        assertThat(result.findings()).as("record %d, %s", count, Seeds.describe(SEED)).isEmpty();
        CaseFile caseFile = result.value().orElseThrow();
        assertThat(caseFile.caseId()).isEqualTo("C-" + count);
        if (count % 500 == 0) {
          assertThat(caseFile)
              .isEqualTo(templates.get(count % TEMPLATES).toBuilder().caseId("C-" + count).build());
        }
        if (count == total / 10) {
          usedAtTenth = usedAfterGc();
        }
        count++;
      }
    }
    writer.join();
    assertThat(writerFailure.get()).isNull();
    assertThat(count).isEqualTo(total);
    long usedAtEnd = usedAfterGc();
    assertThat(usedAtEnd - usedAtTenth)
        .as("heap growth between 10%% and 100%% of the batch")
        .isLessThan(16L * 1024 * 1024);
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }
}
