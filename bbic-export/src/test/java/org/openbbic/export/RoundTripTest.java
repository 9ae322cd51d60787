package org.openbbic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;

/**
 * JSON → object → XML → object → JSON gives equal objects and byte-identical canonical JSON, for
 * every document type and the case file: over the test kit's generated documents and over objects
 * with every field filled ({@link FieldFiller}), written with every detail ({@code
 * internal-unmasked}; what the default policy withholds is {@link ProtectedExportTest}'s).
 */
class RoundTripTest {

  static final BbicExport EXPORT = BbicExport.builder().build();
  private static final long BASE_SEED = Seeds.seed();
  private static final int SEEDS_PER_TYPE = 8;

  static Stream<Arguments> documents() {
    List<Arguments> args = new ArrayList<>();
    for (int i = 0; i < SEEDS_PER_TYPE; i++) {
      long seed = BASE_SEED + i;
      for (FormType type : FormType.values()) {
        args.add(Arguments.of(type, seed));
      }
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("documents")
  void generatedDocumentRoundTrips(FormType type, long seed) {
    BbicDocument document = new BbicGenerator(seed).document(type);
    assertRoundTrip(document, type.documentClass(), Seeds.describe(seed));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("documents")
  void everyFieldFilledRoundTrips(FormType type, long seed) {
    Object document = new FieldFiller(seed).fill(type.documentClass());
    assertRoundTrip(document, type.documentClass(), Seeds.describe(seed));
  }

  @Test
  void generatedCaseFilesRoundTrip() {
    for (int i = 0; i < SEEDS_PER_TYPE; i++) {
      long seed = BASE_SEED + 1000 + i;
      CaseFile caseFile = new BbicGenerator(seed).caseFile();
      assertRoundTrip(caseFile, CaseFile.class, Seeds.describe(seed));
    }
  }

  @Test
  void caseFileWithEveryFieldFilledRoundTrips() {
    for (int i = 0; i < SEEDS_PER_TYPE; i++) {
      long seed = BASE_SEED + 2000 + i;
      CaseFile caseFile = new FieldFiller(seed).fill(CaseFile.class);
      assertRoundTrip(caseFile, CaseFile.class, Seeds.describe(seed));
    }
  }

  static <T> void assertRoundTrip(Object given, Class<T> type, String seed) {
    // Written with every detail; the writer states its policy where it saw a protected person, so
    // the object to read back is the policy's copy (the given object itself when none is).
    Object original = BbicWriter.withhold(RecipientPolicy.INTERNAL_UNMASKED, given);
    byte[] json =
        EXPORT
            .writer(Format.JSON)
            .withPolicy(RecipientPolicy.INTERNAL_UNMASKED)
            .writeBytes(original);
    ReadResult<T> fromJson = EXPORT.reader(Format.JSON, type).withLevel(null).read(json);
    assertThat(fromJson.findings()).as("JSON findings, %s", seed).isEmpty();
    T first = fromJson.value().orElseThrow();
    assertThat(first)
        .as("JSON → object, %s, differs at %s", seed, Diff.first(original, first))
        .isEqualTo(original);

    byte[] xml =
        EXPORT.writer(Format.XML).withPolicy(RecipientPolicy.INTERNAL_UNMASKED).writeBytes(first);
    ReadResult<T> fromXml = EXPORT.reader(Format.XML, type).withLevel(null).read(xml);
    assertThat(fromXml.findings()).as("XML findings, %s", seed).isEmpty();
    T second = fromXml.value().orElseThrow();
    assertThat(second)
        .as("XML → object, %s, differs at %s", seed, Diff.first(original, second))
        .isEqualTo(original);

    byte[] again =
        EXPORT.writer(Format.JSON).withPolicy(RecipientPolicy.INTERNAL_UNMASKED).writeBytes(second);
    assertThat(new String(again, StandardCharsets.UTF_8))
        .as("canonical JSON, %s", seed)
        .isEqualTo(new String(json, StandardCharsets.UTF_8));
    assertThat(
            EXPORT
                .writer(Format.XML)
                .withPolicy(RecipientPolicy.INTERNAL_UNMASKED)
                .writeBytes(second))
        .as("XML written twice, %s", seed)
        .isEqualTo(xml);
  }
}
