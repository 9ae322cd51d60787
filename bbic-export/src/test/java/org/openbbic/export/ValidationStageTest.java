package org.openbbic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Report;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.WireFormat;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;
import org.openbbic.validation.Finding;
import org.openbbic.validation.FindingSource;

/**
 * The last stages of the read pipeline: the validator's constraints and rules run on what was read,
 * at the reader's level, and their findings get positions in the payload.
 */
class ValidationStageTest {

  private static final BbicExport EXPORT = RoundTripTest.EXPORT;
  private static final long SEED = Seeds.seed();

  @ParameterizedTest
  @EnumSource(Format.class)
  void aGeneratedSignedDocumentReadsValidAtTheSignedLevel(Format format) {
    for (FormType type : FormType.values()) {
      BbicDocument document = new BbicGenerator(SEED).document(type);
      byte[] bytes =
          EXPORT.writer(format).withPolicy(RecipientPolicy.INTERNAL_UNMASKED).writeBytes(document);
      ReadResult<?> result =
          EXPORT.reader(format, type.documentClass()).withLevel(ValidationLevel.SIGNED).read(bytes);
      assertThat(result.report().errors())
          .as("%s %s, %s", format, type, Seeds.describe(SEED))
          .isEmpty();
      assertThat(result.value().map(Object.class::cast)).contains(document);
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aConstraintFindingInsideACaseFileIsPositionedAtItsParent(Format format) {
    Report report = (Report) new BbicGenerator(SEED).document(FormType.REPORT);
    Report unsigned =
        report.toBuilder()
            .header(report.header().toBuilder().signedAt(null).signedBy(null).build())
            .build();
    CaseFile caseFile =
        CaseFile.builder()
            .schemaVersion(WireFormat.SCHEMA_VERSION)
            .caseId(report.header().caseId())
            .addReport(unsigned)
            .build();
    byte[] bytes =
        EXPORT.writer(format).withPolicy(RecipientPolicy.INTERNAL_UNMASKED).writeBytes(caseFile);
    String text = new String(bytes, StandardCharsets.UTF_8);
    ReadResult<CaseFile> draft =
        EXPORT.reader(format, CaseFile.class).withAsOf(LocalDate.of(2026, 1, 1)).read(bytes);
    assertThat(draft.findings())
        .filteredOn(f -> f.pointer().startsWith("/reports/0/header/signed"))
        .isEmpty();
    ReadResult<CaseFile> signed =
        EXPORT
            .reader(format, CaseFile.class)
            .withLevel(ValidationLevel.SIGNED)
            .withAsOf(LocalDate.of(2026, 1, 1))
            .read(bytes);
    List<Finding> missing =
        signed.findings().stream()
            .filter(f -> f.pointer().equals("/reports/0/header/signedAt"))
            .toList();
    assertThat(missing).as("%s", signed.findings()).hasSize(1);
    Finding f = missing.get(0);
    assertThat(f.source()).isEqualTo(FindingSource.CONSTRAINT);
    // signedAt is absent: the finding sits on the header of the first report.
    String headerMarker = format == Format.JSON ? "\"header\"" : "<header>";
    int index = text.indexOf(headerMarker);
    int line = (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    int column = index - (text.lastIndexOf('\n', index - 1) + 1) + 1;
    assertThat(f.line()).contains(line);
    assertThat(f.column()).contains(column);
    assertThat(signed.value()).contains(caseFile);
    assertThat(signed.isValid()).isFalse();
  }
}
