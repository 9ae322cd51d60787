package org.openbbic.server.internal;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The running service: Javalin on Jetty 12, its routes, and the guards every {@code /v1} call
 * passes (token, concurrency, time limit, body limit), the security headers of every answer, the
 * access log and the metrics. Not API: {@code org.openbbic.server.BbicServer} is.
 */
public final class Service {

  /** The settings {@code BbicServer.Builder} collected. */
  public record Settings(
      String host,
      int port,
      Optional<String> token,
      long maxBodyBytes,
      int maxConcurrent,
      Duration timeLimit,
      Optional<String> corsOrigin,
      Consumer<String> accessLog) {}

  /** The page's policy: its script and style are files of its own; it loads nothing else. */
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
          + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  /** Every route, in the order the OpenAPI description lists them: method and template. */
  public static final List<String> ROUTES =
      List.of(
          "GET /",
          "GET /app.js",
          "GET /app.css",
          "GET /favicon.svg",
          "GET /health",
          "GET /metrics",
          "GET /openapi.json",
          "POST /v1/validate",
          "POST /v1/convert",
          "POST /v1/render",
          "POST /v1/deadlines",
          "GET /v1/rules",
          "GET /v1/schemas/xsd",
          "GET /v1/schemas/json/{level}",
          "GET /v1/examples/{type}");

  private static final Locale SV = Locale.forLanguageTag("sv-SE");
  private static final String BYTES = "openbbic.bytes";
  private static final String RESOURCES = "/org/openbbic/server/";

  private final Settings settings;
  private final Semaphore permits;
  private final ExecutorService workers;
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Api api = new Api();
  private final byte[] tokenBytes;
  private Javalin app;

  private Service(Settings settings) {
    this.settings = settings;
    this.permits = new Semaphore(settings.maxConcurrent());
    AtomicInteger n = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            settings.maxConcurrent(),
            r -> {
              Thread t = new Thread(r, "bbic-worker-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.tokenBytes = settings.token().map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(null);
    new JvmMemoryMetrics().bindTo(registry);
  }

  /** Starts a service with {@code settings}. */
  public static Service start(Settings settings) {
    Service service = new Service(settings);
    service.app = service.create().start(settings.host(), settings.port());
    return service;
  }

  public int port() {
    return app.port();
  }

  public URI uri() {
    String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
    return URI.create("http://" + host + ":" + port() + "/");
  }

  public void stop() {
    app.stop();
    workers.shutdownNow();
    registry.close();
  }

  private Javalin create() {
    byte[] page = resource("web/index.html");
    byte[] script = resource("web/app.js");
    byte[] style = resource("web/app.css");
    byte[] icon = resource("web/favicon.svg");
    byte[] openapi = resource("openapi.json");
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.startup.showOldJavalinVersionWarning = false;
          config.http.maxRequestSize = settings.maxBodyBytes();
          config.http.compressionStrategy = CompressionStrategy.NONE;
          config.http.prefer405over404 = true;
          config.http.generateEtags = false;
          config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
          config.requestLogger.http(this::logAccess);
          var routes = config.routes;
          routes.before(this::headers);
          routes.get("/", plain(c -> Reply.ok("text/html; charset=utf-8", page)));
          routes.get("/app.js", plain(c -> Reply.ok("text/javascript; charset=utf-8", script)));
          routes.get("/app.css", plain(c -> Reply.ok("text/css; charset=utf-8", style)));
          routes.get("/favicon.svg", plain(c -> Reply.ok("image/svg+xml", icon)));
          routes.get("/health", plain(c -> Reply.ok(Api.JSON, "{\"status\":\"UP\"}")));
          routes.get(
              "/metrics",
              plain(c -> Reply.ok("text/plain; version=0.0.4; charset=utf-8", registry.scrape())));
          routes.get("/openapi.json", plain(c -> Reply.ok(Api.JSON, openapi)));
          routes.post("/v1/validate", guarded(api::validate));
          routes.post("/v1/convert", guarded(api::convert));
          routes.post("/v1/render", guarded(api::render));
          routes.post("/v1/deadlines", guarded(api::deadlines));
          routes.get("/v1/rules", guarded(api::rules));
          routes.get("/v1/schemas/xsd", guarded(api::xsd));
          routes.get("/v1/schemas/json/{level}", guarded(api::jsonSchema));
          routes.get("/v1/examples/{type}", guarded(api::example));
          if (settings.corsOrigin().isPresent()) {
            routes.options("/v1/*", this::preflight);
          }
          routes.error(404, ctx -> unlessAnswered(ctx, Problem.of(404, "not-found")));
          routes.error(405, ctx -> unlessAnswered(ctx, Problem.of(405, "method-not-allowed")));
          routes.exception(
              HttpResponseException.class,
              (e, ctx) -> write(ctx, problemFor(e.getStatus()).reply(locale(ctx))));
          routes.exception(
              Exception.class,
              (e, ctx) -> {
                if (!ctx.res().isCommitted()) {
                  write(ctx, Problem.of(500, "internal").reply(locale(ctx)));
                }
              });
        });
  }

  private Problem problemFor(int status) {
    return switch (status) {
      case 404 -> Problem.of(404, "not-found");
      case 405 -> Problem.of(405, "method-not-allowed");
      case 413 -> Problem.of(413, "body-too-large", settings.maxBodyBytes());
      default ->
          status >= 400 && status < 500
              ? Problem.of(400, "bad-request")
              : Problem.of(500, "internal");
    };
  }

  /** Answers a problem unless the action already answered one (a 404 of its own). */
  private void unlessAnswered(Context ctx, Problem problem) {
    String type = ctx.res().getContentType();
    if (type == null || !type.startsWith(Problem.MEDIA_TYPE)) {
      write(ctx, problem.reply(locale(ctx)));
    }
  }

  /** The security headers of every answer, and CORS for the one allowed origin. */
  private void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    ctx.header("Cache-Control", "no-store");
    if (settings.corsOrigin().isPresent() && ctx.path().startsWith("/v1/")) {
      ctx.header("Vary", "Origin");
      if (settings.corsOrigin().get().equals(ctx.header("Origin"))) {
        ctx.header("Access-Control-Allow-Origin", settings.corsOrigin().get());
        ctx.header("Access-Control-Expose-Headers", "Retry-After");
      }
    }
  }

  private void preflight(Context ctx) {
    if (settings.corsOrigin().get().equals(ctx.header("Origin"))) {
      ctx.header("Access-Control-Allow-Methods", "GET, POST");
      ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type, Accept");
      ctx.header("Access-Control-Max-Age", "600");
    }
    ctx.status(204);
    ctx.attribute(BYTES, 0L);
  }

  private Handler plain(Function<Context, Reply> action) {
    return ctx -> write(ctx, action.apply(ctx));
  }

  /**
   * A {@code /v1} action behind the guards: the token, a free slot (503 with {@code Retry-After}
   * when all are taken), and the time limit, body reading included. The slot is freed when both the
   * answer is written and the action has ended, so an action over time still counts until it stops.
   */
  private Handler guarded(Function<Call, Reply> action) {
    return ctx -> {
      Locale locale = locale(ctx);
      if (tokenBytes != null && !authorized(ctx)) {
        write(
            ctx,
            Problem.of(401, "unauthorized")
                .header("WWW-Authenticate", "Bearer realm=\"bbic\"")
                .reply(locale));
        return;
      }
      if (!permits.tryAcquire()) {
        write(ctx, Problem.of(503, "busy").header("Retry-After", "1").reply(locale));
        return;
      }
      AtomicInteger holders = new AtomicInteger(2);
      Runnable done =
          () -> {
            if (holders.decrementAndGet() == 0) {
              permits.release();
            }
          };
      long limit = settings.timeLimit().toNanos();
      Call call = new Call(ctx, locale, System.nanoTime() + limit, settings.maxBodyBytes());
      try {
        Future<Reply> work;
        try {
          work =
              workers.submit(
                  () -> {
                    try {
                      return action.apply(call);
                    } finally {
                      done.run();
                    }
                  });
        } catch (RejectedExecutionException e) {
          done.run();
          write(ctx, Problem.of(503, "busy").header("Retry-After", "1").reply(locale));
          return;
        }
        Reply reply;
        try {
          reply = work.get(limit, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          work.cancel(true);
          reply = Problem.of(503, "time-limit").header("Retry-After", "1").reply(locale);
        } catch (ExecutionException e) {
          reply =
              e.getCause() instanceof Problem p
                  ? p.reply(locale)
                  : Problem.of(500, "internal").reply(locale);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          work.cancel(true);
          reply = Problem.of(503, "busy").header("Retry-After", "1").reply(locale);
        }
        write(ctx, reply);
      } finally {
        done.run();
      }
    };
  }

  private boolean authorized(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, tokenBytes);
  }

  private static Locale locale(Context ctx) {
    return "en".equalsIgnoreCase(ctx.queryParam("lang")) ? Locale.ENGLISH : SV;
  }

  private static void write(Context ctx, Reply reply) {
    ctx.status(reply.status);
    ctx.contentType(reply.contentType);
    reply.headers.forEach(ctx::header);
    if (reply.bytes != null) {
      ctx.result(reply.bytes);
      ctx.attribute(BYTES, (long) reply.bytes.length);
      return;
    }
    try {
      ctx.attribute(BYTES, reply.stream.writeTo(ctx.outputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line per call: method, route template, status, bytes, duration. Nothing of the input. */
  private void logAccess(Context ctx, Float millis) {
    String route = route(ctx);
    Long bytes = ctx.attribute(BYTES);
    int status = ctx.statusCode();
    settings
        .accessLog()
        .accept(
            String.format(
                Locale.ROOT,
                "%s %s %d %d B %.1f ms",
                ctx.method().name(),
                route,
                status,
                bytes == null ? 0 : bytes,
                millis));
    Timer.builder("bbic.http.requests")
        .description("HTTP calls by route template and status")
        .tag("method", ctx.method().name())
        .tag("route", route)
        .tag("status", Integer.toString(status))
        .register(registry)
        .record(Duration.ofNanos((long) (millis * 1_000_000)));
  }

  /** The matched route's template, or {@code <unmatched>}: never the path the caller sent. */
  private static String route(Context ctx) {
    try {
      Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
      return endpoint == null ? "<unmatched>" : endpoint.path;
    } catch (RuntimeException e) {
      return "<unmatched>";
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = Service.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
