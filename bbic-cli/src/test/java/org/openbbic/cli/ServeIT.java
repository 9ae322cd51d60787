package org.openbbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbbic.testkit.Corpus;
import org.openbbic.testkit.HostilePayloads;

/**
 * {@code bbic serve} as a process of the shaded jar, on loopback: every endpoint, the token, the
 * body and concurrency limits, hostile input, an access log without input, and the same objects as
 * {@code bbic validate --format json} and {@code bbic deadlines --format json} print.
 */
class ServeIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern IDENTITY = Pattern.compile("\\b(\\d{6}|\\d{8})[-+]?\\d{4}\\b");
  private static final String TOKEN = "it-token-5d1e";
  private static final String AS_OF = "2026-12-01";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir static Path dir;
  static Served open;
  static Served guarded;
  static byte[] caseJson;

  /** A running {@code bbic serve}: its process, address and standard error. */
  record Served(Process process, URI uri, Path err, double startSeconds) {}

  record Answer(int status, HttpResponse<byte[]> response) {
    String text() {
      return new String(response.body(), StandardCharsets.UTF_8);
    }

    JsonNode json() throws IOException {
      return JSON.readTree(response.body());
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }
  }

  @BeforeAll
  static void serve() throws Exception {
    BbicCliIT.dir = dir; // its process runner keeps its files there
    caseJson =
        BbicCliIT.bbic(null, "example", "case", "--as-of", AS_OF)
            .out()
            .getBytes(StandardCharsets.UTF_8);
    Path token = Files.writeString(dir.resolve("token.txt"), TOKEN + "\n");
    open = start("open", "--port", "0");
    guarded =
        start(
            "guarded",
            "--port",
            "0",
            "--token-file",
            token.toString(),
            "--max-body",
            "64KB",
            "--max-concurrent",
            "1",
            "--time-limit",
            "2");
  }

  @AfterAll
  static void stop() throws Exception {
    for (Served s : Arrays.asList(open, guarded)) {
      if (s != null) {
        s.process().destroy(); // SIGTERM: the shutdown hook stops the server
        assertThat(s.process().waitFor(20, TimeUnit.SECONDS)).isTrue();
      }
    }
  }

  static Served start(String name, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(System.getProperty("bbic.jar", "target/bbic.jar"));
    command.add("serve");
    command.addAll(Arrays.asList(args));
    Path err = dir.resolve(name + ".err");
    long started = System.nanoTime();
    Process process =
        new ProcessBuilder(command)
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String first = out.readLine();
    assertThat(first)
        .as("the address on standard output; stderr: %s", Files.readString(err))
        .startsWith("http://127.0.0.1:");
    URI uri = URI.create(first);
    HttpResponse<byte[]> health =
        CLIENT.send(
            HttpRequest.newBuilder(uri.resolve("/health")).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(health.statusCode()).isEqualTo(200);
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("bbic serve (%s): first answer %.2f s after start%n", name, seconds);
    return new Served(process, uri, err, seconds);
  }

  static Answer call(Served s, String method, String path, byte[] body, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(s.uri().resolve(path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    HttpResponse<byte[]> response =
        CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    return new Answer(response.statusCode(), response);
  }

  static Answer get(Served s, String path, String... headers) throws Exception {
    return call(s, "GET", path, null, headers);
  }

  static Answer post(Served s, String path, byte[] body, String... headers) throws Exception {
    return call(s, "POST", path, body, headers);
  }

  @Test
  void theExampleCaseIsGiltigtAndTheObjectIsTheCliLine() throws Exception {
    Answer answer = post(open, "/v1/validate?asOf=" + AS_OF, caseJson);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get(0).get("valid").asBoolean()).isTrue();
    BbicCliIT.Run cli =
        BbicCliIT.bbic(caseJson, "validate", "--format", "json", "--as-of", AS_OF, "-");
    assertThat(answer.json().get(0)).isEqualTo(JSON.readTree(cli.out()));

    // a broken case: the same findings, legal basis included, as the CLI prints
    boolean withLaw = false;
    for (Corpus.File file : Corpus.committed()) {
      if (!file.file().startsWith("case-file-") || file.asOf() == null) {
        continue;
      }
      byte[] payload;
      try (InputStream in = Corpus.open(file.file())) {
        payload = in.readAllBytes();
      }
      String asOf = file.asOf().toString();
      Answer broken = post(open, "/v1/validate?level=signed&lang=en&asOf=" + asOf, payload);
      if (!broken.text().contains("\"legalBasis\":{")) {
        continue; // the first broken case whose finding cites the law
      }
      BbicCliIT.Run line =
          BbicCliIT.bbic(
              payload,
              "validate",
              "--format",
              "json",
              "--level",
              "signed",
              "--lang",
              "en",
              "--as-of",
              asOf,
              "-");
      assertThat(broken.json().get(0)).as(file.file()).isEqualTo(JSON.readTree(line.out()));
      assertThat(broken.json().get(0).get("valid").asBoolean()).isFalse();
      withLaw = true;
      break;
    }
    assertThat(withLaw).as("a broken case file whose finding cites the law").isTrue();

    Answer deadlines = post(open, "/v1/deadlines?asOf=" + AS_OF, caseJson);
    BbicCliIT.Run cliDeadlines =
        BbicCliIT.bbic(caseJson, "deadlines", "--format", "json", "--as-of", AS_OF, "-");
    assertThat(deadlines.json().get(0)).isEqualTo(JSON.readTree(cliDeadlines.out()));
  }

  @Test
  void everyEndpointAnswers() throws Exception {
    BbicCliIT.Run batch = BbicCliIT.bbic(null, "example", "--count", "3", "--as-of", AS_OF);
    byte[] ndjson = batch.out().getBytes(StandardCharsets.UTF_8);
    Answer streamed =
        post(open, "/v1/validate?asOf=" + AS_OF, ndjson, "Accept", "application/x-ndjson");
    assertThat(streamed.header("Content-Type")).startsWith("application/x-ndjson");
    assertThat(streamed.text().lines().count()).isEqualTo(3);
    Answer xml = post(open, "/v1/convert?to=xml", caseJson);
    assertThat(xml.status()).isEqualTo(200);
    assertThat(xml.text()).contains("<caseFile");
    BbicCliIT.Run cliXml = BbicCliIT.bbic(caseJson, "convert", "--to", "xml", "-");
    assertThat(xml.text().strip()).isEqualTo(cliXml.out().strip());
    assertThat(post(open, "/v1/convert?to=json", xml.response().body()).status()).isEqualTo(200);
    Answer html = post(open, "/v1/render", caseJson);
    assertThat(html.text()).contains("<html");
    Answer pdf = post(open, "/v1/render?format=pdf", caseJson);
    assertThat(new String(pdf.response().body(), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    Answer rules = get(open, "/v1/rules");
    assertThat(rules.json().toString()).contains("BBIC-CLI-001"); // the jar's own codes too
    assertThat(JSON.readTree(BbicCliIT.bbic(null, "rules", "--format", "json").out()))
        .isEqualTo(rules.json());
    assertThat(get(open, "/v1/schemas/xsd").text()).contains("<xs:schema");
    assertThat(get(open, "/v1/schemas/json/signed").json().get("$schema").asText())
        .contains("2020-12");
    assertThat(get(open, "/v1/examples/report?to=xml").text()).contains("<report");
    assertThat(get(open, "/health").json().get("status").asText()).isEqualTo("UP");
    assertThat(get(open, "/metrics").text()).contains("bbic_http_requests_seconds_count");
    assertThat(get(open, "/openapi.json").json().get("openapi").asText()).isEqualTo("3.1.0");
    Answer page = get(open, "/");
    assertThat(page.text()).contains("BBIC-validering");
    assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
    assertThat(get(open, "/app.js").status()).isEqualTo(200);
    Answer missing = get(open, "/v1/nothing");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void theTokenAndTheLimitsHold() throws Exception {
    assertThat(get(guarded, "/v1/rules").status()).isEqualTo(401);
    assertThat(get(guarded, "/v1/rules", "Authorization", "Bearer nope").status()).isEqualTo(401);
    assertThat(get(guarded, "/v1/rules", "Authorization", "Bearer " + TOKEN).status())
        .isEqualTo(200);
    byte[] big = new byte[64 * 1024 + 1];
    Arrays.fill(big, (byte) ' ');
    Answer tooBig = post(guarded, "/v1/validate", big, "Authorization", "Bearer " + TOKEN);
    assertThat(tooBig.status()).isEqualTo(413);
    assertThat(tooBig.json().get("status").asInt()).isEqualTo(413);

    boolean seen = false;
    for (int attempt = 0; attempt < 5 && !seen; attempt++) {
      try (Socket slow = new Socket(guarded.uri().getHost(), guarded.uri().getPort())) {
        slow.setSoTimeout(15_000);
        OutputStream out = slow.getOutputStream();
        out.write(
            ("POST /v1/validate HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                    + TOKEN
                    + "\r\nContent-Length: 1000\r\n\r\n{")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        Thread.sleep(300);
        if (slow.getInputStream().available() > 0) {
          continue;
        }
        Answer busy = get(guarded, "/v1/rules", "Authorization", "Bearer " + TOKEN);
        if (busy.status() != 503) {
          continue;
        }
        assertThat(busy.header("Retry-After")).isEqualTo("1");
        String slowAnswer =
            new String(slow.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(slowAnswer).startsWith("HTTP/1.1 503").contains("time-limit");
        seen = true;
      }
    }
    assertThat(seen).as("a slow call held the only slot").isTrue();
    Answer again = null;
    for (int i = 0; i < 100; i++) {
      again = get(guarded, "/v1/rules", "Authorization", "Bearer " + TOKEN);
      if (again.status() == 200) {
        break;
      }
      Thread.sleep(50);
    }
    assertThat(again.status()).isEqualTo(200);
  }

  /**
   * Each hostile input is refused by the readers' guards or the body limit with its 4xx problem,
   * not by a clock: a read that ran away would meet the service's time limit (a 503) or, if it
   * never yields, the client's request timeout (a hang guard), and either fails here whatever the
   * machine's load. How long a refusal takes is measured by bbic-benchmarks' {@code
   * HostileReadBenchmark}.
   */
  @Test
  void hostileInputGets4xxAndTheServerKeepsServing() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), HostilePayloads.SECRET);
    Map<String, byte[]> hostile = HostilePayloads.payloads(secret);
    List<byte[]> inputs = new ArrayList<>();
    for (String name : List.of("xxe", "entity-expansion", "deep-json", "huge-number", "garbage")) {
      inputs.add(hostile.get(name));
    }
    // over the service's body limit (16 MB), and a case file cut in half
    inputs.add(
        ("{\"caseId\":\"" + "x".repeat(17 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8));
    inputs.add(Arrays.copyOf(caseJson, caseJson.length / 2));
    for (byte[] input : inputs) {
      for (String route :
          List.of("/v1/validate", "/v1/convert?to=xml", "/v1/render", "/v1/deadlines")) {
        Answer answer = post(open, route, input);
        assertThat(answer.status()).as(route).isBetween(400, 499);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.text())
            .doesNotContain(HostilePayloads.SECRET)
            .doesNotContain("Exception")
            .doesNotContain("\tat ");
      }
    }
    assertThat(
            post(open, "/v1/validate?asOf=" + AS_OF, caseJson)
                .json()
                .get(0)
                .get("valid")
                .asBoolean())
        .isTrue();
  }

  @Test
  void theAccessLogHoldsNoInputAndTheStartUpIsReported() throws Exception {
    post(open, "/v1/validate?asOf=" + AS_OF + "&level=signed&lang=en", caseJson);
    post(open, "/v1/convert?to=json&recipient=court", caseJson);
    get(open, "/v1/examples/case?seed=987654");
    String err = Files.readString(open.err(), StandardCharsets.UTF_8);
    assertThat(err).contains(" POST /v1/validate 200 ").contains(" GET /v1/examples/{type} 200 ");
    assertThat(IDENTITY.matcher(err).find()).isFalse();
    assertThat(err).doesNotContain(AS_OF).doesNotContain("court").doesNotContain("987654");
    assertThat(err).doesNotContain("Exception").doesNotContain("INFO");
    // a figure, reported (not asserted: the machine is shared): start to first answered request
    System.out.printf(
        "bbic serve start-up to first answer: %.2f s and %.2f s%n",
        open.startSeconds(), guarded.startSeconds());
  }
}
