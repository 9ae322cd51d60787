package org.openbbic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;

/** A reader of any document tells the type from the payload, in both formats. */
class AnyTypeReaderTest {

  private static final BbicExport EXPORT = BbicExport.builder().build();

  @ParameterizedTest
  @EnumSource(Format.class)
  void everyDocumentTypeAndTheCaseFileAreReadAsWhatTheyAre(Format format) {
    long seed = Seeds.seed();
    BbicGenerator generator = new BbicGenerator(seed);
    for (FormType type : FormType.values()) {
      BbicDocument document = generator.document(type);
      byte[] bytes =
          EXPORT.writer(format).withPolicy(RecipientPolicy.INTERNAL_UNMASKED).writeBytes(document);
      assertThat(BbicExport.detectType(bytes, format))
          .as(Seeds.describe(seed))
          .isEqualTo(document.getClass());
      ReadResult<Object> read = EXPORT.reader(format).withLevel(ValidationLevel.SIGNED).read(bytes);
      assertThat(read.findings()).as("%s %s", type, Seeds.describe(seed)).isEmpty();
      assertThat(read.value()).contains(document);
    }
    CaseFile file = generator.caseFile();
    byte[] bytes =
        EXPORT.writer(format).withPolicy(RecipientPolicy.INTERNAL_UNMASKED).writeBytes(file);
    assertThat(EXPORT.reader(format).read(bytes).value()).contains(file);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aBatchIsToldFromItsHeadAndASingleCaseFileIsNot(Format format) {
    long seed = Seeds.seed();
    BbicGenerator generator = new BbicGenerator(seed);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (CaseFileBatchWriter batch = EXPORT.batchWriter(format, bytes)) {
      batch.write(generator.caseFile());
      batch.write(generator.caseFile());
    }
    byte[] head = bytes.toByteArray();
    assertThat(BbicExport.isBatch(head, head.length, format)).as(Seeds.describe(seed)).isTrue();
    byte[] single =
        EXPORT
            .writer(format)
            .withPolicy(RecipientPolicy.INTERNAL_UNMASKED)
            .writeBytes(generator.caseFile());
    assertThat(BbicExport.isBatch(single, single.length, format)).isFalse();
    byte[] bom = new byte[bytes.size() + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(bytes.toByteArray(), 0, bom, 3, bytes.size());
    assertThat(BbicExport.isBatch(bom, bom.length, format)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aPayloadOfNoKnownTypeIsReadAsACaseFileAndSaysWhereItFails(Format format) {
    byte[] bytes =
        (format == Format.JSON ? "{\"header\":{\"formType\":\"NOPE\"}}" : "<nope/>")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(BbicExport.detectType(bytes, format)).isEqualTo(CaseFile.class);
    ReadResult<Object> read = EXPORT.reader(format).read(bytes);
    assertThat(read.value()).isEmpty();
    assertThat(read.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.line()).isPresent());
  }
}
