package org.openbbic.spring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbbic.export.BbicExport;
import org.openbbic.export.BbicReader;
import org.openbbic.export.Format;
import org.openbbic.export.ReadResult;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.ProtectionLevel;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.spring.BbicHttpMessageConverter;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Corpus;
import org.openbbic.validation.Finding;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.SpringVersion;

/**
 * The consumer test, run once under Boot 3.5 and once under Boot 4.0 dependency management: the
 * application on a real port on loopback, spoken to with the JDK's own HTTP client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StarterConsumerTest {

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  private static final Pattern IDENTITY_NUMBER =
      Pattern.compile("\\b(\\d{6}|\\d{8})[-+]?\\d{4}\\b");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** The client side: another system that sends its case files in full. */
  private static final BbicExport CLIENT = BbicExport.builder().build();

  private static long seed;
  private static CaseFile example;

  @Value("${local.server.port}")
  int port;

  @Autowired BbicHttpMessageConverter converter;
  @Autowired BbicExport export;

  @BeforeAll
  static void example() {
    seed = Long.getLong("openbbic.seed", System.nanoTime());
    System.out.println(
        "StarterConsumerTest seed " + seed + " (replay: -Dopenbbic.seed=" + seed + ")");
    example = new BbicGenerator(seed, LocalDate.now(SWEDEN)).caseFile();
  }

  @Test
  void runsOnTheVersionsBootManagesNotOpenbbics() {
    assertThat(SpringBootVersion.getVersion()).isEqualTo(System.getProperty("managed.boot"));
    assertThat(SpringVersion.getVersion())
        .isEqualTo(System.getProperty("managed.spring-framework"));
    assertThat(mavenVersion("org.hibernate.validator", "hibernate-validator"))
        .isEqualTo(System.getProperty("managed.hibernate-validator"));
    assertThat(mavenVersion("jakarta.validation", "jakarta.validation-api"))
        .isEqualTo(System.getProperty("managed.jakarta-validation"));
    assertThat(mavenVersion("org.glassfish.jaxb", "jaxb-runtime"))
        .isEqualTo(System.getProperty("managed.jaxb-runtime"));
    // openbbic's export runs on Jackson 2 whatever the application's Jackson is.
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
        .isEqualTo(System.getProperty("managed.jackson2"));
    assertThat(mavenVersion("com.fasterxml.jackson.core", "jackson-databind"))
        .isEqualTo(System.getProperty("managed.jackson2"));
    String jackson3 = System.getProperty("managed.jackson3", "");
    if (jackson3.isEmpty()) {
      assertThat(mavenVersion("tools.jackson.core", "jackson-databind")).isNull();
    } else {
      assertThat(mavenVersion("tools.jackson.core", "jackson-databind")).isEqualTo(jackson3);
    }
  }

  @Test
  void validatesTheExampleCaseThroughTheApplicationsController() {
    for (Format format : Format.values()) {
      HttpResponse<String> response =
          post("/cases/validate", format, "application/json", write(example, format));
      assertThat(response.statusCode()).as(format + " " + response.body()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .get()
          .asString()
          .startsWith("application/json");
      assertThat(response.body())
          .contains("\"valid\":true")
          .contains("\"investigations\":" + example.investigations().size());
    }
  }

  @Test
  void roundTripsTheExampleCaseInBothFormats() {
    for (Format in : Format.values()) {
      for (Format out : Format.values()) {
        HttpResponse<String> response = post("/cases/echo", in, mediaType(out), write(example, in));
        assertThat(response.statusCode()).as(in + "->" + out).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
            .get()
            .asString()
            .startsWith(mediaType(out));
        ReadResult<CaseFile> back =
            CLIENT
                .reader(out, CaseFile.class)
                .withLevel(ValidationLevel.SIGNED)
                .read(response.body().getBytes(StandardCharsets.UTF_8));
        assertThat(back.findings()).as(in + "->" + out).isEmpty();
        assertThat(back.value()).as(in + "->" + out).contains(example);
      }
    }
  }

  @Test
  void writesForTheConfiguredRecipientSoProtectedDataIsWithheld() {
    CaseFile protectedChild =
        new BbicGenerator(seed, LocalDate.now(SWEDEN))
            .caseFile(ProtectionLevel.SKYDDAD_FOLKBOKFORING);
    assertThat(converter.policy()).isEqualTo(RecipientPolicy.INTERNAL);
    byte[] full =
        CLIENT
            .writer(Format.JSON)
            .withPolicy(RecipientPolicy.INTERNAL_UNMASKED)
            .writeBytes(protectedChild);
    HttpResponse<String> response = post("/cases/echo", Format.JSON, "application/json", full);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(
            CLIENT
                .writer(Format.JSON)
                .withPolicy(RecipientPolicy.INTERNAL)
                .writeString(protectedChild))
        .contains("\"disclosure\":{\"recipient\":\"internal\"")
        .contains("\"withheld\":[");
  }

  @Test
  void aBodyFailingItsRulesIsA422ProblemWithTheFinding() {
    String json = new String(write(example, Format.JSON), StandardCharsets.UTF_8);
    String caseId = "\"caseId\":\"" + example.caseId() + "\",";
    assertThat(json).contains(caseId);
    HttpResponse<String> response =
        post(
            "/cases/echo",
            Format.JSON,
            "application/json",
            json.replace(caseId, "").getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/problem+json");
    JsonNode problem = json(response.body());
    assertThat(problem.path("type").asText()).isEqualTo("urn:openbbic:problem:invalid-document");
    assertThat(problem.path("status").asInt()).isEqualTo(422);
    assertThat(problem.path("title").asText()).isEqualTo("Ogiltigt BBIC-dokument");
    JsonNode missing = null;
    int errors = 0;
    for (JsonNode finding : problem.path("findings")) {
      assertThat(finding.path("severity").asText()).isIn("FATAL", "ERROR", "WARNING", "INFO");
      assertThat(finding.has("legalBasis")).as("legalBasis named, null or not").isTrue();
      errors += finding.path("severity").asText().equals("ERROR") ? 1 : 0;
      if (finding.path("pointer").asText().equals("/caseId")) {
        missing = finding;
      }
    }
    assertThat(problem.path("detail").asText()).isEqualTo(errors + " fel (FATAL eller ERROR).");
    assertThat(missing).as("the finding at /caseId in %s", response.body()).isNotNull();
    assertThat(missing.path("code").asText()).isEqualTo("BBIC-FLD-001");
    assertThat(missing.path("severity").asText()).isEqualTo("ERROR");
    assertThat(missing.path("source").asText()).isEqualTo("CONSTRAINT");
    assertThat(missing.path("message").asText()).contains("caseId");
    assertThat(missing.path("legalBasis").isNull()).isTrue();
    assertThat(IDENTITY_NUMBER.matcher(response.body()).find()).as(response.body()).isFalse();
  }

  @Test
  void anUnreadableBodyIsA400ProblemWithLineAndColumnInTheAskedLanguage() {
    byte[] json = write(example, Format.JSON);
    byte[] cut = java.util.Arrays.copyOf(json, json.length / 2);
    HttpRequest request =
        HttpRequest.newBuilder(uri("/cases/echo"))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("Accept-Language", "en-GB, sv;q=0.5")
            .POST(HttpRequest.BodyPublishers.ofByteArray(cut))
            .build();
    HttpResponse<String> response = send(request);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/problem+json");
    JsonNode problem = json(response.body());
    assertThat(problem.path("type").asText()).isEqualTo("urn:openbbic:problem:unreadable-document");
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("title").asText()).isEqualTo("Unreadable BBIC document");
    JsonNode finding = problem.path("findings").path(0);
    assertThat(finding.path("code").asText()).startsWith("BBIC-SYN-");
    assertThat(finding.path("severity").asText()).isEqualTo("FATAL");
    assertThat(finding.path("source").asText()).isEqualTo("SYNTAX");
    assertThat(finding.path("line").asInt()).isPositive();
    assertThat(finding.path("column").asInt()).isPositive();
    assertThat(IDENTITY_NUMBER.matcher(response.body()).find()).as(response.body()).isFalse();
  }

  @Test
  void hostileXmlIsRefusedWithoutEchoingIt() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE caseFile [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<caseFile xmlns=\"urn:openbbic\">&x;</caseFile>";
    HttpResponse<String> response =
        post("/cases/echo", Format.XML, "application/json", xxe.getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(json(response.body()).path("findings").path(0).path("severity").asText())
        .isEqualTo("FATAL");
    assertThat(response.body()).doesNotContain("root:");
  }

  /**
   * Every committed corpus file, read through the application's own {@link BbicExport} bean on the
   * versions Boot manages, gives the codes the corpus states: the whole pipeline (Jackson 2, JAXB,
   * Hibernate Validator, the rules) works on them, not only the example case.
   */
  @Test
  void theCorpusGivesItsCodesOnTheManagedVersions() throws IOException, ClassNotFoundException {
    List<Corpus.File> files = Corpus.committed();
    assertThat(files).hasSizeGreaterThan(100);
    for (Corpus.File file : files) {
      BbicReader<?> reader =
          export
              .reader(
                  Format.valueOf(file.format()), Class.forName("org.openbbic.forms." + file.type()))
              .withLevel(ValidationLevel.valueOf(file.level()))
              .withLocale(Locale.ENGLISH);
      if (file.asOf() != null) {
        reader = reader.withAsOf(file.asOf());
      }
      ReadResult<?> result;
      try (InputStream in = Corpus.open(file.file())) {
        result = reader.read(in.readAllBytes());
      }
      if (file.codes().isEmpty()) {
        assertThat(result.findings()).as(file.file()).isEmpty();
        assertThat(result.value()).as(file.file()).isPresent();
      } else {
        assertThat(result.findings())
            .as(file.file())
            .extracting(Finding::code)
            .containsAll(file.codes());
        if (!file.pointer().isEmpty()) {
          assertThat(result.findings())
              .as(file.file())
              .anySatisfy(
                  f -> {
                    assertThat(f.code()).isEqualTo(file.codes().get(0));
                    assertThat(f.pointer()).isEqualTo(file.pointer());
                  });
        }
      }
    }
  }

  private static JsonNode json(String body) {
    try {
      return new ObjectMapper().readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] write(CaseFile file, Format format) {
    return CLIENT.writer(format).withPolicy(RecipientPolicy.INTERNAL_UNMASKED).writeBytes(file);
  }

  private static String mediaType(Format format) {
    return format == Format.JSON ? "application/json" : "application/xml";
  }

  private HttpResponse<String> post(String path, Format format, String accept, byte[] body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", mediaType(format))
            .header("Accept", accept)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The version in a jar's Maven metadata on the class path, or null when the jar is absent. */
  static String mavenVersion(String group, String artifact) {
    String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in =
        StarterConsumerTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
