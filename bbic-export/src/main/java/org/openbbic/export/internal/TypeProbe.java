package org.openbbic.export.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.TypeDefinition;

/**
 * Tells which root type a payload holds, from its XML root element or its JSON {@code
 * header.formType}, without binding it. It only looks (no DTD, no entities, bounded nesting): the
 * reader that follows checks everything and reports where a payload fails, so a payload that fits
 * no document type is taken for a case file. Thread-safe.
 */
public final class TypeProbe {

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

  private TypeProbe() {}

  /** The root type of {@code bytes[0..length)}; the case file when nothing else fits. */
  public static Class<?> rootType(byte[] bytes, int length, boolean xml) {
    Optional<Class<?>> found =
        xml
            ? Optional.ofNullable(xmlRoot(bytes, length))
                .flatMap(BbicModel.get()::root)
                .map(TypeDefinition::type)
            : jsonFormType(bytes, length).map(FormType::documentClass);
    return found.orElse(CaseFile.class);
  }

  /**
   * Whether a payload's head (its first kilobytes) starts a batch of case files: an XML {@code
   * caseFileBatch} root, or NDJSON (a first line that is a whole JSON object, followed by more).
   */
  public static boolean isBatch(byte[] head, int length, boolean xml, String batchElement) {
    if (xml) {
      return batchElement.equals(xmlRoot(head, length));
    }
    int start =
        length >= 3
                && (head[0] & 0xFF) == 0xEF
                && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    while (start < length && Character.isWhitespace(head[start])) {
      start++;
    }
    int end = start;
    while (end < length && head[end] != '\n') {
      end++;
    }
    if (end >= length) {
      return false;
    }
    String first =
        new String(head, start, end - start, java.nio.charset.StandardCharsets.UTF_8).strip();
    if (!first.startsWith("{") || !first.endsWith("}") || !isOneJsonObject(first)) {
      return false;
    }
    for (int i = end; i < length; i++) {
      if (!Character.isWhitespace(head[i])) {
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

  /** The local name of the first element, or {@code null} when the bytes are not readable XML. */
  public static String xmlRoot(byte[] bytes, int length) {
    try {
      XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(bytes, 0, length));
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

  private static Optional<FormType> jsonFormType(byte[] bytes, int length) {
    try (JsonParser p = JSON.createParser(bytes, 0, length)) {
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
}
