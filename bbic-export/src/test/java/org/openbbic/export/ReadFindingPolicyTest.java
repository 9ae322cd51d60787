package org.openbbic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openbbic.forms.CaseFile;
import org.openbbic.model.WireFormat;
import org.openbbic.validation.BbicValidator;
import org.openbbic.validation.Finding;
import org.openbbic.validation.Severity;

/**
 * A vendor's suppress and severity settings ({@link BbicValidator.Builder}) apply to the findings a
 * read makes itself (syntax, schema) as to the validator's, in both formats; a FATAL finding is
 * left as it is.
 */
class ReadFindingPolicyTest {

  /** A case file with one field the format does not have, {@code nickname}, on line 4. */
  private static byte[] withUnknownField(Format format) {
    String text =
        format == Format.JSON
            ? "{\n  \"schemaVersion\": \"1.0.0\",\n  \"caseId\": \"C-1\",\n  \"nickname\": \"x\"\n}\n"
            : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<caseFile xmlns=\""
                + WireFormat.NAMESPACE
                + "\">\n  <schemaVersion>1.0.0</schemaVersion><caseId>C-1</caseId>\n"
                + "  <nickname>x</nickname>\n</caseFile>\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static ReadResult<CaseFile> read(
      Strictness strictness, BbicValidator validator, Format format, byte[] payload) {
    BbicExport export = BbicExport.builder().strictness(strictness).validator(validator).build();
    return export.reader(format, CaseFile.class).withLevel(null).read(payload);
  }

  private static List<Finding> unknownFields(ReadResult<?> result) {
    return result.report().withCode(ExportCodes.UNKNOWN_FIELD);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aSuppressedReadFindingIsCountedNotReported(Format format) {
    byte[] payload = withUnknownField(format);
    ReadResult<CaseFile> plain =
        read(Strictness.LENIENT, BbicValidator.builder().build(), format, payload);
    assertThat(unknownFields(plain)).hasSize(1);
    assertThat(plain.report().suppressedCount()).isZero();

    BbicValidator suppressing = BbicValidator.builder().suppress(ExportCodes.UNKNOWN_FIELD).build();
    ReadResult<CaseFile> result = read(Strictness.LENIENT, suppressing, format, payload);
    assertThat(unknownFields(result)).as("%s", result.findings()).isEmpty();
    assertThat(result.report().suppressedCount()).isEqualTo(1);
    assertThat(result.value()).isPresent();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aReGradedReadFindingKeepsItsPlaceAndNoLongerBlocks(Format format) {
    byte[] payload = withUnknownField(format);
    ReadResult<CaseFile> strict =
        read(Strictness.STRICT, BbicValidator.builder().build(), format, payload);
    Finding error = unknownFields(strict).get(0);
    assertThat(error.severity()).isEqualTo(Severity.ERROR);
    assertThat(strict.value()).isEmpty();

    BbicValidator informing =
        BbicValidator.builder()
            .severity(ExportCodes.UNKNOWN_FIELD, "/nickname", Severity.INFO)
            .build();
    ReadResult<CaseFile> result = read(Strictness.STRICT, informing, format, payload);
    List<Finding> found = unknownFields(result);
    assertThat(found).hasSize(1);
    Finding info = found.get(0);
    assertThat(info.severity()).isEqualTo(Severity.INFO);
    assertThat(info.pointer()).isEqualTo(error.pointer()).isEqualTo("/nickname");
    assertThat(info.line()).isEqualTo(error.line()).contains(4);
    assertThat(info.column()).isEqualTo(error.column());
    assertThat(info.message()).isEqualTo(error.message());
    assertThat(result.value()).as("%s", result.findings()).isPresent();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aPolicyForAnotherPointerLeavesTheFindingAlone(Format format) {
    BbicValidator elsewhere =
        BbicValidator.builder().suppress(ExportCodes.UNKNOWN_FIELD, "/basicData/**").build();
    ReadResult<CaseFile> result =
        read(Strictness.STRICT, elsewhere, format, withUnknownField(format));
    assertThat(unknownFields(result))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    assertThat(result.report().suppressedCount()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aFatalFindingIsNeverSuppressed(Format format) {
    byte[] payload =
        (format == Format.JSON ? "{\"caseId\": " : "<caseFile xmlns=\"" + WireFormat.NAMESPACE)
            .getBytes(StandardCharsets.UTF_8);
    BbicValidator suppressingAll = BbicValidator.builder().suppress("*").build();
    ReadResult<CaseFile> result = read(Strictness.STRICT, suppressingAll, format, payload);
    assertThat(result.value()).isEmpty();
    assertThat(result.findings())
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.FATAL));
  }
}
