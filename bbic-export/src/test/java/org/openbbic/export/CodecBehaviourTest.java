package org.openbbic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbbic.validation.FindingsAssert.assertThatFindings;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Report;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;
import org.openbbic.validation.Finding;

/** How the codecs treat nulls, offsets, coercion, unwritable text and concurrent use. */
class CodecBehaviourTest {

  private static final BbicExport EXPORT = RoundTripTest.EXPORT;

  private static <T> ReadResult<T> json(Class<T> type, String payload) {
    return EXPORT
        .reader(Format.JSON, type)
        .withLevel(null)
        .read(payload.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aNullListReadsAsEmptyAndIsLeftOutWhenWritten() {
    ReadResult<CaseFile> result = json(CaseFile.class, "{\"caseId\":\"C-1\",\"reports\":null}");
    assertThat(result.findings()).isEmpty();
    CaseFile caseFile = result.value().orElseThrow();
    assertThat(caseFile.reports()).isEmpty();
    assertThat(EXPORT.writer(Format.JSON).writeString(caseFile)).isEqualTo("{\"caseId\":\"C-1\"}");
    assertThat(EXPORT.writer(Format.XML).writeString(caseFile)).doesNotContain("reports");
  }

  @Test
  void aNullEntryInAListIsAnError() {
    ReadResult<CaseFile> result = json(CaseFile.class, "{\"caseId\":\"C-1\",\"reports\":[null]}");
    assertThat(result.findings())
        .extracting(Finding::code, Finding::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ExportCodes.NULL_IN_LIST, "/reports/0"));
    assertThat(result.value()).isEmpty();
  }

  @Test
  void scalarsAreNotCoerced() {
    assertThatFindings(json(CaseFile.class, "{\"caseId\":12}").report())
        .hasCode(ExportCodes.WRONG_TYPE);
    assertThatFindings(json(CaseFile.class, "{\"reports\":[{\"mandatoryReporter\":1}]}").report())
        .hasCode(ExportCodes.WRONG_TYPE);
    assertThatFindings(json(CaseFile.class, "{\"reports\":[{\"receivedAt\":\"\"}]}").report())
        .hasCode(ExportCodes.INVALID_DATE);
    assertThat(json(CaseFile.class, "{\"reports\":[{\"kind\":0}]}").value()).isEmpty();
  }

  @Test
  void offsetsAndFractionsOfDateTimesAreKeptInBothFormats() {
    OffsetDateTime t = OffsetDateTime.parse("2026-03-29T01:59:00.120-05:30");
    Report report = (Report) new BbicGenerator(Seeds.seed()).document(FormType.REPORT);
    Report changed =
        report.toBuilder().header(report.header().toBuilder().createdAt(t).build()).build();
    for (Format format : Format.values()) {
      byte[] bytes = EXPORT.writer(format).writeBytes(changed);
      assertThat(new String(bytes, StandardCharsets.UTF_8))
          .contains("2026-03-29T01:59:00.12-05:30");
      Report back =
          EXPORT.reader(format, Report.class).withLevel(null).read(bytes).value().orElseThrow();
      assertThat(back.header().createdAt()).isEqualTo(t);
      assertThat(back.header().createdAt().getOffset()).isEqualTo(t.getOffset());
    }
  }

  @Test
  void theWriterRefusesWhatIsNotADocumentAndTextXmlCannotCarry() {
    BbicWriter xml = EXPORT.writer(Format.XML);
    assertThatThrownBy(() -> xml.writeBytes(DocumentHeader.builder().build()))
        .isInstanceOf(IllegalArgumentException.class);
    CaseFile control = CaseFile.builder().caseId("a\u0001b").build();
    assertThatThrownBy(() -> xml.writeBytes(control)).isInstanceOf(BbicExportException.class);
    // JSON carries it (escaped) and reads it back unchanged.
    byte[] json = EXPORT.writer(Format.JSON).writeBytes(control);
    assertThat(json(CaseFile.class, new String(json, StandardCharsets.UTF_8)).value())
        .contains(control);
  }

  @Test
  void oneContextServesManyThreads() throws Exception {
    long seed = Seeds.seed();
    List<CaseFile> caseFiles = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      caseFiles.add(new BbicGenerator(seed + i).caseFile());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        CaseFile caseFile = caseFiles.get(i % caseFiles.size());
        Format format = Format.values()[i % 2];
        futures.add(
            pool.submit(
                () -> {
                  byte[] bytes = EXPORT.writer(format).writeBytes(caseFile);
                  return EXPORT
                      .reader(format, CaseFile.class)
                      .withLevel(null)
                      .read(bytes)
                      .value()
                      .filter(caseFile::equals)
                      .isPresent();
                }));
      }
      for (Future<Boolean> f : futures) {
        assertThat(f.get()).as(Seeds.describe(seed)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void readLimitsRefuseNonsense() {
    assertThatThrownBy(() -> ReadLimits.builder().maxDepth(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReadLimits.builder().maxDepth(200))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReadLimits.builder().maxStringLength(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ReadLimits.defaults().toBuilder().build()).isEqualTo(ReadLimits.defaults());
    assertThat(ReadLimits.defaults().maxDepth()).isEqualTo(ReadLimits.DEFAULT_MAX_DEPTH);
  }
}
