package org.openbbic.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.openbbic.export.CaseFileBatchWriter;
import org.openbbic.export.Format;

/**
 * Tells from a payload's first bytes whether it is JSON or XML (by content, not by file name) and
 * whether it is a batch of case files (NDJSON, or an XML {@code caseFileBatch}). It only looks; the
 * document type of a single payload is {@link org.openbbic.export.BbicExport#detectType}'s.
 */
final class Probe {

  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(64)
                  .maxStringLength(1_000_000)
                  .maxNumberLength(100)
                  .build())
          .build();

  private static final XMLInputFactory XML = XMLInputFactory.newDefaultFactory();

  static {
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XML.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
  }

  /** What a payload is. */
  record Kind(Format format, boolean batch) {}

  private Probe() {}

  /** The format and batch-ness of a payload from its head (the first few kilobytes). */
  static Kind kind(byte[] head, int length, String fileName) {
    int i = skipBomAndSpace(head, length);
    if (i < length && head[i] == '<') {
      String root = xmlRoot(head, length);
      return new Kind(Format.XML, CaseFileBatchWriter.XML_BATCH_ELEMENT.equals(root));
    }
    String lower = fileName.toLowerCase(java.util.Locale.ROOT);
    boolean ndjsonName = lower.endsWith(".ndjson") || lower.endsWith(".jsonl");
    return new Kind(Format.JSON, ndjsonName || looksLikeNdjson(head, i, length));
  }

  private static int skipBomAndSpace(byte[] b, int length) {
    int i = 0;
    if (length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
      i++;
    }
    return i;
  }

  /** A first line that is a whole JSON object, followed by more non-blank text. */
  private static boolean looksLikeNdjson(byte[] b, int start, int length) {
    int end = start;
    while (end < length && b[end] != '\n') {
      end++;
    }
    if (end >= length) {
      return false;
    }
    String first = new String(b, start, end - start, StandardCharsets.UTF_8).strip();
    if (!first.startsWith("{") || !first.endsWith("}") || !isOneJsonObject(first)) {
      return false;
    }
    for (int i = end; i < length; i++) {
      if (!Character.isWhitespace(b[i])) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOneJsonObject(String text) {
    try (JsonParser p = JSON.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      p.skipChildren();
      return p.nextToken() == null;
    } catch (Exception e) {
      return false;
    }
  }

  private static String xmlRoot(byte[] payload, int length) {
    try {
      XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(payload, 0, length));
      try {
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT) {
            return r.getLocalName();
          }
        }
      } finally {
        r.close();
      }
    } catch (Exception e) {
      // Not readable as XML: the reader reports where and why.
    }
    return null;
  }
}
