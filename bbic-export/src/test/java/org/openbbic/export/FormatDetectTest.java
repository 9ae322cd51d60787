package org.openbbic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openbbic.forms.FormType;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;

/** {@link Format#detect}: the kind of a payload by content, for every format and batch. */
class FormatDetectTest {

  private static final BbicExport EXPORT = BbicExport.builder().build();

  @ParameterizedTest
  @EnumSource(Format.class)
  void singleDocumentsAndCaseFilesAreSinglesOfTheirFormat(Format format) {
    long seed = Seeds.seed();
    BbicGenerator generator = new BbicGenerator(seed);
    BbicWriter writer = EXPORT.writer(format).withPolicy(RecipientPolicy.INTERNAL_UNMASKED);
    PayloadKind expected = format == Format.XML ? PayloadKind.XML : PayloadKind.JSON;
    for (FormType type : FormType.values()) {
      byte[] bytes = writer.writeBytes(generator.document(type));
      assertThat(Format.detect(bytes)).as("%s %s", type, Seeds.describe(seed)).isEqualTo(expected);
    }
    byte[] caseFile = writer.writeBytes(generator.caseFile());
    assertThat(Format.detect(caseFile)).as(Seeds.describe(seed)).isEqualTo(expected);
    assertThat(expected.format()).contains(format);
    assertThat(expected.batch()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void batchesAreBatchesWithOrWithoutAByteOrderMark(Format format) throws IOException {
    long seed = Seeds.seed();
    BbicGenerator generator = new BbicGenerator(seed);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CaseFileBatchWriter batch = EXPORT.batchWriter(format, bytes)) {
      batch.write(generator.caseFile());
      batch.write(generator.caseFile());
    }
    PayloadKind expected = format == Format.XML ? PayloadKind.XML_BATCH : PayloadKind.JSON_BATCH;
    assertThat(Format.detect(bytes.toByteArray())).as(Seeds.describe(seed)).isEqualTo(expected);
    ByteArrayOutputStream prefixed = new ByteArrayOutputStream();
    prefixed.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    if (format == Format.JSON) { // white space before an XML declaration is not well-formed XML
      prefixed.write(" \r\n\t".getBytes(StandardCharsets.US_ASCII));
    }
    prefixed.write(bytes.toByteArray());
    assertThat(Format.detect(prefixed.toByteArray())).isEqualTo(expected);
    assertThat(expected.batch()).isTrue();
    assertThat(expected.format()).contains(format);
  }

  @Test
  void aPrettyPrintedJsonDocumentIsNotABatch() {
    byte[] pretty = "{\n  \"caseId\": \"A\"\n}\n".getBytes(StandardCharsets.UTF_8);
    assertThat(Format.detect(pretty)).isEqualTo(PayloadKind.JSON);
    byte[] array = "[1, 2]".getBytes(StandardCharsets.UTF_8);
    assertThat(Format.detect(array)).isEqualTo(PayloadKind.JSON);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "   \n", "hello", "\u00ef\u00bb\u00bf", "42", "\"text\"", "\u0000<a/>"})
  void whatIsNeitherJsonNorXmlIsUnknown(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Format.detect(bytes)).isEqualTo(PayloadKind.UNKNOWN);
    assertThat(PayloadKind.UNKNOWN.format()).isEmpty();
  }

  @Test
  void onlyTheGivenLengthIsLookedAt() {
    byte[] bytes = "   <caseFile/>".getBytes(StandardCharsets.UTF_8);
    assertThat(Format.detect(bytes, 3)).isEqualTo(PayloadKind.UNKNOWN);
    assertThat(Format.detect(bytes, bytes.length)).isEqualTo(PayloadKind.XML);
    assertThatThrownBy(() -> Format.detect(bytes, bytes.length + 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aStreamIsLeftWhereItWasSoThatTheReaderGetsEveryByte() throws IOException {
    long seed = Seeds.seed();
    byte[] bytes =
        EXPORT
            .writer(Format.XML)
            .withPolicy(RecipientPolicy.INTERNAL_UNMASKED)
            .writeBytes(new BbicGenerator(seed).caseFile());
    InputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes));
    assertThat(Format.detect(in)).isEqualTo(PayloadKind.XML);
    assertThat(in.readAllBytes()).as(Seeds.describe(seed)).isEqualTo(bytes);
  }

  @Test
  void aStreamWithoutMarkIsRefusedBeforeAnythingIsRead() {
    InputStream in =
        new InputStream() {
          @Override
          public int read() {
            throw new AssertionError("must not be read");
          }
        };
    assertThatThrownBy(() -> Format.detect(in))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mark");
  }
}
