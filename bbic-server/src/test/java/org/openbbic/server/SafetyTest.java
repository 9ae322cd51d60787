package org.openbbic.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbbic.testkit.HostilePayloads;

/**
 * What makes the service safe to put on a network, on real servers on loopback: the token, the body
 * limit, bounded concurrency, the time limit, the security headers, CORS only when asked for,
 * hostile payloads answered with 4xx while the server keeps serving, and an access log that holds
 * nothing of the input.
 */
class SafetyTest {

  private static final String TOKEN = "test-token-7f3a9c";
  private static final String ORIGIN = "https://vendor.example";
  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

  /** A personnummer-like number: never in a log line. */
  private static final Pattern IDENTITY = Pattern.compile("\\b(\\d{6}|\\d{8})[-+]?\\d{4}\\b");

  private static final Pattern ACCESS_LINE =
      Pattern.compile(
          "^(GET|POST|OPTIONS|DELETE|PUT) (/[A-Za-z0-9./{}*-]*|<unmatched>) \\d{3} \\d+ B \\d+\\.\\d ms$");

  private static final List<String> log = new CopyOnWriteArrayList<>();
  private static BbicServer guarded;
  private static BbicServer open;
  private static Http guardedHttp;
  private static Http openHttp;

  @BeforeAll
  static void start() {
    guarded =
        BbicServer.builder()
            .port(0)
            .token(TOKEN)
            .maxBodyBytes(64 * 1024)
            .maxConcurrent(1)
            .timeLimit(Duration.ofMillis(1500))
            .accessLog(log::add)
            .start();
    open = BbicServer.builder().port(0).corsOrigin(ORIGIN).accessLog(log::add).start();
    guardedHttp = new Http(guarded.uri());
    openHttp = new Http(open.uri());
  }

  @AfterAll
  static void stop() {
    guarded.close();
    open.close();
  }

  private static String bearer() {
    return "Bearer " + TOKEN;
  }

  @Test
  void itListensOnLoopbackByDefault() {
    assertThat(open.uri().getHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void everyV1CallNeedsTheToken() {
    Http.Answer none = guardedHttp.get("/v1/rules");
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(none.json().get("type").asText()).endsWith("/unauthorized");
    assertThat(guardedHttp.get("/v1/rules", "Authorization", "Bearer wrong").status())
        .isEqualTo(401);
    assertThat(guardedHttp.post("/v1/validate", "{}", "Authorization", TOKEN).status())
        .isEqualTo(401);
    assertThat(guardedHttp.get("/v1/rules", "Authorization", bearer()).status()).isEqualTo(200);
    // the page, health and metrics are not behind the token
    assertThat(guardedHttp.get("/health").status()).isEqualTo(200);
    assertThat(guardedHttp.get("/").status()).isEqualTo(200);
  }

  @Test
  void aBodyOverTheLimitIs413WithOrWithoutItsLength() {
    byte[] big = new byte[64 * 1024 + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    Http.Answer declared = guardedHttp.post("/v1/validate", big, "Authorization", bearer());
    assertThat(declared.status()).isEqualTo(413);
    assertThat(declared.json().get("type").asText()).endsWith("/body-too-large");
    assertThat(declared.json().get("detail").asText()).contains("65536");
    // chunked: no Content-Length, the limit is found by reading
    String answer =
        raw(
            guarded,
            "POST /v1/validate HTTP/1.1\r\nHost: x\r\nAuthorization: "
                + bearer()
                + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(big.length)
                + "\r\n"
                + new String(big, StandardCharsets.US_ASCII)
                + "\r\n0\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 413");
    assertThat(guardedHttp.post("/v1/validate", new byte[0], "Authorization", bearer()).status())
        .isEqualTo(400);
  }

  /**
   * One slot: a call whose body never finishes holds it, so another call is told 503 with {@code
   * Retry-After}; the slow call itself is ended by the time limit; once it is gone the server
   * serves again.
   */
  @Test
  void saturatedIs503WithRetryAfterAndTheTimeLimitEndsASlowCall() throws Exception {
    boolean seen = false;
    // a slow call that came in while another call held the slot is itself told 503: try again
    for (int attempt = 0; attempt < 5 && !seen; attempt++) {
      try (Socket slow = new Socket(guarded.uri().getHost(), guarded.port())) {
        slow.setSoTimeout(60_000); // a hang guard
        OutputStream out = slow.getOutputStream();
        long sent = System.nanoTime();
        out.write(
            ("POST /v1/validate HTTP/1.1\r\nHost: x\r\nAuthorization: "
                    + bearer()
                    + "\r\nContent-Length: 1000\r\n\r\n{\"caseId\":")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        Thread.sleep(200);
        if (slow.getInputStream().available() > 0) {
          continue; // answered already: it did not get the slot
        }
        Http.Answer busy = guardedHttp.get("/v1/rules", "Authorization", bearer());
        if (busy.status() != 503) {
          continue;
        }
        assertThat(busy.header("Retry-After")).isEqualTo("1");
        assertThat(busy.json().get("type").asText()).endsWith("/busy");
        String answer = new String(slow.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(answer)
            .startsWith("HTTP/1.1 503")
            .contains("Retry-After: 1")
            .contains("/time-limit");
        // not before the limit (1.5 s): a lower bound, which a busy machine cannot break
        assertThat((System.nanoTime() - sent) / 1e9).isGreaterThanOrEqualTo(1.4);
        seen = true;
      }
    }
    assertThat(seen).as("a slow call held the only slot").isTrue();
    Http.Answer again = null;
    for (int i = 0; i < 100; i++) {
      again = guardedHttp.get("/v1/rules", "Authorization", bearer());
      if (again.status() == 200) {
        break;
      }
      Thread.sleep(50);
    }
    assertThat(again.status()).isEqualTo(200);
  }

  @Test
  void strictSecurityHeadersAndCorsOnlyForTheOneOrigin() {
    for (String path : List.of("/", "/v1/rules", "/health", "/nothing")) {
      Http.Answer answer = openHttp.get(path, "Origin", "https://elsewhere.example");
      String csp = answer.header("Content-Security-Policy");
      assertThat(csp).contains("default-src 'none'").contains("script-src 'self'");
      assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
      assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
      assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
      assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
      assertThat(answer.header("Server")).isNull();
    }
    assertThat(openHttp.get("/v1/rules", "Origin", ORIGIN).header("Access-Control-Allow-Origin"))
        .isEqualTo(ORIGIN);
    Http.Answer preflight =
        openHttp.send(
            "OPTIONS",
            "/v1/validate",
            null,
            "Origin",
            ORIGIN,
            "Access-Control-Request-Method",
            "POST");
    assertThat(preflight.status()).isEqualTo(204);
    assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
    assertThat(preflight.header("Access-Control-Allow-Headers")).contains("Authorization");
    // without --cors there is no CORS at all
    Http.Answer none = guardedHttp.get("/v1/rules", "Origin", ORIGIN, "Authorization", bearer());
    assertThat(none.header("Access-Control-Allow-Origin")).isNull();
    assertThat(guardedHttp.send("OPTIONS", "/v1/validate", null, "Origin", ORIGIN).status())
        .isIn(404, 405);
  }

  /**
   * Every payload of the hardening corpus is answered with findings or a 4xx problem, not by a
   * clock: a read that ran away would meet the server's time limit (a 503) or, if it never yields,
   * the client's request timeout (a hang guard), and either fails here whatever the machine's load.
   * How long a refusal takes is measured by bbic-benchmarks' {@code HostileReadBenchmark}.
   */
  @Test
  void hostilePayloadsGet4xxAndTheServerKeepsServing(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), HostilePayloads.SECRET);
    Map<String, byte[]> payloads = HostilePayloads.payloads(secret);
    for (Map.Entry<String, byte[]> e : payloads.entrySet()) {
      for (String route : List.of("/v1/validate", "/v1/convert?to=xml", "/v1/render")) {
        Http.Answer answer = openHttp.post(route, e.getValue());
        String what = e.getKey() + " to " + route;
        assertThat(answer.text())
            .as(what)
            .doesNotContain(HostilePayloads.SECRET)
            .doesNotContain("Exception")
            .doesNotContain("\tat ");
        if (route.equals("/v1/validate") && answer.status() == 200) {
          // read, but not valid: a schema variant; the findings say so
          assertThat(answer.json().findValues("valid")).as(what).allMatch(v -> !v.asBoolean());
        } else {
          assertThat(answer.status()).as(what).isBetween(400, 499);
          assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
        }
      }
    }
    assertThat(openHttp.get("/health").status()).isEqualTo(200);
    byte[] example = openHttp.get("/v1/examples/case?asOf=" + AS_OF).body();
    assertThat(
            openHttp
                .post("/v1/validate?asOf=" + AS_OF, example)
                .json()
                .get(0)
                .get("valid")
                .asBoolean())
        .isTrue();
  }

  @Test
  void theAccessLogHoldsRouteTemplatesNeverInput() {
    byte[] example = openHttp.get("/v1/examples/case?asOf=" + AS_OF).body();
    String text = new String(example, StandardCharsets.UTF_8);
    assertThat(IDENTITY.matcher(text).find()).as("the example holds identity numbers").isTrue();
    openHttp.post("/v1/validate?asOf=" + AS_OF + "&lang=en&level=signed", example);
    openHttp.post("/v1/convert?to=xml&recipient=court", example);
    openHttp.get("/v1/schemas/json/no-such-level-XYZ");
    openHttp.get("/v1/examples/report?seed=424242");
    openHttp.get("/no/such/path/QWERTY");
    assertThat(log).isNotEmpty();
    for (String line : log) {
      assertThat(line).matches(ACCESS_LINE);
      assertThat(IDENTITY.matcher(line).find()).as(line).isFalse();
      assertThat(line)
          .doesNotContain("2026-12-01")
          .doesNotContain("court")
          .doesNotContain("XYZ")
          .doesNotContain("424242")
          .doesNotContain("QWERTY")
          .doesNotContain(HostilePayloads.SECRET);
    }
    assertThat(log).anyMatch(l -> l.startsWith("GET /v1/schemas/json/{level} 404 "));
    assertThat(log).anyMatch(l -> l.startsWith("GET <unmatched> 404 "));
    assertThat(log).anyMatch(l -> l.startsWith("POST /v1/validate 200 "));
  }

  /** Sends raw bytes and reads the whole answer (the connection is closed by the request). */
  private static String raw(BbicServer server, String request) {
    try (Socket socket = new Socket(server.uri().getHost(), server.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      return new String(in.readNBytes(64), StandardCharsets.US_ASCII);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
