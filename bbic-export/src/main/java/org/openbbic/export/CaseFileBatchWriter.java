package org.openbbic.export;

import jakarta.xml.bind.JAXBException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.openbbic.export.internal.JsonCodec;
import org.openbbic.export.internal.XmlCodec;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.WireFormat;

/**
 * Writes case files one at a time, holding none of them: NDJSON (one canonical JSON case file per
 * line) or XML (one {@code caseFileBatch} element in the format's namespace holding one {@code
 * caseFile} element per case file). {@link #close()} ends the batch and flushes; the underlying
 * stream is left open. Each case file goes through the writer's {@link RecipientPolicy}, as with
 * {@link BbicWriter}: the default withholds protected data and marks it.
 *
 * <p>Not thread-safe: one writer per batch.
 *
 * @since 0.1
 */
public final class CaseFileBatchWriter implements AutoCloseable {

  /** The XML batch element's name. */
  public static final String XML_BATCH_ELEMENT = "caseFileBatch";

  private final Format format;
  private final OutputStream out;
  private final JsonCodec json;
  private final XmlCodec xml;
  private final RecipientPolicy policy;
  private XMLStreamWriter xmlWriter;
  private long count;
  private boolean closed;

  CaseFileBatchWriter(
      Format format, OutputStream out, JsonCodec json, XmlCodec xml, RecipientPolicy policy) {
    this.format = format;
    this.out = out;
    this.json = json;
    this.xml = xml;
    this.policy = policy;
  }

  /** The recipient policy every case file goes through. */
  public RecipientPolicy policy() {
    return policy;
  }

  /**
   * Writes one case file, as the policy lets it go out.
   *
   * @throws UncheckedIOException when the stream fails
   * @throws BbicExportException when the binding cannot write the case file
   */
  public void write(CaseFile caseFile) {
    Objects.requireNonNull(caseFile, "caseFile");
    if (closed) {
      throw new IllegalStateException("batch already closed");
    }
    CaseFile shown = policy.applyTo(caseFile);
    try {
      if (format == Format.JSON) {
        json.write(shown, out);
        out.write('\n');
      } else {
        if (xmlWriter == null) {
          xmlWriter = xml.streamWriter(out);
          xmlWriter.writeStartDocument("UTF-8", "1.0");
          xmlWriter.writeCharacters("\n");
          xmlWriter.setDefaultNamespace(WireFormat.NAMESPACE);
          xmlWriter.writeStartElement("", XML_BATCH_ELEMENT, WireFormat.NAMESPACE);
          xmlWriter.writeDefaultNamespace(WireFormat.NAMESPACE);
        }
        xml.marshal(shown, xmlWriter, false, 0);
      }
      count++;
    } catch (IOException e) {
      throw new UncheckedIOException("writing the batch failed", e);
    } catch (XMLStreamException | JAXBException e) {
      throw new BbicExportException("writing the XML batch failed", e);
    }
  }

  /** How many case files were written. */
  public long count() {
    return count;
  }

  /** Ends the batch and flushes; the stream stays open. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (format == Format.XML) {
        if (xmlWriter == null) {
          xmlWriter = xml.streamWriter(out);
          xmlWriter.writeStartDocument("UTF-8", "1.0");
          xmlWriter.writeCharacters("\n");
          xmlWriter.writeStartElement("", XML_BATCH_ELEMENT, WireFormat.NAMESPACE);
          xmlWriter.writeDefaultNamespace(WireFormat.NAMESPACE);
        }
        xmlWriter.writeCharacters("\n");
        xmlWriter.writeEndElement();
        xmlWriter.writeCharacters("\n");
        xmlWriter.writeEndDocument();
        xmlWriter.flush();
        xmlWriter.close();
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("finishing the batch failed", e);
    } catch (XMLStreamException e) {
      throw new BbicExportException("finishing the XML batch failed", e);
    }
  }
}
