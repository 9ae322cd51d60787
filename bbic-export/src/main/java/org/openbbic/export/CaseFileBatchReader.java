package org.openbbic.export;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openbbic.export.internal.ReadErrors;
import org.openbbic.export.internal.ReadFindings;
import org.openbbic.export.internal.XmlCodec;
import org.openbbic.export.internal.XmlTracker;
import org.openbbic.forms.CaseFile;
import org.openbbic.model.WireFormat;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.FindingSource;
import org.openbbic.validation.Severity;
import org.openbbic.validation.internal.FindingSink;

/**
 * Reads a batch of case files one at a time (NDJSON, or the XML {@code caseFileBatch} written by
 * {@link CaseFileBatchWriter}), through the same pipeline as a single read, with memory that does
 * not grow with the batch: only the current record is held. Each record is one {@link ReadResult};
 * a bad record does not stop an NDJSON batch, while broken XML ends an XML batch with a FATAL
 * result. Lines and columns are those of the whole batch.
 *
 * <p>{@link #nextPending()} splits taking a record from the stream from reading it: an NDJSON line
 * is taken (framed) here and read by {@link Pending#read()} on any thread, so that a caller may
 * read several records at once; {@link #next()} is {@code nextPending().read()}.
 *
 * <p>Not thread-safe: one reader per batch. {@link #close()} closes the underlying stream.
 *
 * @since 0.1
 */
public final class CaseFileBatchReader implements Iterator<ReadResult<CaseFile>>, AutoCloseable {

  private final Format format;
  private final InputStream in;
  private final ReadLimits limits;
  private final Strictness strictness;
  private final ReadErrors errors;
  private final XmlCodec xml;
  private final Locale locale;
  private final BbicReader.Settings settings;

  private Pending next;
  private boolean done;

  // NDJSON state
  private final byte[] chunk = new byte[64 * 1024];
  private int chunkPos;
  private int chunkEnd;
  private byte[] line = new byte[8 * 1024];
  private int lineNumber;

  // XML state
  private XMLStreamReader raw;
  private XmlTracker tracker;
  private Unmarshaller unmarshaller;
  private final FindingSink[] sinkHolder = new FindingSink[1];
  private boolean sawRecordOrRoot;
  private boolean atRecord;

  CaseFileBatchReader(
      Format format, InputStream in, Strictness strictness, BbicReader.Settings settings) {
    this.format = format;
    this.in = in;
    this.limits = settings.limits();
    this.strictness = strictness;
    this.errors = ReadErrors.of(strictness);
    this.xml = settings.xml();
    this.locale = settings.locale();
    this.settings = settings;
  }

  /**
   * This reader rendering messages in {@code locale}; call before the first record.
   *
   * @throws IllegalStateException after the first record
   */
  public CaseFileBatchReader withLocale(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    BbicReader.Settings s = settings;
    return copy(
        new BbicReader.Settings(
            s.limits(), s.json(), s.xml(), s.validator(), s.clock(), locale, s.level(), s.asOf()));
  }

  /**
   * This reader checking each case file at {@code level} ({@link ValidationLevel#DRAFT} unless
   * set); {@code null} stops after the schema. Call before the first record.
   */
  public CaseFileBatchReader withLevel(ValidationLevel level) {
    BbicReader.Settings s = settings;
    return copy(
        new BbicReader.Settings(
            s.limits(), s.json(), s.xml(), s.validator(), s.clock(), s.locale(), level, s.asOf()));
  }

  /** This reader judging open deadlines on {@code asOf}. Call before the first record. */
  public CaseFileBatchReader withAsOf(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    BbicReader.Settings s = settings;
    return copy(
        new BbicReader.Settings(
            s.limits(), s.json(), s.xml(), s.validator(), s.clock(), s.locale(), s.level(), asOf));
  }

  private CaseFileBatchReader copy(BbicReader.Settings s) {
    if (next != null || lineNumber > 0 || tracker != null) {
      throw new IllegalStateException("already reading");
    }
    return new CaseFileBatchReader(format, in, strictness, s);
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = format == Format.JSON ? nextJson() : nextXml();
      if (next == null) {
        done = true;
      }
    }
    return next != null;
  }

  @Override
  public ReadResult<CaseFile> next() {
    return nextPending().read();
  }

  /**
   * The next record, taken from the stream but for NDJSON not yet read: its {@link Pending#read()}
   * runs the pipeline. An XML record is read here (its binding is what finds where it ends).
   *
   * @throws NoSuchElementException when there is none
   * @since 0.1
   */
  public Pending nextPending() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Pending pending = next;
    next = null;
    return pending;
  }

  /**
   * One record of a batch as taken from the stream: the bytes of an NDJSON line and the settings of
   * its reader, or a record already read. It holds its own copy of the bytes.
   *
   * <p>Immutable and thread-safe: {@link #read()} may run on any thread, in any order.
   *
   * @since 0.1
   */
  public static final class Pending {
    private final byte[] bytes;
    private final int lineBase;
    private final BbicReader.Settings settings;
    private final ReadResult<CaseFile> result;

    private Pending(
        byte[] bytes, int lineBase, BbicReader.Settings settings, ReadResult<CaseFile> result) {
      this.bytes = bytes;
      this.lineBase = lineBase;
      this.settings = settings;
      this.result = result;
    }

    private static Pending read(ReadResult<CaseFile> result) {
      return new Pending(null, 0, null, result);
    }

    /**
     * The record through the pipeline (syntax, schema, constraints, rules), lines and columns those
     * of the whole batch. Each call reads the record again.
     */
    public ReadResult<CaseFile> read() {
      return result != null
          ? result
          : BbicReader.readRecord(
              Format.JSON, CaseFile.class, bytes, bytes.length, lineBase, settings);
    }
  }

  /** Closes the underlying stream. */
  @Override
  public void close() {
    done = true;
    if (raw != null) {
      try {
        raw.close();
      } catch (XMLStreamException e) {
        // closing anyway
      }
    }
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the batch failed", e);
    }
  }

  private int readByte() throws IOException {
    if (chunkPos == chunkEnd) {
      chunkEnd = in.read(chunk, 0, chunk.length);
      chunkPos = 0;
      if (chunkEnd <= 0) {
        chunkEnd = 0;
        return -1;
      }
    }
    return chunk[chunkPos++] & 0xFF;
  }

  private Pending nextJson() {
    long max = limits.maxDocumentBytes();
    try {
      while (true) {
        int length = 0;
        boolean tooLong = false;
        int b;
        boolean any = false;
        while ((b = readByte()) >= 0 && b != '\n') {
          any = true;
          if (tooLong) {
            continue;
          }
          if (length >= max) {
            tooLong = true;
            continue;
          }
          if (length == line.length) {
            line = Arrays.copyOf(line, (int) Math.min(max, (long) line.length * 2));
          }
          line[length++] = (byte) b;
        }
        if (b < 0 && !any) {
          return null;
        }
        lineNumber++;
        if (tooLong) {
          FindingSink sink = ReadFindings.sink(settings.validator(), locale, lineNumber - 1);
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
              max);
          return Pending.read(ReadResult.of(null, sink.report()));
        }
        if (length > 0 && line[length - 1] == '\r') {
          length--;
        }
        if (org.openbbic.export.internal.Positions.isBlank(line, length)) {
          if (b < 0) {
            return null;
          }
          continue;
        }
        return new Pending(Arrays.copyOf(line, length), lineNumber - 1, settings, null);
      }
    } catch (IOException e) {
      FindingSink sink = ReadFindings.sink(settings.validator(), locale, 0);
      sink.add(ExportCodes.READ_FAILED, Severity.FATAL, FindingSource.SYNTAX, "", 0, 0);
      done = true;
      return Pending.read(ReadResult.of(null, sink.report()));
    }
  }

  private Pending nextXml() {
    ReadResult<CaseFile> result = readXml();
    return result == null ? null : Pending.read(result);
  }

  private ReadResult<CaseFile> readXml() {
    FindingSink sink = ReadFindings.sink(settings.validator(), locale, 0);
    sinkHolder[0] = sink;
    try {
      if (tracker == null) {
        raw = xml.streamReader(in);
        tracker = new XmlTracker(raw, limits, errors, CaseFile.class, "caseFileBatch");
        unmarshaller = xml.unmarshaller(tracker, sinkHolder);
      }
      tracker.sink(sink);
      while (!atRecord) {
        if (!tracker.hasNext()) {
          if (!sawRecordOrRoot) {
            sink.add(ExportCodes.EMPTY_INPUT, Severity.FATAL, FindingSource.SYNTAX, "", 1, 1);
            sawRecordOrRoot = true;
            return ReadResult.of(null, sink.report());
          }
          return null;
        }
        int event = tracker.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          sawRecordOrRoot = true;
          if (tracker.depth() == 2) {
            break;
          }
        }
      }
      atRecord = false;
      if (!WireFormat.NAMESPACE.equals(tracker.getNamespaceURI())
          || !"caseFile".equals(tracker.getLocalName())) {
        sink.add(
            ExportCodes.UNKNOWN_FIELD,
            errors.steppedOver(),
            FindingSource.SCHEMA,
            "",
            tracker.currentLine(),
            tracker.currentColumn());
        int depth = 1;
        while (depth > 0) {
          int event = tracker.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            depth++;
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
          }
        }
        return ReadResult.of(null, sink.report());
      }
      JAXBElement<CaseFile> element = unmarshaller.unmarshal(tracker, CaseFile.class);
      // JAXB leaves the reader on the event after the record, which may start the next one.
      atRecord = tracker.getEventType() == XMLStreamConstants.START_ELEMENT && tracker.depth() == 2;
      CaseFile value = element.getValue();
      if (value != null && sink.hasBlocking()) {
        value = null;
      }
      if (value != null) {
        value = (CaseFile) BbicReader.afterBind(value, CaseFile.class, settings, sink);
      }
      sink.resolvePositions(wanted -> tracker.positions());
      return ReadResult.of(value, sink.report());
    } catch (XMLStreamException | JAXBException e) {
      done = true;
      xmlFailure(e, sink);
      return ReadResult.of(null, sink.report());
    }
  }

  private void xmlFailure(Exception e, FindingSink sink) {
    XmlCodec.failure(e, sink, null, false);
  }
}
