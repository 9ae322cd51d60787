package org.openbbic.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbbic.forms.CaseFile;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Corpus;
import org.openbbic.testkit.Seeds;
import org.xml.sax.SAXException;

/**
 * The published XSD carries every constraint that holds at every level: each corpus case whose JSON
 * form the draft JSON Schema rejects (the draft group is validated at every level, so what it
 * rejects is wrong at every level: too long, bad pattern, unknown code, unknown field, wrong type)
 * has an XML form that the XSD rejects, checked by two independent validators, libxml2's {@code
 * xmllint} (a real process) and {@code javax.xml.validation}; every valid corpus file passes both;
 * and an XML batch as {@link CaseFileBatchWriter} writes it validates.
 */
class XsdCorpusTest {

  private static final Path XSD = Path.of("schemas", BbicSchemas.XSD_FILE).toAbsolutePath();
  private static final ObjectMapper PLAIN = new ObjectMapper();

  @TempDir static Path work;

  @BeforeAll
  static void load() throws Exception {
    SchemaValidationTest.loadSchemas();
  }

  /** xmllint, or a skip outside CI and a failure in CI (where .ci/run installs libxml2-utils). */
  static Path xmllint() {
    for (String candidate :
        List.of(System.getProperty("openbbic.xmllint", ""), "/usr/bin/xmllint", "/bin/xmllint")) {
      if (!candidate.isBlank() && Files.isExecutable(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(
          "No xmllint in CI (/usr/bin/xmllint or -Dopenbbic.xmllint=PATH; Debian's libxml2-utils)");
    }
    Assumptions.assumeTrue(
        false, "No xmllint found: install Debian's libxml2-utils to run the libxml2 checks.");
    return null;
  }

  /** xmllint's verdict on a file: 0 valid, 3 invalid for the XSD, other codes for bad syntax. */
  static int xmllint(Path file) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                xmllint().toString(),
                "--noout",
                "--nonet",
                "--schema",
                XSD.toString(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("xmllint finished").isTrue();
    return p.exitValue();
  }

  static boolean javaxValid(byte[] xml) throws IOException {
    try {
      SchemaValidationTest.validateXml(xml);
      return true;
    } catch (SAXException e) {
      return false;
    }
  }

  private static byte[] bytes(String file) throws IOException {
    try (InputStream in = Corpus.open(file)) {
      return in.readAllBytes();
    }
  }

  /** Whether the file is a JSON object (the JSON Schema judges only documents, not syntax). */
  private static boolean parses(byte[] json) {
    try {
      com.fasterxml.jackson.databind.JsonNode node = PLAIN.readTree(json);
      return node != null && !node.isMissingNode();
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void theXsdRejectsEveryLevelIndependentErrorTheJsonSchemaRejects() throws Exception {
    Map<String, String> caught = new TreeMap<>();
    List<String> missed = new ArrayList<>();
    int valid = 0;
    for (Corpus.File json : Corpus.committed()) {
      if (!json.format().equals("JSON")) {
        continue;
      }
      byte[] content = bytes(json.file());
      Class<?> type = Class.forName("org.openbbic.forms." + json.type());
      String xmlName = json.file().replaceAll("\\.json$", ".xml");
      byte[] xml = bytes(xmlName);
      Path xmlFile = work.resolve(xmlName);
      Files.write(xmlFile, xml);
      if (json.codes().isEmpty()) {
        valid++;
        assertThat(SchemaValidationTest.validateJson(ValidationLevel.DRAFT, type, content))
            .as("valid %s passes the draft JSON Schema", json.file())
            .isEmpty();
        assertThat(xmllint(xmlFile)).as("xmllint on valid %s", xmlName).isZero();
        assertThat(javaxValid(xml)).as("javax.xml.validation on valid %s", xmlName).isTrue();
        continue;
      }
      if (!parses(content)
          || SchemaValidationTest.validateJson(ValidationLevel.DRAFT, type, content).isEmpty()) {
        continue;
      }
      int lint = xmllint(xmlFile);
      boolean javax = javaxValid(xml);
      if (lint == 3 && !javax) {
        caught.put(xmlName, String.join(",", json.codes()));
      } else {
        missed.add(xmlName + " (xmllint exit " + lint + ", javax valid " + javax + ")");
      }
    }
    System.out.printf(
        "XSD: %d level-independent corpus errors the draft JSON Schema rejects, all rejected by"
            + " xmllint and javax.xml.validation: %s%n",
        caught.size(), caught);
    assertThat(missed).as("rejected by the JSON Schema but not by the XSD").isEmpty();
    assertThat(valid).as("valid corpus files").isGreaterThanOrEqualTo(10);
    // the corpus's own field errors are among them: too long, bad pattern, unknown code
    assertThat(caught.values())
        .contains("BBIC-FLD-003", "BBIC-FLD-004", "BBIC-SCH-004", "BBIC-SCH-001");
  }

  @Test
  void anXmlBatchOfGeneratedCaseFilesValidates() throws Exception {
    long seed = Seeds.seed();
    System.out.println("batch of case files, " + Seeds.describe(seed));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CaseFileBatchWriter w = RoundTripTest.EXPORT.batchWriter(Format.XML, out)) {
      for (int i = 0; i < 4; i++) {
        CaseFile c = new BbicGenerator(seed + i).caseFile();
        w.write(c);
      }
    }
    byte[] batch = out.toByteArray();
    assertThat(new String(batch, StandardCharsets.UTF_8))
        .contains("<" + CaseFileBatchWriter.XML_BATCH_ELEMENT);
    Path file = work.resolve("batch.xml");
    Files.write(file, batch);
    assertThat(xmllint(file)).as("xmllint on the batch, %s", Seeds.describe(seed)).isZero();
    assertThat(javaxValid(batch)).as("javax on the batch, %s", Seeds.describe(seed)).isTrue();
    // and the check can fail: a batch with an unknown element inside is refused by both
    byte[] broken =
        new String(batch, StandardCharsets.UTF_8)
            .replaceFirst("<caseFile>", "<colour>red</colour><caseFile>")
            .getBytes(StandardCharsets.UTF_8);
    Path brokenFile = work.resolve("broken-batch.xml");
    Files.write(brokenFile, broken);
    assertThat(xmllint(brokenFile)).isEqualTo(3);
    assertThat(javaxValid(broken)).isFalse();
  }
}
