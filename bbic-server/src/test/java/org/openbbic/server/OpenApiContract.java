package org.openbbic.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The service's OpenAPI description as a contract: every answer a test receives must be described
 * (its path, method, status and media type) and its JSON body must validate against the described
 * schema (OpenAPI 3.1 schemas are JSON Schema 2020-12). {@link Http} checks every response.
 */
final class OpenApiContract {

  static final String RESOURCE = "/org/openbbic/server/openapi.json";
  private static final String IRI = "https://openbbic.test/openapi.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  static final OpenApiContract INSTANCE = new OpenApiContract();

  final String text;
  final JsonNode document;
  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  private OpenApiContract() {
    try (InputStream in = OpenApiContract.class.getResourceAsStream(RESOURCE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      document = JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b ->
                b.schemaLoader(l -> l.fetchRemoteResources(false))
                    .schemas(iri -> iri.equals(IRI) ? text : null));
  }

  /** The path template of the description that {@code path} matches, or null. */
  String template(String path) {
    Iterator<String> names = document.get("paths").fieldNames();
    while (names.hasNext()) {
      String template = names.next();
      String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
      if (path.matches(regex)) {
        return template;
      }
    }
    return null;
  }

  /** Fails unless the answer is described and its JSON body fits its schema. */
  void check(String method, String path, int status, String contentType, byte[] body) {
    String template = template(path);
    String what = method + " " + path + " → " + status + " " + contentType;
    JsonNode operation =
        template == null
            ? null
            : document.get("paths").get(template).get(method.toLowerCase(Locale.ROOT));
    if (operation == null) {
      // an address or method that is not described: 404 or 405 as problem JSON (info.description)
      assertThat(status).as("undescribed %s", what).isIn(404, 405);
      assertThat(contentType).as(what).startsWith("application/problem+json");
      List<Error> errors =
          schemas
              .computeIfAbsent(
                  "#/components/schemas/Problem",
                  p -> registry.getSchema(SchemaLocation.of(IRI + p)))
              .validate(new String(body, StandardCharsets.UTF_8), InputFormat.JSON);
      assertThat(errors).as("body of %s", what).isEmpty();
      return;
    }
    JsonNode response = operation.get("responses").get(Integer.toString(status));
    assertThat(response).as("status of %s described", what).isNotNull();
    if (status == 204) {
      return;
    }
    String media = contentType.split(";")[0].trim();
    JsonNode content = response.get("content");
    assertThat(content != null && content.has(media))
        .as("media type of %s described", what)
        .isTrue();
    if (!media.endsWith("json")) {
      return;
    }
    String pointer =
        "#/paths/"
            + escape(template)
            + "/"
            + method.toLowerCase(Locale.ROOT)
            + "/responses/"
            + status
            + "/content/"
            + escape(media)
            + "/schema";
    Schema schema =
        schemas.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(IRI + p)));
    String text = new String(body, StandardCharsets.UTF_8);
    List<String> instances =
        media.equals("application/x-ndjson")
            ? text.lines().filter(l -> !l.isBlank()).toList()
            : List.of(text);
    for (String instance : instances) {
      List<Error> errors = schema.validate(instance, InputFormat.JSON);
      assertThat(errors).as("body of %s against its schema", what).isEmpty();
    }
  }

  private static String escape(String pointerToken) {
    return pointerToken
        .replace("~", "~0")
        .replace("/", "~1")
        .replace("{", "%7B")
        .replace("}", "%7D");
  }
}
