package org.openbbic.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.openbbic.export.CaseFileBatchWriter;
import org.openbbic.export.Format;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;

/**
 * Tells from a payload's first bytes what it is: JSON or XML (by content, not by file name), a
 * single document, a case file, or a batch of case files (NDJSON, or an XML {@code caseFileBatch}).
 * It only looks: the reader that follows does the checking and reports every problem with its
 * position, so an unrecognised payload is simply handed on as a case file.
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

  /** The document class of a whole single payload; a case file when nothing else fits. */
  static Class<?> type(byte[] payload, int length, Format format) {
    Optional<Class<?>> found =
        format == Format.XML
            ? Optional.ofNullable(xmlRoot(payload, length)).flatMap(DocumentTypes::byRoot)
            : jsonFormType(payload, length).map(DocumentTypes::of);
    return found.orElse(CaseFile.class);
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

  private static Optional<FormType> jsonFormType(byte[] payload, int length) {
    try (JsonParser p = JSON.createParser(payload, 0, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("header".equals(name) && value == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            if ("formType".equals(field) && v == JsonToken.VALUE_STRING) {
              String code = p.getText();
              for (FormType type : FormType.values()) {
                if (type.code().equals(code)) {
                  return Optional.of(type);
                }
              }
              return Optional.empty();
            }
            p.skipChildren();
          }
          return Optional.empty();
        }
        p.skipChildren();
      }
    } catch (Exception e) {
      // Not readable as JSON: the reader reports where and why.
    }
    return Optional.empty();
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
