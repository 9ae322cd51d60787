package org.openbbic.spring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openbbic.export.BbicExport;
import org.openbbic.export.ExportCodes;
import org.openbbic.export.Format;
import org.openbbic.export.Strictness;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.spring.BbicHttpMessageConverter;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.validation.BbicValidator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The {@code openbbic.*} properties bind under each Boot line, and the application's own validator
 * replaces the starter's.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "openbbic.level=complete",
      "openbbic.strictness=lenient",
      "openbbic.language=en",
      "openbbic.recipient=court",
      "openbbic.limits.max-document-size=1KB",
      "openbbic.limits.max-depth=20"
    })
class ConfiguredStarterTest {

  /** The vendor's own validator, which the starter must use rather than make its own. */
  @TestConfiguration
  static class VendorValidator {
    static final BbicValidator VALIDATOR = BbicValidator.builder().maxFindings(50).build();

    @Bean
    BbicValidator vendorValidator() {
      return VALIDATOR;
    }
  }

  @Value("${local.server.port}")
  int port;

  @Autowired BbicValidator validator;
  @Autowired BbicExport export;
  @Autowired BbicHttpMessageConverter converter;

  @Test
  void thePropertiesReachTheBeans() {
    assertThat(validator).isSameAs(VendorValidator.VALIDATOR);
    assertThat(export.limits().maxDocumentBytes()).isEqualTo(1024);
    assertThat(export.limits().maxDepth()).isEqualTo(20);
    assertThat(export.strictness()).isEqualTo(Strictness.LENIENT);
    assertThat(converter.policy()).isSameAs(RecipientPolicy.COURT);
    assertThat(converter.level()).isEqualTo(ValidationLevel.COMPLETE);
  }

  @Test
  void aBodyOverTheConfiguredLimitIsRefusedInTheConfiguredLanguage() throws Exception {
    byte[] body =
        BbicExport.builder()
            .build()
            .writer(Format.JSON)
            .writeBytes(
                new BbicGenerator(7, LocalDate.now(ZoneId.of("Europe/Stockholm"))).caseFile());
    assertThat(body.length).isGreaterThan(1024);
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/cases/echo"))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode problem = new ObjectMapper().readTree(response.body());
    assertThat(problem.path("title").asText()).isEqualTo("Unreadable BBIC document");
    assertThat(problem.path("detail").asText()).isEqualTo("1 error (FATAL or ERROR).");
    assertThat(problem.path("findings").path(0).path("code").asText())
        .isEqualTo(ExportCodes.LIMIT_DOCUMENT_SIZE);
    assertThat(problem.path("findings").path(0).path("message").asText()).contains("1024");
  }
}
