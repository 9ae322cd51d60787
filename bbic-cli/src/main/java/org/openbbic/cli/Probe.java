package org.openbbic.cli;

import java.util.Locale;
import org.openbbic.export.BbicExport;
import org.openbbic.export.Format;

/**
 * Tells from a payload's first bytes whether it is JSON or XML (by content, not by file name) and
 * whether it is a batch of case files ({@link BbicExport#isBatch}); a {@code .ndjson} or {@code
 * .jsonl} name also marks a batch. The document type of a single payload is {@link
 * BbicExport#detectType}'s.
 */
final class Probe {

  /** What a payload is. */
  record Kind(Format format, boolean batch) {}

  private Probe() {}

  /** The format and batch-ness of a payload from its head (the first few kilobytes). */
  static Kind kind(byte[] head, int length, String fileName) {
    int i = 0;
    if (length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < length && Character.isWhitespace(head[i])) {
      i++;
    }
    Format format = i < length && head[i] == '<' ? Format.XML : Format.JSON;
    String lower = fileName.toLowerCase(Locale.ROOT);
    boolean batchName =
        format == Format.JSON && (lower.endsWith(".ndjson") || lower.endsWith(".jsonl"));
    return new Kind(format, batchName || BbicExport.isBatch(head, length, format));
  }
}
