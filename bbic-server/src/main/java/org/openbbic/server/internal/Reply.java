package org.openbbic.server.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a call answers: a status, a media type, headers, and either the whole body or a writer that
 * streams it (NDJSON batches), worked out before anything is sent so a failure can still become a
 * problem answer.
 */
final class Reply {

  /** Writes a streamed body. */
  @FunctionalInterface
  interface Body {
    /** Writes the body; returns the bytes written. */
    long writeTo(OutputStream out) throws IOException;
  }

  final int status;
  final String contentType;
  final Map<String, String> headers = new LinkedHashMap<>();
  final byte[] bytes;
  final Body stream;

  private Reply(int status, String contentType, byte[] bytes, Body stream) {
    this.status = status;
    this.contentType = contentType;
    this.bytes = bytes;
    this.stream = stream;
  }

  static Reply of(int status, String contentType, byte[] bytes) {
    return new Reply(status, contentType, bytes, null);
  }

  static Reply ok(String contentType, byte[] bytes) {
    return of(200, contentType, bytes);
  }

  static Reply ok(String contentType, String text) {
    return of(200, contentType, text.getBytes(StandardCharsets.UTF_8));
  }

  static Reply streamed(String contentType, Body body) {
    return new Reply(200, contentType, null, body);
  }

  Reply header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  Reply headers(Map<String, String> more) {
    headers.putAll(more);
    return this;
  }
}
