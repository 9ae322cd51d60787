package org.openbbic.export;

import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.openbbic.export.internal.JsonCodec;
import org.openbbic.export.internal.XmlCodec;
import org.openbbic.export.internal.XmlOutput;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.DocumentKind;
import org.openbbic.forms.protection.RecipientPolicy;

/**
 * Writes documents and case files in one format. JSON is canonical: compact, UTF-8, fields in the
 * format's order, absent values and empty lists left out, dates ISO-8601 with their offsets; the
 * same object always gives the same bytes. XML is UTF-8, indented, in the namespace {@link
 * org.openbbic.model.WireFormat#NAMESPACE}.
 *
 * <p>Every write goes through a {@link RecipientPolicy}: {@link RecipientPolicy#DEFAULT} ({@code
 * internal}) unless {@link #withPolicy} chooses another. The default withholds protected people's
 * addresses and contact details and, with fingerade personuppgifter, their identity (and the
 * child's identity number in every header); a document written on its own, other than the basic
 * data, does not say how its child is protected, so its child counts as protected. What is withheld
 * is absent and named in its record's {@code withheld} list, and the root states the policy in its
 * {@code disclosure} whenever the value held a protected person or anything was withheld (see
 * {@link org.openbbic.forms.protection.Withheld}); a value without protected people that a policy
 * writes in full is written exactly as it is. Showing protected data takes an explicit choice
 * ({@link RecipientPolicy#INTERNAL_UNMASKED}), and the export then says so.
 *
 * <p>Immutable and thread-safe; cheap to make ({@link BbicExport#writer(Format)}).
 *
 * @since 0.1
 */
public final class BbicWriter {

  private final Format format;
  private final JsonCodec json;
  private final XmlCodec xml;
  private final RecipientPolicy policy;

  BbicWriter(Format format, JsonCodec json, XmlCodec xml, RecipientPolicy policy) {
    this.format = format;
    this.json = json;
    this.xml = xml;
    this.policy = policy;
  }

  /** The format written. */
  public Format format() {
    return format;
  }

  /** The recipient policy every write goes through. */
  public RecipientPolicy policy() {
    return policy;
  }

  /** A writer like this one for the recipient {@code policy}. */
  public BbicWriter withPolicy(RecipientPolicy policy) {
    return new BbicWriter(format, json, xml, Objects.requireNonNull(policy, "policy"));
  }

  /** {@code value} as {@code policy} lets it go out. */
  static Object withhold(RecipientPolicy policy, Object value) {
    DocumentKind<?> kind = BbicModel.get().findKind(value.getClass()).orElse(null);
    return kind == null
        ? policy.applyTo((CaseFile) value)
        : policy.applyTo(kind.type().cast(value));
  }

  /**
   * Writes a document or case file, as the policy lets it go out, to {@code out}, which is left
   * open.
   *
   * @throws IllegalArgumentException when {@code value} is not a document or case file
   * @throws UncheckedIOException when {@code out} fails
   * @throws BbicExportException when the binding cannot write the object
   */
  public void write(Object value, OutputStream out) {
    BbicExport.requireRoot(value.getClass());
    Object shown = withhold(policy, value);
    try {
      if (format == Format.JSON) {
        json.write(shown, out);
      } else {
        xml.write(shown, out);
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
