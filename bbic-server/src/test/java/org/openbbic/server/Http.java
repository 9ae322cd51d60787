package org.openbbic.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A loopback HTTP client for the tests (the JDK's), which checks every answer against the OpenAPI
 * description ({@link OpenApiContract}), so every response of the test suite is held to it.
 */
final class Http {

  static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  Http(URI base) {
    this.base = base;
  }

  /** An answer. */
  record Answer(int status, HttpHeaders headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    String contentType() {
      return header("Content-Type");
    }
  }

  Answer get(String pathAndQuery, String... headers) {
    return send("GET", pathAndQuery, null, headers);
  }

  Answer post(String pathAndQuery, byte[] body, String... headers) {
    return send("POST", pathAndQuery, body, headers);
  }

  Answer post(String pathAndQuery, String body, String... headers) {
    return post(pathAndQuery, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  Answer send(String method, String pathAndQuery, byte[] body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(pathAndQuery))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    HttpResponse<byte[]> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    Answer answer = new Answer(response.statusCode(), response.headers(), response.body());
    String path = URI.create(base.resolve(pathAndQuery).toString()).getPath();
    OpenApiContract.INSTANCE.check(
        method,
        path,
        answer.status(),
        answer.contentType() == null ? "" : answer.contentType(),
        answer.body());
    return answer;
  }
}
