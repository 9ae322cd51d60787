package org.openbbic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.TypeDefinition;

/**
 * The committed schemas (class-path resources and the repository folder {@code schemas/}) are
 * exactly what the model generates today. Rewrite them with {@code -Dopenbbic.schemas.write=true}.
 */
class SchemasUpToDateTest {

  private static final Path MODULE = Path.of("").toAbsolutePath();

  @Test
  void committedSchemasMatchTheModel() throws Exception {
    if (Boolean.getBoolean("openbbic.schemas.write")) {
      SchemaGeneration.writeAll(MODULE);
    }
    Map<String, String> generated = SchemaGeneration.all();
    assertThat(generated).containsKey(BbicSchemas.XSD_FILE).hasSizeGreaterThanOrEqualTo(4);
    for (Map.Entry<String, String> e : generated.entrySet()) {
      String name = e.getKey();
      String resource;
      try (InputStream in = BbicSchemas.resource(name).openStream()) {
        resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String source =
          Files.readString(
              MODULE.resolve("src/main/resources/" + BbicSchemas.RESOURCE_FOLDER + name));
      String repo = Files.readString(MODULE.resolve("schemas").resolve(name));
      assertThat(source)
          .as("%s in src/main/resources is stale: rerun with -Dopenbbic.schemas.write=true", name)
          .isEqualTo(e.getValue());
      assertThat(repo)
          .as("schemas/%s is stale: rerun with -Dopenbbic.schemas.write=true", name)
          .isEqualTo(e.getValue());
      assertThat(resource).as("class-path copy of %s", name).isEqualTo(e.getValue());
    }
    // No stale file is left behind either. The questionnaire's schema sits beside these in
    // schemas/ but belongs to bbic-stats, whose QuestionnairePublishTest keeps that copy honest.
    for (Path dir :
        new Path[] {
          MODULE.resolve("schemas"),
          MODULE.resolve("src/main/resources/" + BbicSchemas.RESOURCE_FOLDER)
        }) {
      try (java.util.stream.Stream<Path> files = Files.list(dir)) {
        assertThat(
                files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".xsd") || n.endsWith(".json"))
                    .filter(n -> !n.startsWith("openbbic-questionnaire-")))
            .as("schema files in %s", dir)
            .containsExactlyInAnyOrderElementsOf(generated.keySet());
      }
    }
  }

  @Test
  void theXsdNamesTheVersionedNamespaceAndEveryRootElement() throws Exception {
    String xsd = SchemaGeneration.xsd();
    assertThat(xsd).contains("targetNamespace=\"" + org.openbbic.model.WireFormat.NAMESPACE + "\"");
    for (TypeDefinition root : BbicModel.get().roots()) {
      assertThat(xsd).contains("<xs:element name=\"" + root.rootName().orElseThrow() + "\"");
    }
    assertThat(xsd)
        .contains("<xs:element name=\"" + CaseFileBatchWriter.XML_BATCH_ELEMENT + "\"")
        .contains("type=\"tns:date\"")
        .contains("type=\"tns:dateTime\"")
        .contains("<xs:restriction base=\"xs:date\">")
        .contains("<xs:restriction base=\"xs:dateTime\">")
        .contains("<xs:maxLength value=\"")
        .contains("<xs:pattern value=\"[0-9]{4}\"/>")
        .contains("<xs:documentation xml:lang=\"sv\">")
        .contains("<xs:documentation xml:lang=\"en\">");
  }
}
