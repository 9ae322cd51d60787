package org.openbbic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bbic serve}: the HTTP validation service and web validator of bbic-server. Prints the
 * address it listens on as the first line of standard output (so a script can read it when started
 * with {@code --port 0}), the access log (method, route template, status, bytes, duration) on
 * standard error, and runs until stopped. The server's classes are loaded only here, so the other
 * commands start as fast as before.
 */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

  private static final Pattern SIZE =
      Pattern.compile("(\\d+)\\s*(B|KB|KIB|K|MB|MIB|M|GB|GIB|G)?", Pattern.CASE_INSENSITIVE);

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(names = "--host", paramLabel = "${bundle:label.address:-ADRESS}")
  String host = "127.0.0.1";

  @Option(names = "--port", paramLabel = "PORT")
  int port = 8080;

  @Option(names = "--token-file", paramLabel = "${bundle:label.file:-FIL}")
  Path tokenFile;

  @Option(names = "--max-body", paramLabel = "${bundle:label.size:-STORLEK}")
  String maxBody = "16MB";

  @Option(names = "--max-concurrent", paramLabel = "N")
  Integer maxConcurrent;

  @Option(names = "--time-limit", paramLabel = "${bundle:label.seconds:-SEKUNDER}")
  int timeLimit = 30;

  @Option(names = "--cors", paramLabel = "${bundle:label.origin:-URSPRUNG}")
  String cors;

  @Override
  public Integer call() throws Exception {
    long bodyBytes = bytes(maxBody);
    if (port < 0
        || port > 65_535
        || timeLimit < 1
        || (maxConcurrent != null && maxConcurrent < 1)) {
      throw new ParameterException(spec.commandLine(), Texts.get("serve.badOption", locale()));
    }
    String token = null;
    if (tokenFile != null) {
      try {
        token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new ParameterException(
            spec.commandLine(), Texts.get("serve.tokenUnreadable", locale()));
      }
      if (token.isEmpty()) {
        throw new ParameterException(spec.commandLine(), Texts.get("serve.tokenEmpty", locale()));
      }
    }
    return Serving.run(this, token, bodyBytes);
  }

  private Locale locale() {
    return common.locale();
  }

  /** {@code 16MB}, {@code 512KB}, {@code 1000}: bytes, with binary units. */
  private long bytes(String size) {
    Matcher m = SIZE.matcher(size.trim());
    if (!m.matches()) {
      throw new ParameterException(spec.commandLine(), Texts.get("serve.badSize", locale()));
    }
    String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
    long factor =
        switch (unit.charAt(0)) {
          case 'K' -> 1024L;
          case 'M' -> 1024L * 1024;
          case 'G' -> 1024L * 1024 * 1024;
          default -> 1L;
        };
    try {
      long value = Math.multiplyExact(Long.parseLong(m.group(1)), factor);
      if (value < 1) {
        throw new NumberFormatException();
      }
      return value;
    } catch (ArithmeticException | NumberFormatException e) {
      throw new ParameterException(spec.commandLine(), Texts.get("serve.badSize", locale()));
    }
  }

  /** Loaded only when serving: it is what touches bbic-server. */
  private static final class Serving {
    private Serving() {}

    static int run(ServeCommand c, String token, long bodyBytes) throws InterruptedException {
      // Jetty and Javalin say only what is wrong; the access log is the server's own.
      System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
      System.setProperty("org.slf4j.simpleLogger.log.io.javalin", "warn");
      PrintWriter err = c.spec.commandLine().getErr();
      org.openbbic.server.BbicServer.Builder builder =
          org.openbbic.server.BbicServer.builder()
              .host(c.host)
              .port(c.port)
              .token(token)
              .maxBodyBytes(bodyBytes)
              .timeLimit(Duration.ofSeconds(c.timeLimit))
              .corsOrigin(c.cors)
              .accessLog(
                  line -> {
                    synchronized (err) {
                      err.println(Instant.now().truncatedTo(ChronoUnit.MILLIS) + " " + line);
                    }
                  });
      if (c.maxConcurrent != null) {
        builder.maxConcurrent(c.maxConcurrent);
      }
      org.openbbic.server.BbicServer server;
      try {
        server = builder.start();
      } catch (RuntimeException e) {
        err.println("bbic: " + Texts.format("serve.cannotListen", c.locale(), c.host, c.port));
        return BbicCli.UNREADABLE;
      }
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    server.close();
                    stopped.countDown();
                  },
                  "bbic-serve-stop"));
      PrintWriter out = c.spec.commandLine().getOut();
      out.println(server.uri());
      out.flush();
      err.println("bbic: " + Texts.format("serve.listening", c.locale(), server.uri()));
      boolean loopback =
          c.host.equals("127.0.0.1") || c.host.equals("::1") || c.host.equals("localhost");
      if (!loopback && token == null) {
        err.println("bbic: " + Texts.get("serve.openWithoutToken", c.locale()));
      }
      err.flush();
      stopped.await();
      return BbicCli.OK;
    }
  }
}
