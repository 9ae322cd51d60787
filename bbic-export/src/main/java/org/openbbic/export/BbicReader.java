package org.openbbic.export;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.openbbic.export.internal.AfterBind;
import org.openbbic.export.internal.IdentityNormalizer;
import org.openbbic.export.internal.JsonCodec;
import org.openbbic.export.internal.Positions;
import org.openbbic.export.internal.ReadFindings;
import org.openbbic.export.internal.TypeProbe;
import org.openbbic.export.internal.XmlCodec;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.DocumentKind;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.BbicValidator;
import org.openbbic.validation.FindingSource;
import org.openbbic.validation.Severity;
import org.openbbic.validation.ValidationReport;
import org.openbbic.validation.internal.FindingSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads untrusted payloads of one format into one type, through one pipeline: size, encoding and
 * syntax with the limits, then the schema (binding; for XML, a document the binding cannot show
 * clean is validated against the published XSD, so every XML document it accepts is valid for it).
 * It never throws for bad content: every problem is a finding with a stable code, a JSON Pointer
 * and the line and column in the payload, and the messages never quote the payload.
 *
 * <p>After binding, a valid personnummer or samordningsnummer written the way people write it
 * ({@code YYMMDD-NNNC}, {@code YYMMDD+NNNC}, {@code YYMMDDNNNC}, {@code YYYYMMDD-NNNC}) is held in
 * its 12-digit form, its century read against its document's date (the header's {@code createdAt}
 * in Sweden, else today by the context's clock; see {@link
 * org.openbbic.model.PersonId#normalized(LocalDate)}), before the constraints and rules see it;
 * {@link org.openbbic.model.PersonId#received()} keeps the writing, which no writer puts back. A
 * payload written with 12 digits is bound as it is.
 *
 * <p>Immutable and thread-safe; cheap to make ({@link BbicExport#reader(Format, Class)}) and to
 * vary ({@link #withLocale(Locale)}).
 *
 * @param <T> the document type or the case file
 * @since 0.1
 */
public final class BbicReader<T> {

  /** The locale of messages unless one is given: Swedish. */
  static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("sv-SE");

  private static final Logger LOG = LoggerFactory.getLogger(BbicReader.class);

  /** What a reader carries besides its format and type. */
  record Settings(
      ReadLimits limits,
      JsonCodec json,
      XmlCodec xml,
      BbicValidator validator,
      Clock clock,
      Locale locale,
      ValidationLevel level,
      LocalDate asOf) {}

  private final Format format;
  private final Class<T> type;
  private final Settings settings;

  BbicReader(Format format, Class<T> type, Settings settings) {
    this.format = format;
    this.type = type;
    this.settings = settings;
  }

  /** This reader rendering messages in {@code locale} (English for {@code en}, else Swedish). */
  public BbicReader<T> withLocale(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    Settings s = settings;
    return new BbicReader<>(
        format,
        type,
        new Settings(
            s.limits(), s.json(), s.xml(), s.validator(), s.clock(), locale, s.level(), s.asOf()));
  }

  /**
   * This reader checking the field constraints and rules of {@code level} after the schema ({@link
   * ValidationLevel#DRAFT} unless set); {@code null} stops after the schema.
   */
  public BbicReader<T> withLevel(ValidationLevel level) {
    Settings s = settings;
    return new BbicReader<>(
        format,
        type,
        new Settings(
            s.limits(), s.json(), s.xml(), s.validator(), s.clock(), s.locale(), level, s.asOf()));
  }

  /**
   * This reader judging open deadlines and dates of what was done on {@code asOf} (today by the
   * context's clock unless set), for a case file and a single document alike.
   */
  public BbicReader<T> withAsOf(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Settings s = settings;
    return new BbicReader<>(
        format,
        type,
        new Settings(
            s.limits(), s.json(), s.xml(), s.validator(), s.clock(), s.locale(), s.level(), asOf));
  }

  /** The format read. */
  public Format format() {
    return format;
  }

  /**
   * The type read; {@code Object} for a reader of any document ({@link BbicExport#reader(Format)}).
   */
  public Class<T> type() {
    return type;
  }

  /** The level of the constraint and rule stages, or {@code null} when they are skipped. */
  public ValidationLevel level() {
    return settings.level();
  }

  /** Reads a payload held in memory. */
  public ReadResult<T> read(byte[] payload) {
    Objects.requireNonNull(payload, "payload");
    return readRecord(
        format, typeOf(payload, payload.length), payload, payload.length, 0, settings);
  }

  /**
   * Reads a payload from {@code in}, at most {@link ReadLimits#maxDocumentBytes()} of it; a longer
   * one is refused without reading the rest. The stream is not closed.
   */
  public ReadResult<T> read(InputStream in) {
    Objects.requireNonNull(in, "in");
    long max = settings.limits().maxDocumentBytes();
    byte[] buffer = new byte[(int) Math.min(max + 1, 64 * 1024)];
    int length = 0;
    try {
      while (true) {
        if (length == buffer.length) {
          if (length > max) {
            break;
          }
          buffer = Arrays.copyOf(buffer, (int) Math.min(max + 1, (long) buffer.length * 2));
        }
        int n = in.read(buffer, length, buffer.length - length);
        if (n < 0) {
          break;
        }
        length += n;
      }
    } catch (IOException e) {
      FindingSink sink = ReadFindings.sink(settings.validator(), settings.locale(), 0);
      sink.add(ExportCodes.READ_FAILED, Severity.FATAL, FindingSource.SYNTAX, "", 0, 0);
      return ReadResult.of(null, sink.report());
    }
    return readRecord(format, typeOf(buffer, length), buffer, length, 0, settings);
  }

  /** The type to read: this reader's, or for a reader of any type the one the payload holds. */
  @SuppressWarnings("unchecked")
  private Class<T> typeOf(byte[] payload, int length) {
    return type == Object.class
        ? (Class<T>) TypeProbe.rootType(payload, length, format == Format.XML)
        : type;
  }

  /** A document's form type must be the one of the type read. */
  static boolean checkFormType(Object value, Class<?> type, FindingSink sink) {
    DocumentKind<?> kind = BbicModel.get().findKind(type).orElse(null);
    if (kind != null && value != null) {
      FormType expected = kind.formType();
      FormType actual = kind.type().cast(value).formType();
      if (actual != null && actual != expected) {
        sink.add(
            ExportCodes.WRONG_ROOT,
            Severity.ERROR,
            FindingSource.SCHEMA,
            "/header/formType",
            0,
            0,
            "expected",
            expected.code());
        return false;
      }
    }
    return true;
  }

  /**
   * The stages after binding: the form type ({@code null} drops a document of another type), the
   * identity numbers in their canonical form ({@link #normalizeIdentities}), then the constraints
   * and rules. Returns the object to keep.
   */
  static Object afterBind(Object value, Class<?> type, Settings settings, FindingSink sink) {
    if (!checkFormType(value, type, sink)) {
      return null;
    }
    Object normalized = normalizeIdentities(value, settings);
    validate(normalized, settings, sink);
    return normalized;
  }

  /**
   * A personnummer or samordningsnummer written with 10 digits ({@code YYMMDD-NNNC}, {@code
   * YYMMDD+NNNC}, {@code YYMMDDNNNC}) or as {@code YYYYMMDD-NNNC} is held in its canonical
   * 12-character form, read against its document's date (the header's {@code createdAt} in Sweden,
   * else today by the context's clock); {@link org.openbbic.model.PersonId#received()} keeps the
   * writing. A payload written with 12 digits comes back as the very object bound.
   */
  static Object normalizeIdentities(Object value, Settings settings) {
    LocalDate today = LocalDate.ofInstant(settings.clock().instant(), IdentityNormalizer.SWEDEN);
    try {
      return IdentityNormalizer.normalize(value, today);
    } catch (RuntimeException e) {
      // A bound object the builders cannot take back keeps its writing; validation reports it.
      LOG.debug("identity numbers not normalised: {}", e.getClass().getName());
      return value;
    }
  }

  /**
   * The constraint and rule stages: the validator's findings join the read's (their positions are
   * found from their pointers). The object is kept whatever they say.
   */
  static boolean validate(Object value, Settings settings, FindingSink sink) {
    ValidationLevel level = settings.level();
    if (level == null) {
      return true;
    }
    ValidationReport report;
    LocalDate asOf = settings.asOf() != null ? settings.asOf() : LocalDate.now(settings.clock());
    DocumentKind<?> kind = BbicModel.get().findKind(value.getClass()).orElse(null);
    if (kind == null) {
      report = settings.validator().validateCase((CaseFile) value, level, asOf, settings.locale());
    } else {
      report =
          settings.validator().validate(kind.type().cast(value), level, asOf, settings.locale());
    }
    sink.addReport(report);
    return true;
  }

  /** The whole pipeline over one record; {@code lineBase} is added to every line. */
  static <T> ReadResult<T> readRecord(
      Format format, Class<T> type, byte[] bytes, int length, int lineBase, Settings settings) {
    ReadLimits limits = settings.limits();
    FindingSink sink = ReadFindings.sink(settings.validator(), settings.locale(), lineBase);
    T value = null;
    int invalid;
    if (length > limits.maxDocumentBytes()) {
      sink.add(
          ExportCodes.LIMIT_DOCUMENT_SIZE,
          Severity.FATAL,
          FindingSource.SYNTAX,
          "",
          1,
          1,
          "limit",
          "maxDocumentBytes",
          "max",
          limits.maxDocumentBytes());
    } else if (Positions.isBlank(bytes, length)) {
      sink.add(ExportCodes.EMPTY_INPUT, Severity.FATAL, FindingSource.SYNTAX, "", 1, 1);
    } else if ((invalid = Positions.firstInvalidUtf8(bytes, length)) >= 0) {
      Positions positions = new Positions(bytes, length);
      sink.add(
          ExportCodes.INVALID_ENCODING,
          Severity.FATAL,
          FindingSource.SYNTAX,
          "",
          positions.line(invalid),
          positions.column(invalid));
    } else {
      AfterBind afterBind = (object, findings) -> afterBind(object, type, settings, findings);
      value =
          format == Format.JSON
              ? settings.json().read(bytes, length, type, sink, afterBind)
              : settings.xml().read(bytes, length, type, sink, afterBind);
    }
    ReadResult<T> result = ReadResult.of(value, sink.report());
    if (value == null && LOG.isDebugEnabled()) {
      // Codes and counts only: never a value from the payload.
      LOG.debug(
          "read of {} as {} refused: {} findings, first {}",
          format,
          type.getSimpleName(),
          result.findings().size(),
          result.findings().isEmpty() ? "none" : result.findings().get(0).code());
    }
    return result;
  }
}
