package org.openbbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbbic.export.BbicExport;
import org.openbbic.export.BbicSchemas;
import org.openbbic.export.Format;
import org.openbbic.export.ReportJson;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.model.law.Confidence;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Mutation;
import org.openbbic.testkit.Mutators;
import org.openbbic.testkit.Seeds;
import org.openbbic.validation.DeadlineKind;
import org.openbbic.validation.DeadlineStatus;
import org.openbbic.validation.FindingSource;
import org.openbbic.validation.Severity;

/**
 * The published schemas of the tool's JSON outputs hold for real output: every line of {@code
 * validate --format json} and {@code deadlines --format json} over seeded generated case files,
 * valid, broken by the test kit's mutators and unreadable; the whole of {@code rules --format
 * json}; the statistics report of {@code report --format json} and of the questionnaire. Each
 * schema also rejects a deliberately wrong object, so the check can fail, and lists exactly the
 * values of the enumerations it names.
 */
class OutputSchemasTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final BbicExport EXPORT = BbicExport.builder().build();
  private static final long SEED = Seeds.seed();
  private static SchemaRegistry registry;

  @TempDir static Path dir;

  @BeforeAll
  static void setUp() throws IOException {
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
    System.out.println("output schemas over generated case files, " + Seeds.describe(SEED));
    Path files = Files.createDirectories(dir.resolve("files"));
    for (int i = 0; i < 6; i++) {
      BbicGenerator gen = new BbicGenerator(SEED + i);
      CaseFile valid = gen.caseFile();
      Files.write(
          files.resolve("valid-" + i + ".json"), EXPORT.writer(Format.JSON).writeBytes(valid));
      List<Mutation<CaseFile>> mutations = Mutators.caseFile(valid, SEED + i);
      for (int m = 0; m < mutations.size(); m += Math.max(1, mutations.size() / 6)) {
        Files.write(
            files.resolve("broken-" + i + "-" + m + ".json"),
            EXPORT.writer(Format.JSON).writeBytes(mutations.get(m).value()));
      }
      Files.write(
          files.resolve("report-" + i + ".json"),
          EXPORT.writer(Format.JSON).writeBytes(gen.document(FormType.REPORT)));
    }
    Files.writeString(files.resolve("unreadable.json"), "{\"caseId\": ");
  }

  private static String read(String file) {
    try (InputStream in = BbicSchemas.resource(file).openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema schema(String name) {
    return registry.getSchema(SchemaLocation.of(BbicSchemas.outputSchemaId(name)));
  }

  private static List<Error> errors(String name, String json) {
    return schema(name).validate(json, InputFormat.JSON);
  }

  private static List<String> lines(String out) {
    return Arrays.stream(out.split("\n")).filter(l -> !l.isBlank()).toList();
  }

  @Test
  void everyValidationLineValidates() throws Exception {
    List<String> lines =
        lines(CliRun.run(2, "validate", "--format", "json", dir.resolve("files").toString()));
    int withFindings = 0;
    int withLegalBasis = 0;
    int valid = 0;
    int unreadable = 0;
    // the last line is the run's summary; the schema takes it too
    JsonNode last = JSON.readTree(lines.get(lines.size() - 1));
    assertThat(errors("validation-line", lines.get(lines.size() - 1))).isEmpty();
    assertThat(last.get("summary").get("documents").asInt()).isEqualTo(lines.size() - 1);
    lines = lines.subList(0, lines.size() - 1);
    for (String line : lines) {
      assertThat(errors("validation-line", line)).as(line).isEmpty();
      JsonNode node = JSON.readTree(line);
      if (!node.get("findings").isEmpty()) {
        withFindings++;
      }
      valid += node.get("valid").asBoolean() ? 1 : 0;
      for (JsonNode f : node.get("findings")) {
        unreadable += f.get("severity").asText().equals("FATAL") ? 1 : 0;
        if (!f.get("legalBasis").isNull()) {
          withLegalBasis++;
        }
      }
    }
    assertThat(lines.size()).isGreaterThan(20);
    assertThat(withFindings).as("lines with findings").isGreaterThan(5);
    assertThat(withLegalBasis).as("findings citing a provision").isPositive();
    assertThat(unreadable).as("the unreadable file").isPositive();
    // the closing summary line of a run (ReportJson.summary) over the same counts
    String summary =
        ReportJson.summary(
            lines.size(), valid, lines.size() - valid - unreadable, unreadable, 1.25);
    assertThat(errors("validation-line", summary)).as(summary).isEmpty();
    // and the schema can fail: an extra field, a severity that does not exist, a summary short
    ObjectNode document = (ObjectNode) JSON.readTree(lines.get(0));
    assertThat(errors("validation-line", document.deepCopy().put("colour", "red").toString()))
        .isNotEmpty();
    ObjectNode badFinding = document.deepCopy();
    ((ArrayNode) badFinding.withArray("findings"))
        .addObject()
        .put("code", "BBIC-FLD-001")
        .put("severity", "SEVERE");
    assertThat(errors("validation-line", badFinding.toString())).isNotEmpty();
    assertThat(errors("validation-line", "{\"summary\":{\"documents\":1}}")).isNotEmpty();
  }

  @Test
  void everyDeadlinesLineValidates() throws Exception {
    List<String> lines = new ArrayList<>();
    try (var files = Files.list(dir.resolve("files"))) {
      for (Path p : files.filter(f -> f.getFileName().toString().startsWith("valid-")).toList()) {
        lines.addAll(lines(CliRun.run(0, "deadlines", "--format", "json", p.toString())));
      }
    }
    int deadlines = 0;
    for (String line : lines) {
      assertThat(errors("deadlines-line", line)).as(line).isEmpty();
      deadlines += JSON.readTree(line).get("deadlines").size();
    }
    assertThat(lines).hasSize(6);
    assertThat(deadlines).isPositive();
    ObjectNode wrong = (ObjectNode) JSON.readTree(lines.get(0));
    wrong.put("asOf", "1 December");
    assertThat(errors("deadlines-line", wrong.toString())).isNotEmpty();
  }

  @Test
  void theRuleCatalogueValidates() throws Exception {
    String out = CliRun.run(0, "rules", "--format", "json");
    assertThat(errors("rules", out)).isEmpty();
    JsonNode all = JSON.readTree(out);
    assertThat(all.size()).as("every catalogue entry").isGreaterThan(50);
    ArrayNode wrong = (ArrayNode) all.deepCopy();
    ((ObjectNode) wrong.get(0)).remove("messages");
    assertThat(errors("rules", wrong.toString())).isNotEmpty();
  }

  @Test
  void theStatisticsReportsValidate() throws Exception {
    LocalDate to = LocalDate.now();
    String followUp =
        CliRun.run(
            2, // the unreadable file
            "report",
            "--format",
            "json",
            "--from",
            to.minusYears(5).toString(),
            "--to",
            to.toString(),
            dir.resolve("files").toString());
    assertThat(errors("statistics", followUp)).isEmpty();
    JsonNode report = JSON.readTree(followUp);
    assertThat(report.get("kind").asText()).isEqualTo("follow-up");
    assertThat(report.get("tables").size()).isGreaterThan(3);

    // (the implementation questionnaire has its own schema, checked in bbic-stats)

    ObjectNode wrong = (ObjectNode) report.deepCopy();
    wrong.remove("from");
    assertThat(errors("statistics", wrong.toString()))
        .as("a follow-up without its period")
        .isNotEmpty();
    ObjectNode cell = (ObjectNode) report.deepCopy();
    ((ArrayNode) cell.get("tables").get(0).get("rows").get(0).get("values")).add("12");
    assertThat(errors("statistics", cell.toString())).as("a count as text").isNotEmpty();
  }

  @Test
  void bbicSchemaGivesEachOutputSchema() throws Exception {
    for (String name : BbicSchemas.OUTPUT_SCHEMAS) {
      assertThat(CliRun.run(0, "schema", "--output-schema", name))
          .isEqualTo(read(BbicSchemas.outputSchemaFile(name)));
    }
    CliRun.run(2, "schema", "--output-schema", "nonsense");
  }

  @Test
  void theSchemasListExactlyTheValuesOfTheirEnumerations() throws Exception {
    JsonNode validation = JSON.readTree(read(BbicSchemas.outputSchemaFile("validation-line")));
    JsonNode finding = validation.at("/$defs/Finding/properties");
    assertThat(values(finding.at("/severity/enum"))).isEqualTo(names(Severity.values()));
    assertThat(values(finding.at("/source/enum"))).isEqualTo(names(FindingSource.values()));
    assertThat(values(validation.at("/$defs/LegalBasis/properties/confidence/enum")))
        .isEqualTo(names(Confidence.values()));
    TreeSet<String> formTypes = names(FormType.values());
    formTypes.add("CASE_FILE");
    formTypes.add("null");
    assertThat(values(validation.at("/$defs/Document/properties/formType/enum")))
        .isEqualTo(formTypes);
    JsonNode deadlines = JSON.readTree(read(BbicSchemas.outputSchemaFile("deadlines-line")));
    assertThat(values(deadlines.at("/$defs/Deadline/properties/kind/enum")))
        .isEqualTo(names(DeadlineKind.values()));
    assertThat(values(deadlines.at("/$defs/Deadline/properties/status/enum")))
        .isEqualTo(names(DeadlineStatus.values()));
    for (String name : BbicSchemas.OUTPUT_SCHEMAS) {
      JsonNode s = JSON.readTree(read(BbicSchemas.outputSchemaFile(name)));
      assertThat(s.get("$id").asText()).isEqualTo(BbicSchemas.outputSchemaId(name));
      assertThat(s.get("$schema").asText()).contains("2020-12");
    }
  }

  private static TreeSet<String> values(JsonNode array) {
    assertThat(array.isArray()).as("an enum array").isTrue();
    TreeSet<String> out = new TreeSet<>();
    array.forEach(v -> out.add(v.isNull() ? "null" : v.asText()));
    return out;
  }

  private static TreeSet<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
  }
}
