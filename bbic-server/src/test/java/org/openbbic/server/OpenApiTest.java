package org.openbbic.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openbbic.server.internal.Service;

/**
 * The OpenAPI description parsed by a real OpenAPI parser (swagger-parser): it is valid OpenAPI
 * 3.1, describes every route the server registers and nothing else, and every operation names its
 * success and problem answers. That every answer of the test suite fits its schema is checked by
 * {@link Http} on each call.
 */
class OpenApiTest {

  private static OpenAPI parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result =
        new OpenAPIV3Parser().readContents(OpenApiContract.INSTANCE.text, null, options);
    assertThat(result.getMessages()).as("parser messages").isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    return result.getOpenAPI();
  }

  @Test
  void itIsValidOpenApi31AndDescribesEveryRouteAndNoOther() {
    OpenAPI api = parse();
    assertThat(api.getOpenapi()).isEqualTo("3.1.0");
    List<String> described = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> op :
          path.getValue().readOperationsMap().entrySet()) {
        if (op.getKey() != PathItem.HttpMethod.OPTIONS) {
          described.add(op.getKey().name() + " " + path.getKey());
        }
      }
    }
    assertThat(new TreeSet<>(described)).isEqualTo(new TreeSet<>(Service.ROUTES));
  }

  @Test
  void everyOperationDescribesItsAnswers() {
    OpenAPI api = parse();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, op) -> {
                          String what = method + " " + path;
                          if (method == PathItem.HttpMethod.OPTIONS) {
                            assertThat(op.getResponses()).as(what).containsKey("204");
                            return;
                          }
                          assertThat(op.getResponses()).as(what).containsKey("200");
                          assertThat(op.getSummary()).as(what).isNotBlank();
                          if (path.startsWith("/v1/")) {
                            assertThat(op.getResponses())
                                .as(what)
                                .containsKeys("401", "503", "404", "405", "500");
                            assertThat(op.getSecurity()).as(what).isNotEmpty();
                          }
                          if (method == PathItem.HttpMethod.POST) {
                            assertThat(op.getRequestBody().getRequired()).as(what).isTrue();
                            assertThat(op.getResponses()).as(what).containsKeys("400", "413");
                          }
                        }));
    assertThat(api.getComponents().getSchemas())
        .containsKeys("ValidationResult", "Finding", "LegalBasis", "Problem", "DeadlineCalendar");
    Map<String, ?> problem = api.getComponents().getSchemas().get("Problem").getProperties();
    assertThat(problem).containsKeys("type", "title", "status", "detail", "documents");
  }
}
