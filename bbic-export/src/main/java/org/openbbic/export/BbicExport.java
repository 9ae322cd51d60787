package org.openbbic.export;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import org.openbbic.export.internal.JsonCodec;
import org.openbbic.export.internal.TypeProbe;
import org.openbbic.export.internal.XmlCodec;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.BbicValidator;

/**
 * The export context: the JSON (Jackson 2) and XML (JAXB 4) set-up of the format, the compiled XSD
 * and the read limits, built once and shared. Expensive to build (a JAXB context and a compiled
 * schema), cheap to use: {@link #writer(Format)} and {@link #reader(Format, Class)} hand out light
 * per-use objects, like Jackson's {@code ObjectWriter}/{@code ObjectReader}.
 *
 * <pre>{@code
 * BbicExport export = BbicExport.builder().build();          // once per application
 * byte[] json = export.writer(Format.JSON).writeBytes(caseFile); // protected data withheld
 * byte[] court = export.writer(Format.XML).withPolicy(RecipientPolicy.COURT).writeBytes(caseFile);
 * ReadResult<CaseFile> read = export.reader(Format.XML, CaseFile.class).read(untrustedBytes);
 * }</pre>
 *
 * <p>Reading runs one pipeline: syntax and limits, schema (binding), then the validator's field
 * constraints and rules at the reader's level ({@link BbicReader#withLevel}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class BbicExport {

  private final ReadLimits limits;
  private final Strictness strictness;
  private final BbicValidator validator;
  private final Clock clock;
  private final JsonCodec json;
  private final XmlCodec xml;

  private BbicExport(Builder b) {
    this.limits = b.limits;
    this.strictness = b.strictness;
    this.validator = b.validator != null ? b.validator : BbicValidator.builder().build();
    this.clock = b.clock;
    this.json = new JsonCodec(limits, strictness);
    this.xml = new XmlCodec(limits, strictness);
  }

  /** A builder with the default limits, strict. */
  public static Builder builder() {
    return new Builder();
  }

  /** The limits every read checks. */
  public ReadLimits limits() {
    return limits;
  }

  /** Whether unknown and repeated fields are errors (strict) or warnings (lenient). */
  public Strictness strictness() {
    return strictness;
  }

  /**
   * A writer of {@code format} under {@link RecipientPolicy#DEFAULT}: protected people's data is
   * withheld and marked (see {@link BbicWriter}); {@link BbicWriter#withPolicy} chooses another
   * recipient.
   */
  public BbicWriter writer(Format format) {
    return new BbicWriter(
        Objects.requireNonNull(format, "format"), json, xml, RecipientPolicy.DEFAULT);
  }

  /**
   * The document class a payload holds — the XML root element, or the JSON {@code header.formType}
   * — or {@link org.openbbic.forms.CaseFile} when nothing else fits (the reader then reports where
   * the payload fails). It only looks: no DTD, no entities, bounded nesting.
   *
   * @since 0.1
   */
  public static Class<?> detectType(byte[] payload, Format format) {
    Objects.requireNonNull(payload, "payload");
    return TypeProbe.rootType(
        payload, payload.length, Objects.requireNonNull(format) == Format.XML);
  }

  /**
   * Whether a payload's head starts a batch of case files that {@link #batchReader} reads: an XML
   * {@code caseFileBatch}, or NDJSON (a first line that is a whole JSON object, followed by more).
   * For NDJSON the head must hold the whole first line and the start of the second. It only looks,
   * like {@link #detectType}.
   *
   * @since 0.1
   */
  public static boolean isBatch(byte[] head, int length, Format format) {
    Objects.requireNonNull(head, "head");
    return TypeProbe.isBatch(
        head,
        length,
        Objects.requireNonNull(format) == Format.XML,
        CaseFileBatchWriter.XML_BATCH_ELEMENT);
  }

  /**
   * A reader of any document or a case file: each payload is read as the type {@link
   * #detectType(byte[], Format)} finds in it.
   */
  public BbicReader<Object> reader(Format format) {
    return new BbicReader<>(
        Objects.requireNonNull(format, "format"), Object.class, readerSettings());
  }

  /**
   * A reader of untrusted payloads of {@code format} into {@code type}: {@link CaseFile} or one of
   * the document classes.
   *
   * @throws IllegalArgumentException when {@code type} is neither
   */
  public <T> BbicReader<T> reader(Format format, Class<T> type) {
    requireRoot(Objects.requireNonNull(type, "type"));
    return new BbicReader<>(Objects.requireNonNull(format, "format"), type, readerSettings());
  }

  /** Refuses a type that is not a root of the format: a document class or the case file. */
  static void requireRoot(Class<?> type) {
    if (!BbicModel.get().isRoot(type)) {
      throw new IllegalArgumentException(
          "not a BBIC document or case file type: " + type.getName());
    }
  }

  /**
   * A writer of a batch of case files to {@code out} under {@link RecipientPolicy#DEFAULT}: NDJSON
   * for JSON, one {@code caseFileBatch} element for XML. Close it to finish the batch; {@code out}
   * is not closed.
   */
  public CaseFileBatchWriter batchWriter(Format format, OutputStream out) {
    return batchWriter(format, out, RecipientPolicy.DEFAULT);
  }

  /** A writer of a batch of case files to {@code out} for the recipient {@code policy}. */
  public CaseFileBatchWriter batchWriter(Format format, OutputStream out, RecipientPolicy policy) {
    return new CaseFileBatchWriter(
        Objects.requireNonNull(format, "format"),
        Objects.requireNonNull(out, "out"),
        json,
        xml,
        Objects.requireNonNull(policy, "policy"));
  }

  /**
   * A reader of a batch of case files from {@code in}, one result per case file, with memory that
   * does not grow with the batch. Each record is checked against the limits on its own.
   */
  public CaseFileBatchReader batchReader(Format format, InputStream in) {
    return new CaseFileBatchReader(
        Objects.requireNonNull(format, "format"),
        Objects.requireNonNull(in, "in"),
        strictness,
        readerSettings());
  }

  /** What every reader starts with: Swedish messages, the DRAFT stages, the clock's "as of". */
  private BbicReader.Settings readerSettings() {
    return new BbicReader.Settings(
        limits,
        json,
        xml,
        validator,
        clock,
        BbicReader.DEFAULT_LOCALE,
        ValidationLevel.DRAFT,
        null);
  }

  @Override
  public String toString() {
    return "BbicExport[" + limits + ", " + strictness + "]";
  }

  /** Builds a {@link BbicExport}; not thread-safe. */
  public static final class Builder {
    private ReadLimits limits = ReadLimits.defaults();
    private Strictness strictness = Strictness.STRICT;
    private BbicValidator validator;
    private Clock clock = Clock.system(ZoneId.of("Europe/Stockholm"));

    private Builder() {}

    /**
     * The validator of the constraint and rule stages; a default {@link BbicValidator} unless set
     * (set one to suppress or re-grade findings). Its suppress and severity settings apply to the
     * findings a read makes itself (syntax and schema codes) as to its own, except a FATAL one: a
     * payload that could not be read always says why.
     */
    public Builder validator(BbicValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * The clock that gives a case file's "as of" date when a reader is not given one (open
     * deadlines are judged on it); the system clock in Europe/Stockholm unless set.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The limits every read checks; {@link ReadLimits#defaults()} unless set. */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** Strict (the default) or lenient treatment of unknown and repeated fields. */
    public Builder strictness(Strictness strictness) {
      this.strictness = Objects.requireNonNull(strictness, "strictness");
      return this;
    }

    /** The context; the XML binding and the XSD are set up on first XML use, once. */
    public BbicExport build() {
      return new BbicExport(this);
    }
  }
}
