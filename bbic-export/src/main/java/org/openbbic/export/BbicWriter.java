package org.openbbic.export;

import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.openbbic.export.internal.DocumentTypes;
import org.openbbic.export.internal.JsonCodec;
import org.openbbic.export.internal.XmlCodec;
import org.openbbic.export.internal.XmlOutput;

/**
 * Writes documents and case files in one format. JSON is canonical: compact, UTF-8, fields in the
 * format's order, absent values and empty lists left out, dates ISO-8601 with their offsets; the
 * same object always gives the same bytes. XML is UTF-8, indented, in the namespace {@link
 * org.openbbic.model.WireFormat#NAMESPACE}.
 *
 * <p>Immutable and thread-safe; cheap to make ({@link BbicExport#writer(Format)}).
 *
 * @since 0.1
 */
public final class BbicWriter {

  private final Format format;
  private final JsonCodec json;
  private final XmlCodec xml;

  BbicWriter(Format format, JsonCodec json, XmlCodec xml) {
    this.format = format;
    this.json = json;
    this.xml = xml;
  }

  /** The format written. */
  public Format format() {
    return format;
  }

  /**
   * Writes a document or case file to {@code out}, which is left open.
   *
   * @throws IllegalArgumentException when {@code value} is not a document or case file
   * @throws UncheckedIOException when {@code out} fails
   * @throws BbicExportException when the binding cannot write the object
   */
  public void write(Object value, OutputStream out) {
    DocumentTypes.requireRoot(value.getClass());
    try {
      if (format == Format.JSON) {
        json.write(value, out);
      } else {
        xml.write(value, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing failed", e);
    } catch (JAXBException | javax.xml.stream.XMLStreamException e) {
      if (XmlOutput.isUnwritableText(e)) {
        throw new BbicExportException("a text holds a character that XML 1.0 cannot carry", e);
      }
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException("writing failed", io);
      }
      throw new BbicExportException("the XML binding could not write the object", e);
    } catch (RuntimeException e) {
      if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException) {
        throw e;
      }
      throw new BbicExportException("the binding could not write the object", e);
    }
  }

  /** Writes a document or case file as bytes (UTF-8). */
  public byte[] writeBytes(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    write(value, out);
    return out.toByteArray();
  }

  /** Writes a document or case file as text. */
  public String writeString(Object value) {
    return new String(writeBytes(value), StandardCharsets.UTF_8);
  }
}
