package org.openbbic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbbic.validation.FindingsAssert.assertThatFindings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openbbic.forms.CaseFile;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;
import org.openbbic.validation.Finding;

/** Batches of case files: written and read back one at a time, bad records reported in place. */
class BatchTest {

  private static final BbicExport EXPORT = RoundTripTest.EXPORT;
  private static final long SEED = Seeds.seed();

  private static List<CaseFile> caseFiles(int n) {
    List<CaseFile> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(new BbicGenerator(SEED + i).caseFile());
    }
    return list;
  }

  private static byte[] write(Format format, List<CaseFile> caseFiles) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CaseFileBatchWriter writer = EXPORT.batchWriter(format, out)) {
      caseFiles.forEach(writer::write);
      assertThat(writer.count()).isEqualTo(caseFiles.size());
    }
    return out.toByteArray();
  }

  private static List<ReadResult<CaseFile>> read(Format format, byte[] bytes) {
    List<ReadResult<CaseFile>> results = new ArrayList<>();
    try (CaseFileBatchReader reader =
        EXPORT.batchReader(format, new ByteArrayInputStream(bytes)).withLevel(null)) {
      reader.forEachRemaining(results::add);
    }
    return results;
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aBatchRoundTrips(Format format) {
    List<CaseFile> caseFiles = caseFiles(5);
    List<ReadResult<CaseFile>> results = read(format, write(format, caseFiles));
    assertThat(results).hasSize(5);
    for (int i = 0; i < 5; i++) {
      assertThat(results.get(i).findings()).as("%s", Seeds.describe(SEED + i)).isEmpty();
      assertThat(results.get(i).value())
          .as("%s", Seeds.describe(SEED + i))
          .contains(caseFiles.get(i));
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void anEmptyBatchHasNoRecords(Format format) {
    assertThat(read(format, write(format, List.of()))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void theCaseFilesOfABatchAreValidatedToo(Format format) {
    CaseFile noCaseId = CaseFile.builder().schemaVersion("1.0.0").build();
    byte[] bytes = write(format, List.of(noCaseId));
    try (CaseFileBatchReader reader = EXPORT.batchReader(format, new ByteArrayInputStream(bytes))) {
      ReadResult<CaseFile> result = reader.next();
      assertThat(result.value()).isPresent();
      assertThat(result.findings())
          .extracting(Finding::pointer, Finding::code)
          .contains(org.assertj.core.groups.Tuple.tuple("/caseId", "BBIC-FLD-001"));
      assertThat(reader.hasNext()).isFalse();
    }
  }

  @org.junit.jupiter.api.Test
  void aBadNdjsonLineIsReportedAtItsLineAndTheRestIsRead() {
    List<CaseFile> caseFiles = caseFiles(3);
    String[] lines = new String(write(Format.JSON, caseFiles), StandardCharsets.UTF_8).split("\n");
    String batch =
        lines[0]
            + "\n\n"
            + "{\"caseId\": \"X\",\n"
            + "\n"
            + lines[1]
            + "\n"
            + "{\"nickname\": 1}\n"
            + lines[2]
            + "\n";
    List<ReadResult<CaseFile>> results = read(Format.JSON, batch.getBytes(StandardCharsets.UTF_8));
    assertThat(results).hasSize(5);
    assertThat(results.get(0).value()).contains(caseFiles.get(0));
    Finding truncated = results.get(1).findings().get(0);
    assertThat(truncated.code()).isEqualTo(ExportCodes.TRUNCATED);
    assertThat(truncated.line()).contains(3);
    assertThat(results.get(2).value()).as("%s", results.get(2)).contains(caseFiles.get(1));
    Finding unknown = results.get(3).findings().get(0);
    assertThat(unknown.code()).isEqualTo(ExportCodes.UNKNOWN_FIELD);
    assertThat(unknown.line()).contains(6);
    assertThat(unknown.column()).contains(2);
    assertThat(results.get(4).value()).contains(caseFiles.get(2));
  }

  @org.junit.jupiter.api.Test
  void anOversizedNdjsonLineIsRefusedAndTheNextIsRead() {
    BbicExport small =
        BbicExport.builder().limits(ReadLimits.builder().maxDocumentBytes(100).build()).build();
    String batch = "{\"caseId\": \"" + "x".repeat(200) + "\"}\n" + "{\"caseId\": \"C-2\"}\n";
    List<ReadResult<CaseFile>> results = new ArrayList<>();
    try (CaseFileBatchReader reader =
        small
            .batchReader(
                Format.JSON, new ByteArrayInputStream(batch.getBytes(StandardCharsets.UTF_8)))
            .withLevel(null)) {
      reader.forEachRemaining(results::add);
    }
    assertThat(results).hasSize(2);
    assertThatFindings(results.get(0).report()).hasCode(ExportCodes.LIMIT_DOCUMENT_SIZE);
    assertThat(results.get(0).findings().get(0).line()).contains(1);
    assertThat(results.get(1).value().map(CaseFile::caseId)).contains("C-2");
  }

  @org.junit.jupiter.api.Test
  void anXmlBatchReportsABadCaseFileAndGoesOn() {
    List<CaseFile> caseFiles = caseFiles(2);
    String xml = new String(write(Format.XML, caseFiles), StandardCharsets.UTF_8);
    java.util.regex.Matcher records = java.util.regex.Pattern.compile("<caseFile[ >]").matcher(xml);
    assertThat(records.find()).isTrue();
    assertThat(records.find()).isTrue();
    int second = records.start();
    String bad =
        xml.substring(0, second)
            + "<caseFile><caseId>C-9</caseId><nickname>n</nickname></caseFile>\n"
            + xml.substring(second);
    List<ReadResult<CaseFile>> results = read(Format.XML, bad.getBytes(StandardCharsets.UTF_8));
    assertThat(results).hasSize(3);
    assertThat(results.get(0).value()).contains(caseFiles.get(0));
    Finding unknown = results.get(1).findings().get(0);
    assertThat(unknown.code()).isEqualTo(ExportCodes.UNKNOWN_FIELD);
    assertThat(unknown.pointer()).isEqualTo("/nickname");
    assertThat(results.get(1).value()).isEmpty();
    assertThat(results.get(2).value()).as("%s", results.get(2)).contains(caseFiles.get(1));
  }

  @org.junit.jupiter.api.Test
  void brokenXmlEndsTheBatchWithAFatalFinding() {
    List<CaseFile> caseFiles = caseFiles(2);
    String xml = new String(write(Format.XML, caseFiles), StandardCharsets.UTF_8);
    String cut = xml.substring(0, xml.lastIndexOf("<caseFile>") + 40);
    List<ReadResult<CaseFile>> results = read(Format.XML, cut.getBytes(StandardCharsets.UTF_8));
    assertThat(results).hasSize(2);
    assertThat(results.get(0).value()).contains(caseFiles.get(0));
    assertThat(results.get(1).value()).isEmpty();
    assertThat(results.get(1).findings())
        .extracting(Finding::severity)
        .containsOnly(org.openbbic.validation.Severity.FATAL);
  }

  @org.junit.jupiter.api.Test
  void pendingRecordsReadLaterOnOtherThreadsGiveWhatNextGivesInPlace() throws Exception {
    List<CaseFile> caseFiles = caseFiles(4);
    String[] lines = new String(write(Format.JSON, caseFiles), StandardCharsets.UTF_8).split("\n");
    CaseFile noCaseId = CaseFile.builder().schemaVersion("1.0.0").build();
    String batch =
        lines[0]
            + "\n{\"caseId\": \"X\",\n\n"
            + lines[1]
            + "\n"
            + new String(write(Format.JSON, List.of(noCaseId)), StandardCharsets.UTF_8)
            + "{\"nickname\": 1}\n"
            + lines[2]
            + "\n"
            + lines[3]
            + "\n";
    byte[] bytes = batch.getBytes(StandardCharsets.UTF_8);
    List<ReadResult<CaseFile>> inPlace = new ArrayList<>();
    try (CaseFileBatchReader reader =
        EXPORT.batchReader(Format.JSON, new ByteArrayInputStream(bytes))) {
      reader.forEachRemaining(inPlace::add);
    }
    // Every record taken before any is read: each holds its own bytes, not the reader's buffer.
    List<CaseFileBatchReader.Pending> pending = new ArrayList<>();
    try (CaseFileBatchReader reader =
        EXPORT.batchReader(Format.JSON, new ByteArrayInputStream(bytes))) {
      while (reader.hasNext()) {
        pending.add(reader.nextPending());
      }
    }
    assertThat(pending).hasSize(inPlace.size()).hasSize(7);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      List<java.util.concurrent.Future<ReadResult<CaseFile>>> later = new ArrayList<>();
      for (int i = pending.size() - 1; i >= 0; i--) {
        later.add(0, pool.submit(pending.get(i)::read));
      }
      for (int i = 0; i < pending.size(); i++) {
        ReadResult<CaseFile> expected = inPlace.get(i);
        ReadResult<CaseFile> actual = later.get(i).get();
        assertThat(actual.findings())
            .as("record %d, %s", i, Seeds.describe(SEED))
            .isEqualTo(expected.findings());
        assertThat(actual.value()).as("record %d", i).isEqualTo(expected.value());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(inPlace.get(3).findings()).extracting(Finding::code).contains("BBIC-FLD-001");
    assertThat(inPlace.get(4).findings().get(0).line()).contains(6);
  }
}
