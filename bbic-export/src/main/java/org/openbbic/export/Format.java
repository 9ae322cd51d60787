package org.openbbic.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A wire format of openbbic documents.
 *
 * <p>Both formats carry the same names: a field's name is its JSON property and its XML element.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Format {
  /** JSON (RFC 8259), UTF-8; batches as NDJSON, one case file per line. */
  JSON,
  /**
   * XML 1.0, UTF-8, namespace {@link org.openbbic.model.WireFormat#NAMESPACE}; batches as one
   * {@code caseFileBatch} element holding one {@code caseFile} element per case file.
   */
  XML;

  /**
   * How many bytes {@link #detect(InputStream)} looks at: the first line of an NDJSON batch must
   * fit.
   */
  public static final int DETECT_HEAD_BYTES = 1024 * 1024;

  /**
   * What a payload is, told by content and never by a file name: after an optional UTF-8 byte order
   * mark and white space, {@code <} starts XML and <code>{</code> or {@code [} JSON; an XML {@code
   * caseFileBatch} root, or a first line that is a whole JSON object followed by more lines, makes
   * a batch. It only looks (no DTD, no entities, bounded nesting); the reader that follows checks
   * everything. For NDJSON the bytes must hold the whole first line and the start of the second.
   *
   * @param head the payload, or its first bytes ({@link #DETECT_HEAD_BYTES} are enough)
   * @since 0.1
   */
  public static PayloadKind detect(byte[] head) {
    return detect(Objects.requireNonNull(head, "head"), head.length);
  }

  /**
   * {@link #detect(byte[])} over {@code head[0..length)}.
   *
   * @since 0.1
   */
  public static PayloadKind detect(byte[] head, int length) {
    Objects.requireNonNull(head, "head");
    Objects.checkFromIndexSize(0, length, head.length);
    int i = 0;
    if (length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < length
        && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r')) {
      i++;
    }
    if (i == length) {
      return PayloadKind.UNKNOWN;
    }
    Format format;
    if (head[i] == '<') {
      format = XML;
    } else if (head[i] == '{' || head[i] == '[') {
      format = JSON;
    } else {
      return PayloadKind.UNKNOWN;
    }
    boolean batch = BbicExport.isBatch(head, length, format);
    if (format == XML) {
      return batch ? PayloadKind.XML_BATCH : PayloadKind.XML;
    }
    return batch ? PayloadKind.JSON_BATCH : PayloadKind.JSON;
  }

  /**
   * {@link #detect(byte[])} over the first {@link #DETECT_HEAD_BYTES} of a stream, which is then
   * reset: the stream is left where it was and can be handed to a reader.
   *
   * @param in a stream that {@linkplain InputStream#markSupported() supports mark}, such as a
   *     {@link java.io.BufferedInputStream} of at least {@link #DETECT_HEAD_BYTES}
   * @throws IllegalArgumentException when the stream does not support mark
   * @throws IOException when reading or resetting the stream fails
   * @since 0.1
   */
  public static PayloadKind detect(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    if (!in.markSupported()) {
      throw new IllegalArgumentException(
          "Format.detect needs a stream that supports mark, e.g. a BufferedInputStream");
    }
    in.mark(DETECT_HEAD_BYTES);
    byte[] head = in.readNBytes(DETECT_HEAD_BYTES);
    in.reset();
    return detect(head, head.length);
  }
}
