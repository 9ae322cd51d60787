package org.openbbic.server.internal;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * One {@code /v1} call as its action sees it: the query and path parameters, the language, the time
 * left, and the body, read once and never larger than the limit.
 */
final class Call {

  private final Context ctx;
  private final Locale locale;
  private final long deadline;
  private final long maxBody;

  Call(Context ctx, Locale locale, long deadline, long maxBody) {
    this.ctx = ctx;
    this.locale = locale;
    this.deadline = deadline;
    this.maxBody = maxBody;
  }

  Locale locale() {
    return locale;
  }

  /** The query parameter, or null when absent or empty. */
  String query(String name) {
    String value = ctx.queryParam(name);
    return value == null || value.isEmpty() ? null : value;
  }

  String path(String name) {
    return ctx.pathParam(name);
  }

  /** Whether the caller asked for {@code mediaType} in its {@code Accept} header. */
  boolean accepts(String mediaType) {
    String accept = ctx.header("Accept");
    if (accept == null) {
      return false;
    }
    for (String part : accept.split(",")) {
      if (part.split(";")[0].trim().equalsIgnoreCase(mediaType)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the time limit has passed. */
  boolean overTime() {
    return System.nanoTime() - deadline > 0;
  }

  /**
   * The request body: 413 when larger than the limit (told by {@code Content-Length} before
   * reading, or by reading one byte past the limit), 400 when empty or broken off.
   *
   * <p>Before a 413 the rest of a body at most {@link #SWALLOW_BYTES} past the limit is read and
   * dropped, so that a client still sending gets the answer instead of a reset connection (as
   * Tomcat's {@code maxSwallowSize} does); a body larger than that gets the answer at once.
   */
  byte[] body() {
    String length = ctx.header("Content-Length");
    if (length != null) {
      long declared;
      try {
        declared = Long.parseLong(length.trim());
      } catch (NumberFormatException e) {
        throw Problem.of(400, "bad-request");
      }
      if (declared > maxBody) {
        if (declared - maxBody <= SWALLOW_BYTES) {
          swallow(declared);
        }
        throw tooLarge();
      }
    }
    byte[] body;
    try (InputStream in = ctx.bodyInputStream()) {
      body = in.readNBytes((int) Math.min(maxBody + 1, Integer.MAX_VALUE - 8));
      if (body.length > maxBody) {
        drain(in, SWALLOW_BYTES);
      }
    } catch (IOException e) {
      throw Problem.of(400, "body-unreadable");
    }
    if (body.length > maxBody) {
      throw tooLarge();
    }
    if (body.length == 0) {
      throw Problem.of(400, "empty-body");
    }
    return body;
  }

  /** How much of an oversized body is read and dropped before the 413 goes out. */
  static final long SWALLOW_BYTES = 4L * 1024 * 1024;

  private void swallow(long declared) {
    try (InputStream in = ctx.bodyInputStream()) {
      drain(in, declared);
    } catch (IOException e) {
      // the client went away; the 413 goes out if it still can
    }
  }

  private static void drain(InputStream in, long most) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long left = most;
    int n;
    while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
      left -= n;
    }
  }

  private Problem tooLarge() {
    return Problem.of(413, "body-too-large", maxBody);
  }

  /** A parameter's value among {@code allowed} (case-insensitive), else 400 naming them. */
  String choice(String name, String fallback, List<String> allowed) {
    String value = query(name);
    if (value == null) {
      if (fallback == null) {
        throw Problem.of(400, "missing-parameter", name, String.join(", ", allowed));
      }
      return fallback;
    }
    for (String a : allowed) {
      if (a.equalsIgnoreCase(value)) {
        return a;
      }
    }
    throw Problem.of(400, "bad-parameter", name, String.join(", ", allowed));
  }
}
