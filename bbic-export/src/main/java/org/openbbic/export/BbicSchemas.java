package org.openbbic.export;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.openbbic.model.level.ValidationLevel;

/**
 * The published schemas of the format, generated from the model and shipped in this module: one XSD
 * for the XML namespace {@link org.openbbic.model.WireFormat#NAMESPACE}, and one JSON Schema (draft
 * 2020-12) per validation level. A JSON Schema's root is the case file; every document type is a
 * definition under {@code $defs} (for example {@code #/$defs/Report}).
 *
 * <p>Beside them, hand-written JSON Schemas (draft 2020-12) of openbbic's own JSON outputs ({@link
 * #OUTPUT_SCHEMAS}): a line of {@code bbic validate --format json} ({@link ReportJson#validation},
 * {@link ReportJson#summary}), a line of {@code bbic deadlines --format json} ({@link
 * ReportJson#deadlines}), the rule catalogue ({@link ReportJson#rules}) and the statistics report
 * ({@code bbic report --format json}).
 *
 * <p>The same files are in the repository under {@code bbic-export/schemas/}. Thread-safe.
 *
 * @since 0.1
 */
public final class BbicSchemas {

  /** The folder of the schema resources on the class path. */
  public static final String RESOURCE_FOLDER = "org/openbbic/export/schema/";

  /** The XSD's file name. */
  public static final String XSD_FILE = "openbbic-1.xsd";

  /** The XSD's class-path resource name. */
  public static final String XSD_RESOURCE = RESOURCE_FOLDER + XSD_FILE;

  /** The base of every JSON Schema's {@code $id}; the major version is in the path. */
  public static final String JSON_SCHEMA_BASE = "https://openbbic.github.io/schema/1/";

  /**
   * The names of the output schemas: {@code validation-line}, {@code deadlines-line}, {@code rules}
   * and {@code statistics}.
   */
  public static final List<String> OUTPUT_SCHEMAS =
      List.of("validation-line", "deadlines-line", "rules", "statistics");

  private BbicSchemas() {}

  /**
   * The file name of an output schema: {@code openbbic-1-validation-line.schema.json} and so on.
   *
   * @throws IllegalArgumentException when {@code name} is not one of {@link #OUTPUT_SCHEMAS}
   */
  public static String outputSchemaFile(String name) {
    if (!OUTPUT_SCHEMAS.contains(name)) {
      throw new IllegalArgumentException("no such output schema: " + name);
    }
    return "openbbic-1-" + name + ".schema.json";
  }

  /** The {@code $id} of an output schema. */
  public static String outputSchemaId(String name) {
    return JSON_SCHEMA_BASE + outputSchemaFile(name);
  }

  /** An output schema, as a class-path URL. */
  public static URL outputSchema(String name) {
    return resource(outputSchemaFile(name));
  }

  /** The XSD, as a class-path URL. */
  public static URL xsd() {
    return resource(XSD_FILE);
  }

  /** The JSON Schema file name of a level: {@code openbbic-1-draft.schema.json} and so on. */
  public static String jsonSchemaFile(ValidationLevel level) {
    return "openbbic-1-" + level.name().toLowerCase(Locale.ROOT) + ".schema.json";
  }

  /** The {@code $id} of a level's JSON Schema. */
  public static String jsonSchemaId(ValidationLevel level) {
    return JSON_SCHEMA_BASE + jsonSchemaFile(level);
  }

  /** The JSON Schema of a level, as a class-path URL. */
  public static URL jsonSchema(ValidationLevel level) {
    return resource(jsonSchemaFile(Objects.requireNonNull(level, "level")));
  }

  /**
   * A shipped schema file by name ({@link #XSD_FILE}, a {@link #jsonSchemaFile} or {@link
   * #outputSchemaFile} name), as a class-path URL.
   *
   * @throws IllegalArgumentException when there is no such schema
   */
  public static URL resource(String fileName) {
    URL url = BbicSchemas.class.getResource("/" + RESOURCE_FOLDER + fileName);
    if (url == null) {
      throw new IllegalArgumentException("no such schema: " + fileName);
    }
    return url;
  }
}
