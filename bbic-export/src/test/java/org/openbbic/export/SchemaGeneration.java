package org.openbbic.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.SchemaOutputResolver;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.transform.Result;
import javax.xml.transform.stream.StreamResult;
import org.openbbic.export.internal.JsonCodec;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.FormLabels;
import org.openbbic.forms.Report;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.TypeDefinition;
import org.openbbic.model.Person;
import org.openbbic.model.WireFormat;
import org.openbbic.model.code.InterventionKind;
import org.openbbic.model.code.ModelLabels;
import org.openbbic.model.code.NeedArea;
import org.openbbic.model.level.ValidationLevel;

/**
 * Generates the published schemas from the model: the XSD with {@code JAXBContext.generateSchema},
 * the JSON Schemas with victools (one per validation level through the validation groups). Run
 * {@link SchemasUpToDateTest} with {@code -Dopenbbic.schemas.write=true} to rewrite the committed
 * files.
 */
final class SchemaGeneration {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  private SchemaGeneration() {}

  /** Every schema file by name, freshly generated. */
  static Map<String, String> all() throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    files.putAll(xsds());
    for (ValidationLevel level : ValidationLevel.values()) {
      files.put(BbicSchemas.jsonSchemaFile(level), jsonSchema(level));
    }
    files.putAll(outputSchemas());
    return files;
  }

  /**
   * The hand-written schemas of the outputs, from the repository folder {@code schemas/} (their
   * source): the class-path copies must equal them.
   */
  static Map<String, String> outputSchemas() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    for (String name : BbicSchemas.OUTPUT_SCHEMAS) {
      String file = BbicSchemas.outputSchemaFile(name);
      files.put(file, Files.readString(Path.of("schemas", file).toAbsolutePath()));
    }
    return files;
  }

  /** The XSD files, by file name: one, the namespace's schema. */
  static Map<String, String> xsds() throws Exception {
    JAXBContext context =
        JAXBContext.newInstance(
            BbicModel.get().roots().stream().map(TypeDefinition::type).toArray(Class<?>[]::new));
    Map<String, StringWriter> outputs = new LinkedHashMap<>();
    context.generateSchema(
        new SchemaOutputResolver() {
          @Override
          public Result createOutput(String namespaceUri, String suggestedFileName) {
            if (!namespaceUri.equals(WireFormat.NAMESPACE)) {
              throw new IllegalStateException("a bound type outside the format's namespace");
            }
            String file = BbicSchemas.XSD_FILE;
            StringWriter w = new StringWriter();
            outputs.put(file, w);
            StreamResult r = new StreamResult(w);
            r.setSystemId(file);
            return r;
          }
        });
    Map<String, String> files = new LinkedHashMap<>();
    outputs.forEach(
        (file, w) -> {
          try {
            files.put(file, XsdConstraints.apply(w.toString()));
          } catch (Exception e) {
            throw new IllegalStateException("cannot add the constraints to " + file, e);
          }
        });
    return files;
  }

  /** The XSD of the namespace. */
  static String xsd() throws Exception {
    return xsds().get(BbicSchemas.XSD_FILE);
  }

  /** The JSON Schema of one level: the case file at the root, every type under $defs. */
  static String jsonSchema(ValidationLevel level) throws IOException {
    SchemaGeneratorConfigBuilder b =
        new SchemaGeneratorConfigBuilder(
            JsonCodec.newMapper(ReadLimits.defaults()),
            SchemaVersion.DRAFT_2020_12,
            OptionPreset.PLAIN_JSON);
    b.with(
        new JacksonModule(
            JacksonOption.RESPECT_JSONPROPERTY_ORDER, JacksonOption.RESPECT_JSONPROPERTY_REQUIRED));
    b.with(
        new JakartaValidationModule(
                JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
                JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS)
            .forValidationGroups(level.group()));
    b.with(
        Option.DEFINITIONS_FOR_ALL_OBJECTS,
        Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
        Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS,
        Option.NONPUBLIC_NONSTATIC_FIELDS_WITH_GETTERS,
        Option.EXTRA_OPEN_API_FORMAT_VALUES,
        Option.PLAIN_DEFINITION_KEYS);
    b.without(
        Option.NONSTATIC_NONVOID_NONGETTER_METHODS,
        Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS,
        Option.NULLABLE_FIELDS_BY_DEFAULT,
        Option.NULLABLE_METHOD_RETURN_VALUES_BY_DEFAULT);
    b.forFields().withIgnoreCheck(f -> f.isStatic() || f.isTransient());
    b.forTypesInGeneral()
        .withCustomDefinitionProvider(
            (javaType, context) -> {
              Class<?> raw = javaType.getErasedType();
              if (raw != NeedArea.class && raw != InterventionKind.class) {
                return null;
              }
              ObjectNode node = context.getGeneratorConfig().createObjectNode();
              node.put("type", "string");
              ArrayNode codes = node.putArray("enum");
              if (raw == NeedArea.class) {
                NeedArea.all().forEach(a -> codes.add(a.code()));
              } else {
                InterventionKind.all().forEach(k -> codes.add(k.code()));
              }
              return new com.github.victools.jsonschema.generator.CustomDefinition(node);
            });
    b.forTypesInGeneral()
        .withTitleResolver(
            scope -> {
              Class<?> raw = scope.getType().getErasedType();
              return label(raw.getSimpleName());
            });
    b.forFields()
        .withTitleResolver(
            field ->
                label(
                    field.getDeclaringType().getErasedType().getSimpleName()
                        + "."
                        + field.getName()));
    b.forTypesInGeneral()
        .withIdResolver(
            scope ->
                scope.getType().getErasedType() == CaseFile.class
                    ? BbicSchemas.jsonSchemaId(level)
                    : null);
    SchemaGenerator generator = new SchemaGenerator(b.build());
    ObjectNode schema = generator.generateSchema(CaseFile.class);
    allowWithheld(schema);
    return schema.toPrettyString().replace("\r\n", "\n") + "\n";
  }

  /** The records with a {@code withheld} list and the fields each may withhold. */
  private static final Map<String, List<String>> WITHHOLDABLE =
      Map.of(
          "Person", List.of(Person.WITHHOLDABLE.split("\\|")),
          "DocumentHeader", List.of(DocumentHeader.WITHHOLDABLE.split("\\|")),
          "Report", List.of(Report.WITHHOLDABLE.split("\\|")));

  /**
   * A required field that its record may withhold is required unless the record's {@code withheld}
   * list names it: {@code "required": ["child"]} becomes {@code "allOf": [{"anyOf": [{"required":
   * ["child"]}, {"required": ["withheld"], "properties": {"withheld": {"contains": {"const":
   * "child"}}}}]}]}. The validator reads a withheld export the same way (BBIC-FLD-005, not -001).
   */
  private static void allowWithheld(ObjectNode schema) {
    ObjectNode defs = (ObjectNode) schema.get("$defs");
    WITHHOLDABLE.forEach(
        (type, names) -> {
          ObjectNode def = (ObjectNode) defs.get(type);
          if (def == null || !(def.get("required") instanceof ArrayNode required)) {
            return;
          }
          ArrayNode kept = def.arrayNode();
          ArrayNode allOf = def.arrayNode();
          for (var r : required) {
            String name = r.asText();
            if (!names.contains(name)) {
              kept.add(name);
              continue;
            }
            ObjectNode present = def.objectNode();
            present.putArray("required").add(name);
            ObjectNode withheld = def.objectNode();
            withheld.putArray("required").add("withheld");
            withheld
                .putObject("properties")
                .putObject("withheld")
                .putObject("contains")
                .put("const", name);
            ObjectNode either = def.objectNode();
            either.putArray("anyOf").add(present).add(withheld);
            allOf.add(either);
          }
          if (!allOf.isEmpty()) {
            ObjectNode rebuilt = def.objectNode();
            def.fields()
                .forEachRemaining(
                    e -> {
                      if (e.getKey().equals("required")) {
                        if (!kept.isEmpty()) {
                          rebuilt.set("required", kept);
                        }
                        rebuilt.set("allOf", allOf);
                      } else {
                        rebuilt.set(e.getKey(), e.getValue());
                      }
                    });
            defs.set(type, rebuilt);
          }
        });
  }

  private static String label(String key) {
    return FormLabels.BUNDLE
        .find(key, SWEDISH)
        .orElseGet(() -> ModelLabels.BUNDLE.find(key, SWEDISH).orElse(null));
  }

  /**
   * Writes every schema to the class-path resources and the repository folder, and removes schema
   * files the model no longer generates.
   */
  static void writeAll(Path moduleDir) throws Exception {
    Map<String, String> all = all();
    for (Path dir :
        new Path[] {
          moduleDir.resolve("src/main/resources/" + BbicSchemas.RESOURCE_FOLDER),
          moduleDir.resolve("schemas")
        }) {
      if (Files.isDirectory(dir)) {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
          for (Path p : files.toList()) {
            String name = p.getFileName().toString();
            boolean schema = name.endsWith(".xsd") || name.endsWith(".json");
            if (schema && !all.containsKey(name)) {
              Files.delete(p);
            }
          }
        }
      }
    }
    for (Map.Entry<String, String> e : all.entrySet()) {
      for (Path dir :
          new Path[] {
            moduleDir.resolve("src/main/resources/" + BbicSchemas.RESOURCE_FOLDER),
            moduleDir.resolve("schemas")
          }) {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
    }
  }
}
