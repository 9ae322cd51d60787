package org.openbbic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Report;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.ProtectionLevel;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;

/**
 * {@link BbicJackson}: a vendor's mapper, set up as unlike openbbic's own as Jackson allows, writes
 * exactly {@link BbicWriter}'s bytes and reads them back, refuses unknown and duplicate fields with
 * the library's code, pointer and position, and writes under the chosen recipient policy.
 */
class BbicJacksonTest {

  private static final BbicExport EXPORT = RoundTripTest.EXPORT;
  private static final long SEED = Seeds.seed();

  /** A mapper with every setting that changes Jackson's own bean mapping set the other way. */
  @SuppressWarnings("deprecation")
  static ObjectMapper hostile(com.fasterxml.jackson.databind.Module module) {
    ObjectMapper m =
        JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .defaultDateFormat(new SimpleDateFormat("dd.MM.yyyy"))
            .activateDefaultTyping(
                LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.EVERYTHING)
            .addModule(new JavaTimeModule())
            .build();
    return m.registerModule(module);
  }

  private static final ObjectMapper HOSTILE = hostile(BbicJackson.module());

  @ParameterizedTest
  @EnumSource(FormType.class)
  void everyFormTypeIsWrittenAsBbicWriterWritesItAndReadBack(FormType type) throws Exception {
    for (int i = 0; i < 4; i++) {
      long seed = SEED + i;
      BbicDocument document = new BbicGenerator(seed).document(type);
      byte[] expected = EXPORT.writer(Format.JSON).writeBytes(document);
      byte[] written = HOSTILE.writeValueAsBytes(document);
      assertThat(new String(written, StandardCharsets.UTF_8))
          .as("%s, %s", type, Seeds.describe(seed))
          .isEqualTo(new String(expected, StandardCharsets.UTF_8));
      Object read = HOSTILE.readValue(written, type.documentClass());
      assertThat(EXPORT.writer(Format.JSON).writeBytes(read))
          .as("read back, %s", Seeds.describe(seed))
          .isEqualTo(expected);
    }
  }

  @Test
  void caseFilesRoundTripInABeanAndThroughATree() throws Exception {
    for (int i = 0; i < 4; i++) {
      long seed = SEED + 50 + i;
      CaseFile caseFile = new BbicGenerator(seed).caseFile();
      byte[] expected = EXPORT.writer(Format.JSON).writeBytes(caseFile);
      assertThat(HOSTILE.writeValueAsBytes(caseFile)).as(Seeds.describe(seed)).isEqualTo(expected);
      // in a vendor's own bean, and through a tree (a token buffer, not a JSON generator)
      ObjectMapper plain = new ObjectMapper().registerModule(BbicJackson.module());
      String envelope = plain.writeValueAsString(new Envelope("e-1", caseFile));
      Envelope back = plain.readValue(envelope, Envelope.class);
      assertThat(EXPORT.writer(Format.JSON).writeBytes(back.caseFile())).isEqualTo(expected);
      JsonNode tree = plain.valueToTree(caseFile);
      CaseFile fromTree = plain.treeToValue(tree, CaseFile.class);
      assertThat(EXPORT.writer(Format.JSON).writeBytes(fromTree)).isEqualTo(expected);
    }
  }

  /** A vendor's own type holding a case file. */
  record Envelope(String id, CaseFile caseFile) {}

  @Test
  void anUnknownFieldIsRefusedWithCodePointerAndPositionAndNoValue() throws Exception {
    String json = "{\n  \"caseId\": \"X\",\n  \"colour\": \"SECRET-VALUE\"\n}";
    assertThatThrownBy(() -> HOSTILE.readValue(json, CaseFile.class))
        .isInstanceOfSatisfying(
            BbicJackson.ReadException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ExportCodes.UNKNOWN_FIELD);
              assertThat(e.pointer()).isEqualTo("/colour");
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isEqualTo(3);
              assertThat(e.getMessage()).doesNotContain("SECRET-VALUE").doesNotContain("\"X\"");
            });
    // the mapper alone, for contrast, reads it into an empty object without a word
    ObjectMapper vanilla =
        JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertThat(vanilla.readValue("{\"caseId\":\"X\"}", CaseFile.class).caseId()).isNull();
  }

  @Test
  void aDuplicateFieldIsRefusedWhereTheDuplicateIs() throws Exception {
    Report report = (Report) new BbicGenerator(SEED).document(FormType.REPORT);
    String json = EXPORT.writer(Format.JSON).writeString(report);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"kind\":\"([^\"]+)\"").matcher(json);
    assertThat(m.find()).as("the report has a kind").isTrue();
    String kind = m.group();
    String value = m.group(1);
    String duplicated = json.replace(kind, kind + ",\n" + kind);
    assertThatThrownBy(() -> HOSTILE.readValue(duplicated, Report.class))
        .isInstanceOfSatisfying(
            BbicJackson.ReadException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ExportCodes.DUPLICATE_FIELD);
              assertThat(e.pointer()).isEqualTo("/kind");
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.getMessage()).doesNotContain(value);
            });
  }

  @Test
  void aWrongTypeInsideAVendorBeanIsRefusedAtItsPlaceInTheInput() throws Exception {
    ObjectMapper plain = new ObjectMapper().registerModule(BbicJackson.module());
    String envelope = "{\"id\":\"e\",\n\"caseFile\":{\"caseId\":\"X\",\n  \"child\":[1]}}";
    assertThatThrownBy(() -> plain.readValue(envelope, Envelope.class))
        .isInstanceOfSatisfying(
            BbicJackson.ReadException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ExportCodes.WRONG_TYPE);
              assertThat(e.pointer()).isEqualTo("/child");
              assertThat(e.line()).isEqualTo(3);
            });
  }

  @Test
  void theModuleWritesUnderItsRecipientPolicyInternalByDefault() throws Exception {
    CaseFile protectedFile =
        new BbicGenerator(SEED).caseFile(ProtectionLevel.SKYDDAD_FOLKBOKFORING);
    byte[] internal =
        EXPORT.writer(Format.JSON).withPolicy(RecipientPolicy.INTERNAL).writeBytes(protectedFile);
    byte[] unmasked =
        EXPORT
            .writer(Format.JSON)
            .withPolicy(RecipientPolicy.INTERNAL_UNMASKED)
            .writeBytes(protectedFile);
    assertThat(internal).as("the policies differ on this file").isNotEqualTo(unmasked);
    assertThat(HOSTILE.writeValueAsBytes(protectedFile)).isEqualTo(internal);
    for (RecipientPolicy policy :
        List.of(
            RecipientPolicy.INTERNAL,
            RecipientPolicy.INTERNAL_UNMASKED,
            RecipientPolicy.COURT,
            RecipientPolicy.GUARDIAN)) {
      ObjectMapper m = hostile(BbicJackson.module(policy));
      assertThat(m.writeValueAsBytes(protectedFile))
          .as("%s", policy.name())
          .isEqualTo(EXPORT.writer(Format.JSON).withPolicy(policy).writeBytes(protectedFile));
    }
  }
}
