package org.openbbic.server;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.openbbic.server.internal.Service;
import org.slf4j.LoggerFactory;

/**
 * The openbbic HTTP service ({@code bbic serve}): validation, conversion, printouts, deadlines, the
 * rule catalogue, schemas and examples under {@code /v1}, a web validator at {@code /}, {@code
 * /health}, {@code /metrics} and {@code /openapi.json}.
 *
 * <p>Safe by default: it listens on 127.0.0.1 only; with a token every {@code /v1} call needs
 * {@code Authorization: Bearer}; bodies are limited (413), concurrent work is bounded (503 with
 * {@code Retry-After}), every call has a time limit, and errors are RFC 9457 problem JSON. The
 * access log holds method, route template, status, bytes and duration only: never a body, a query
 * value or an identity number.
 *
 * <p>Thread-safe; {@link #close()} stops it.
 *
 * @since 0.1
 */
public final class BbicServer implements AutoCloseable {

  /** The default largest request body: 16 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;

  /** The default time limit of one call. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

  private final Service service;

  private BbicServer(Service service) {
    this.service = service;
  }

  /** A builder with the safe defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The port the server listens on (the chosen one when started on port 0). */
  public int port() {
    return service.port();
  }

  /** The server's base address, e.g. {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    return service.uri();
  }

  /** Stops the server; calls in progress are ended. */
  @Override
  public void close() {
    service.stop();
  }

  @Override
  public String toString() {
    return "BbicServer[" + uri() + "]";
  }

  /** The settings of a server. Not thread-safe. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 8080;
    private String token;
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int maxConcurrent = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
    private Duration timeLimit = DEFAULT_TIME_LIMIT;
    private String corsOrigin;
    private Consumer<String> accessLog =
        LoggerFactory.getLogger("org.openbbic.server.access")::info;

    private Builder() {}

    /** The address to listen on; {@code 127.0.0.1} by default. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port; 8080 by default, 0 for any free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be 0 to 65535");
      }
      this.port = port;
      return this;
    }

    /** The bearer token every {@code /v1} call must carry; none by default (no check). */
    public Builder token(String token) {
      if (token != null && token.isBlank()) {
        throw new IllegalArgumentException("the token is empty");
      }
      this.token = token;
      return this;
    }

    /** The largest request body in bytes (413 above it); 16 MiB by default. */
    public Builder maxBodyBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be positive");
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /** How many {@code /v1} calls run at once (503 above it); twice the processors by default. */
    public Builder maxConcurrent(int calls) {
      if (calls < 1) {
        throw new IllegalArgumentException("maxConcurrent must be positive");
      }
      this.maxConcurrent = calls;
      return this;
    }

    /** The time limit of one call, body included (503 when over); 30 s by default. */
    public Builder timeLimit(Duration limit) {
      if (limit.isNegative() || limit.isZero()) {
        throw new IllegalArgumentException("timeLimit must be positive");
      }
      this.timeLimit = limit;
      return this;
    }

    /** The one origin allowed to call {@code /v1} from a browser (CORS); none by default. */
    public Builder corsOrigin(String origin) {
      this.corsOrigin = origin;
      return this;
    }

    /**
     * Where the access log lines go (method, route template, status, bytes, duration); SLF4J logger
     * {@code org.openbbic.server.access} at INFO by default.
     */
    public Builder accessLog(Consumer<String> accessLog) {
      this.accessLog = Objects.requireNonNull(accessLog, "accessLog");
      return this;
    }

    /** Starts the server. */
    public BbicServer start() {
      return new BbicServer(
          Service.start(
              new Service.Settings(
                  host,
                  port,
                  Optional.ofNullable(token),
                  maxBodyBytes,
                  maxConcurrent,
                  timeLimit,
                  Optional.ofNullable(corsOrigin),
                  accessLog)));
    }
  }
}
