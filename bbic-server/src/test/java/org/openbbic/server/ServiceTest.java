package org.openbbic.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbbic.export.BbicExport;
import org.openbbic.export.BbicReader;
import org.openbbic.export.CaseFileBatchWriter;
import org.openbbic.export.Format;
import org.openbbic.export.ReadResult;
import org.openbbic.export.ReportJson;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.ProtectionLevel;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.print.BbicPrinter;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Corpus;
import org.openbbic.testkit.Seeds;
import org.openbbic.validation.RuleCatalogue;

/**
 * Every endpoint of a real server on loopback, its answers compared with what the library (and so
 * the CLI, which uses the same calls) gives for the same payload. Every answer is also checked
 * against the OpenAPI description by {@link Http}.
 */
class ServiceTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
  private static final BbicExport EXPORT = BbicExport.builder().build();
  private static final Locale SV = Locale.forLanguageTag("sv-SE");
  private static BbicServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    server = BbicServer.builder().port(0).accessLog(line -> {}).start();
    http = new Http(server.uri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static byte[] write(Format format, Object value, RecipientPolicy policy) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EXPORT.writer(format).withPolicy(policy).write(value, out);
    return out.toByteArray();
  }

  private static CaseFile exampleCase() {
    return new BbicGenerator(1, AS_OF).caseFile();
  }

  @Test
  void theExampleCaseIsValidInJsonAndXml() {
    for (String to : List.of("json", "xml")) {
      Http.Answer example = http.get("/v1/examples/case?to=" + to + "&asOf=" + AS_OF);
      assertThat(example.status()).isEqualTo(200);
      Http.Answer answer = http.post("/v1/validate?asOf=" + AS_OF, example.body());
      assertThat(answer.status()).isEqualTo(200);
      JsonNode only = answer.json().get(0);
      assertThat(answer.json().size()).isEqualTo(1);
      assertThat(only.get("valid").asBoolean()).as(answer.text()).isTrue();
      assertThat(only.get("formType").asText()).isEqualTo("CASE_FILE");
      assertThat(only.get("file").asText()).isEqualTo("-");
    }
    // the example is bbic example's: the same generator, seed and day, written in full
    assertThat(http.get("/v1/examples/case?asOf=" + AS_OF).body())
        .isEqualTo(write(Format.JSON, exampleCase(), RecipientPolicy.INTERNAL_UNMASKED));
  }

  /**
   * Every committed corpus file, valid and broken, JSON and XML: the service answers exactly the
   * object the library's reader gives at the same level and day (what {@code bbic validate --format
   * json} prints for standard input), with the expected codes and their legal basis.
   */
  @Test
  void everyCorpusFileGetsTheCliObjectWithItsExpectedCodes() throws Exception {
    int withLaw = 0;
    for (Corpus.File file : Corpus.committed()) {
      byte[] payload;
      try (InputStream in = Corpus.open(file.file())) {
        payload = in.readAllBytes();
      }
      LocalDate asOf = file.asOf() == null ? LocalDate.now(BbicPrinter.SWEDEN) : file.asOf();
      // the two languages in turn, so each file is sent once
      Locale locale = file.file().hashCode() % 2 == 0 ? SV : Locale.ENGLISH;
      {
        Http.Answer answer =
            http.post(
                "/v1/validate?level=signed&asOf=" + asOf + "&lang=" + (locale == SV ? "sv" : "en"),
                payload);
        // read as the CLI reads standard input: the type told by the content
        Format format = Format.detect(payload).format().orElse(Format.JSON);
        Class<?> type = BbicExport.detectType(payload, format);
        BbicReader<?> reader =
            EXPORT
                .reader(format, type)
                .withLevel(ValidationLevel.SIGNED)
                .withAsOf(asOf)
                .withLocale(locale);
        ReadResult<?> direct = reader.read(payload);
        String expected = ReportJson.validation("-", 0, type, direct, locale);
        JsonNode object =
            answer.status() == 200 ? answer.json().get(0) : answer.json().get("documents").get(0);
        assertThat(object).as(file.file()).isEqualTo(Http.JSON.readTree(expected));
        Set<String> codes = new HashSet<>();
        object.get("findings").forEach(f -> codes.add(f.get("code").asText()));
        if (type != null && type.getSimpleName().equals(file.type())) {
          // the manifest's codes are those of a reader of the file's type
          assertThat(codes).as(file.file()).containsAll(file.codes());
        }
        boolean fatal =
            direct.value().isEmpty()
                || direct.findings().stream().anyMatch(f -> f.severity().name().equals("FATAL"));
        assertThat(answer.status()).as(file.file()).isEqualTo(fatal ? 400 : 200);
        if (object.toString().contains("\"citation\"")) {
          withLaw++;
        }
      }
    }
    assertThat(withLaw).as("findings that carry their legal basis").isGreaterThan(10);
  }

  @Test
  void aBatchIsAnArrayOrStreamedNdjson() {
    BbicGenerator gen = new BbicGenerator(Seeds.seed(), AS_OF);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CaseFileBatchWriter batch = EXPORT.batchWriter(Format.JSON, out)) {
      for (int i = 0; i < 3; i++) {
        batch.write(gen.caseFile());
      }
    }
    byte[] ndjson = out.toByteArray();
    Http.Answer array = http.post("/v1/validate?asOf=" + AS_OF, ndjson);
    assertThat(array.status()).isEqualTo(200);
    assertThat(array.json().size()).as(Seeds.describe(Seeds.seed())).isEqualTo(3);
    Http.Answer lines =
        http.post("/v1/validate?asOf=" + AS_OF, ndjson, "Accept", "application/x-ndjson");
    assertThat(lines.status()).isEqualTo(200);
    assertThat(lines.contentType()).startsWith("application/x-ndjson");
    List<String> each = lines.text().lines().toList();
    assertThat(each).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(Http.JSON.valueToTree((Object) readTree(each.get(i))).get("index").asInt())
          .isEqualTo(i);
      assertThat(readTree(each.get(i))).isEqualTo(array.json().get(i));
    }
    Http.Answer converted = http.post("/v1/convert?to=xml", ndjson);
    assertThat(converted.status()).isEqualTo(200);
    assertThat(converted.text()).contains("<caseFile");
    Http.Answer back = http.post("/v1/convert?to=json", converted.body());
    assertThat(back.contentType()).startsWith("application/x-ndjson");
    assertThat(back.text().lines().count()).isEqualTo(3);
    Http.Answer calendars = http.post("/v1/deadlines?asOf=" + AS_OF, ndjson);
    assertThat(calendars.json().size()).isEqualTo(3);
  }

  private static JsonNode readTree(String json) {
    try {
      return Http.JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void convertWithholdsAsTheCliDoesAndRefusesInvalidInput() throws Exception {
    CaseFile protectedCase =
        new BbicGenerator(7, AS_OF).caseFile(ProtectionLevel.SKYDDAD_FOLKBOKFORING);
    byte[] full = write(Format.JSON, protectedCase, RecipientPolicy.INTERNAL_UNMASKED);
    Http.Answer xml = http.post("/v1/convert?to=xml", full);
    assertThat(xml.status()).isEqualTo(200);
    assertThat(xml.contentType()).startsWith("application/xml");
    // the default recipient (internal) withholds, exactly as the writer with that policy does
    assertThat(xml.body()).isEqualTo(write(Format.XML, protectedCase, RecipientPolicy.INTERNAL));
    assertThat(xml.text()).contains("withheld");
    Http.Answer unmasked = http.post("/v1/convert?to=json&recipient=internal-unmasked", full);
    assertThat(unmasked.body())
        .isEqualTo(write(Format.JSON, protectedCase, RecipientPolicy.INTERNAL_UNMASKED));
    for (String recipient : List.of("court", "guardian")) {
      assertThat(http.post("/v1/convert?to=json&recipient=" + recipient, full).body())
          .isEqualTo(
              write(Format.JSON, protectedCase, RecipientPolicy.preset(recipient).orElseThrow()));
    }

    byte[] broken = readButInvalid();
    Http.Answer refused = http.post("/v1/convert?to=xml&level=signed", broken);
    assertThat(refused.status()).as(refused.text()).isEqualTo(422);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().get("type").asText()).endsWith("/invalid");
    assertThat(refused.json().get("documents").get(0).get("valid").asBoolean()).isFalse();

    assertThat(http.post("/v1/convert", full).status()).isEqualTo(400);
    assertThat(http.post("/v1/convert?to=pdf", full).json().get("detail").asText())
        .contains("to")
        .doesNotContain("pdf");
  }

  /** A corpus file that reads into a value but has an error at the signed level. */
  static byte[] readButInvalid() throws Exception {
    for (Corpus.File file : Corpus.committed()) {
      byte[] payload;
      try (InputStream in = Corpus.open(file.file())) {
        payload = in.readAllBytes();
      }
      ReadResult<?> read =
          EXPORT
              .reader(
                  Format.valueOf(file.format()),
                  BbicModel.get().roots().stream()
                      .filter(root -> root.name().equals(file.type()))
                      .findFirst()
                      .orElseThrow()
                      .type())
              .withLevel(ValidationLevel.SIGNED)
              .read(payload);
      if (read.value().isPresent() && !read.isValid()) {
        return payload;
      }
    }
    throw new IllegalStateException("the corpus has no file that reads but is invalid");
  }

  @Test
  void renderGivesTheCliPrintoutForTheRecipient() {
    CaseFile protectedCase =
        new BbicGenerator(7, AS_OF).caseFile(ProtectionLevel.SKYDDAD_FOLKBOKFORING);
    byte[] full = write(Format.JSON, protectedCase, RecipientPolicy.INTERNAL_UNMASKED);
    Http.Answer html = http.post("/v1/render", full);
    assertThat(html.status()).isEqualTo(200);
    assertThat(html.contentType()).startsWith("text/html");
    String expected =
        BbicPrinter.builder()
            .policy(RecipientPolicy.INTERNAL)
            .locale(SV)
            .build()
            .html(
                (CaseFile)
                    EXPORT.reader(Format.JSON, CaseFile.class).read(full).value().orElseThrow());
    assertThat(html.text()).isEqualTo(expected);
    assertThat(html.header("Content-Security-Policy")).contains("style-src 'unsafe-inline'");
    Http.Answer pdf = http.post("/v1/render?format=pdf&lang=en", full);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    Http.Answer report =
        http.post(
            "/v1/render",
            write(
                Format.XML,
                new BbicGenerator(3, AS_OF).document(FormType.REPORT),
                RecipientPolicy.INTERNAL_UNMASKED));
    assertThat(report.status()).isEqualTo(200);
    assertThat(http.post("/v1/render", "{\"caseId\":").status()).isEqualTo(400);
  }

  @Test
  void deadlinesAreTheCliCalendar() {
    byte[] json = write(Format.JSON, exampleCase(), RecipientPolicy.INTERNAL_UNMASKED);
    Http.Answer answer = http.post("/v1/deadlines?asOf=" + AS_OF + "&lang=en", json);
    assertThat(answer.status()).isEqualTo(200);
    CaseFile read = EXPORT.reader(Format.JSON, CaseFile.class).read(json).value().orElseThrow();
    String expected =
        ReportJson.deadlines(
            "-",
            0,
            read,
            AS_OF,
            org.openbbic.validation.DeadlineCalendar.of(read, AS_OF).deadlines(),
            Locale.ENGLISH);
    assertThat(answer.json().get(0)).isEqualTo(readTree(expected));
    assertThat(answer.json().get(0).get("deadlines").size()).isPositive();
    Http.Answer report =
        http.post(
            "/v1/deadlines",
            write(
                Format.JSON,
                new BbicGenerator(3, AS_OF).document(FormType.REPORT),
                RecipientPolicy.INTERNAL_UNMASKED));
    assertThat(report.status()).isEqualTo(422);
    assertThat(report.json().get("type").asText()).endsWith("/not-case-file");
  }

  @Test
  void rulesSchemasExamplesAndTheRest() {
    Http.Answer rules = http.get("/v1/rules?lang=en");
    assertThat(rules.status()).isEqualTo(200);
    assertThat(rules.json().size()).isEqualTo(RuleCatalogue.entries().size());
    assertThat(rules.text()).isEqualTo(ReportJson.rules(RuleCatalogue.entries(), Locale.ENGLISH));

    Http.Answer xsd = http.get("/v1/schemas/xsd");
    assertThat(xsd.text()).contains("<xs:schema");
    for (ValidationLevel level : ValidationLevel.values()) {
      Http.Answer schema = http.get("/v1/schemas/json/" + level.name().toLowerCase(Locale.ROOT));
      assertThat(schema.status()).isEqualTo(200);
      assertThat(schema.json().get("$schema").asText()).contains("2020-12");
    }
    Http.Answer noLevel = http.get("/v1/schemas/json/final");
    assertThat(noLevel.status()).isEqualTo(404);
    assertThat(noLevel.json().get("type").asText()).endsWith("/no-such-level");

    List<String> types = new ArrayList<>(List.of("report", "carePlan", "CARE_PLAN"));
    for (String type : types) {
      Http.Answer example = http.get("/v1/examples/" + type + "?to=xml&seed=5");
      assertThat(example.status()).as(type).isEqualTo(200);
      assertThat(
              http.post("/v1/validate?level=signed", example.body())
                  .json()
                  .get(0)
                  .get("valid")
                  .asBoolean())
          .as(type)
          .isTrue();
    }
    assertThat(http.get("/v1/examples/nothing").status()).isEqualTo(404);
    assertThat(http.get("/v1/examples/case?seed=x").status()).isEqualTo(400);

    assertThat(http.get("/health").json().get("status").asText()).isEqualTo("UP");
    Http.Answer metrics = http.get("/metrics");
    assertThat(metrics.text()).contains("bbic_http_requests_seconds_count").contains("jvm_memory");
    assertThat(metrics.text()).contains("route=\"/v1/rules\"");
    assertThat(http.get("/openapi.json").json().get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(http.get("/").text()).contains("<script src=\"/app.js\"");
    assertThat(http.get("/app.js").contentType()).startsWith("text/javascript");
    assertThat(http.get("/app.css").contentType()).startsWith("text/css");
    assertThat(http.get("/favicon.svg").contentType()).startsWith("image/svg+xml");
    Http.Answer nowhere = http.get("/v1/nothing-here");
    assertThat(nowhere.status()).isEqualTo(404);
    assertThat(nowhere.contentType()).startsWith("application/problem+json");
    assertThat(http.send("DELETE", "/v1/rules", null).status()).isEqualTo(405);
    assertThat(http.get("/v1/validate").status()).isEqualTo(405);
  }
}
