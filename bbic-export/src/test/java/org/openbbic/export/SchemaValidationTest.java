package org.openbbic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openbbic.export.internal.ClasspathSchemaResolver;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;
import org.xml.sax.SAXException;

/**
 * Every document the library writes validates against the published schemas, checked by independent
 * validators: {@code javax.xml.validation} for the XSD and networknt's JSON Schema validator (draft
 * 2020-12, {@code $id} mapped to the class path, no network) for the JSON Schemas. And the schemas
 * are not vacuous: they reject what the format does not allow.
 */
class SchemaValidationTest {

  private static final BbicExport EXPORT = RoundTripTest.EXPORT;
  private static final long BASE_SEED = Seeds.seed();
  private static SchemaRegistry registry;
  private static javax.xml.validation.Schema xsd;

  @BeforeAll
  static synchronized void loadSchemas() throws Exception {
    if (xsd != null) {
      return;
    }
    registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b ->
                b.schemaLoader(l -> l.fetchRemoteResources(false))
                    .schemas(
                        iri ->
                            iri.startsWith(BbicSchemas.JSON_SCHEMA_BASE)
                                ? read(iri.substring(BbicSchemas.JSON_SCHEMA_BASE.length()))
                                : null));
    SchemaFactory sf = SchemaFactory.newDefaultInstance();
    sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    sf.setResourceResolver(new ClasspathSchemaResolver());
    try (InputStream in = BbicSchemas.xsd().openStream()) {
      xsd = sf.newSchema(new StreamSource(in, BbicSchemas.XSD_FILE));
    }
  }

  private static String read(String file) {
    try (InputStream in = BbicSchemas.resource(file).openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema jsonSchema(ValidationLevel level, Class<?> type) {
    String id = BbicSchemas.jsonSchemaId(level);
    return registry.getSchema(
        SchemaLocation.of(type == CaseFile.class ? id : id + "#/$defs/" + type.getSimpleName()));
  }

  static List<Error> validateJson(ValidationLevel level, Class<?> type, byte[] json) {
    return jsonSchema(level, type)
        .validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON);
  }

  static void validateXml(byte[] xml) throws SAXException, IOException {
    Validator v = xsd.newValidator();
    v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    v.validate(new StreamSource(new ByteArrayInputStream(xml)));
  }

  @ParameterizedTest
  @EnumSource(FormType.class)
  void writtenSignedDocumentsValidateAtEveryLevel(FormType type) throws Exception {
    for (int i = 0; i < 5; i++) {
      long seed = BASE_SEED + i;
      BbicDocument document = new BbicGenerator(seed).document(type);
      byte[] json = EXPORT.writer(Format.JSON).writeBytes(document);
      for (ValidationLevel level : ValidationLevel.values()) {
        assertThat(validateJson(level, type.documentClass(), json))
            .as("%s at %s, %s", type, level, Seeds.describe(seed))
            .isEmpty();
      }
      validateXml(EXPORT.writer(Format.XML).writeBytes(document));
    }
  }

  @Test
  void writtenCaseFilesValidateAtEveryLevel() throws Exception {
    for (int i = 0; i < 5; i++) {
      long seed = BASE_SEED + 100 + i;
      CaseFile caseFile = new BbicGenerator(seed).caseFile();
      byte[] json = EXPORT.writer(Format.JSON).writeBytes(caseFile);
      for (ValidationLevel level : ValidationLevel.values()) {
        assertThat(validateJson(level, CaseFile.class, json))
            .as("case file at %s, %s", level, Seeds.describe(seed))
            .isEmpty();
      }
      validateXml(EXPORT.writer(Format.XML).writeBytes(caseFile));
    }
  }

  @ParameterizedTest
  @EnumSource(FormType.class)
  void everyFieldFilledDocumentsValidateAgainstTheXsd(FormType type) throws Exception {
    for (int i = 0; i < 5; i++) {
      Object document = new FieldFiller(BASE_SEED + i).fill(type.documentClass());
      validateXml(EXPORT.writer(Format.XML).writeBytes(document));
    }
    validateXml(
        EXPORT.writer(Format.XML).writeBytes(new FieldFiller(BASE_SEED).fill(CaseFile.class)));
  }

  @Test
  void theJsonSchemasRejectWhatTheFormatDoesNotAllow() {
    byte[] noHeader = "{\"kind\":\"ANMALAN\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(validateJson(ValidationLevel.DRAFT, org.openbbic.forms.Report.class, noHeader))
        .extracting(Error::getKeyword)
        .contains("required");
    byte[] unknown = "{\"caseId\":\"x\",\"nickname\":\"y\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(validateJson(ValidationLevel.DRAFT, CaseFile.class, unknown))
        .extracting(Error::getKeyword)
        .contains("additionalProperties");
    byte[] badCode =
        "{\"schemaVersion\":\"1.0.0\",\"caseId\":\"x\",\"reports\":[{\"kind\":\"NOPE\"}]}"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(validateJson(ValidationLevel.DRAFT, CaseFile.class, badCode))
        .extracting(Error::getKeyword)
        .contains("enum");
    // A signed document must carry its signature; a complete one need not.
    BbicDocument unsigned = new BbicGenerator(BASE_SEED).document(FormType.DECISION);
    Class<?> decision = FormType.DECISION.documentClass();
    byte[] json = EXPORT.writer(Format.JSON).writeBytes(withoutSignature(unsigned));
    assertThat(validateJson(ValidationLevel.COMPLETE, decision, json)).isEmpty();
    assertThat(validateJson(ValidationLevel.SIGNED, decision, json))
        .extracting(Error::getKeyword)
        .contains("required");
  }

  private static Object withoutSignature(BbicDocument document) {
    try {
      java.lang.reflect.Field header = document.getClass().getDeclaredField("header");
      header.setAccessible(true);
      header.set(document, document.header().toBuilder().signedAt(null).signedBy(null).build());
      return document;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theXsdRejectsWhatTheFormatDoesNotAllow() {
    String ns = org.openbbic.model.WireFormat.NAMESPACE;
    for (String xml :
        new String[] {
          "<caseFile xmlns=\"" + ns + "\"><nickname>x</nickname></caseFile>",
          "<caseFile xmlns=\""
              + ns
              + "\"><caseId>a</caseId><schemaVersion>1</schemaVersion>"
              + "</caseFile>",
          "<report xmlns=\"" + ns + "\"><kind>NOPE</kind></report>",
          "<report xmlns=\"" + ns + "\"><receivedAt>2026-13-01T10:00:00Z</receivedAt></report>",
          "<caseFile xmlns=\"urn:other\"/>"
        }) {
      assertThatThrownBy(() -> validateXml(xml.getBytes(StandardCharsets.UTF_8)))
          .as(xml)
          .isInstanceOf(SAXException.class);
    }
  }
}
