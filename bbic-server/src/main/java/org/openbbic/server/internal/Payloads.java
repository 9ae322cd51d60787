package org.openbbic.server.internal;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.openbbic.export.BbicExport;
import org.openbbic.export.CaseFileBatchReader;
import org.openbbic.export.Format;
import org.openbbic.export.PayloadKind;
import org.openbbic.export.ReadResult;
import org.openbbic.export.ReportJson;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.Severity;

/**
 * A request body read as the command line reads a file: its kind (JSON or XML document, NDJSON or
 * XML batch) told by its content with {@link Format#detect}, a single payload with {@code
 * BbicExport.reader}, a batch one case file at a time with {@code BbicExport.batchReader}. The
 * readers' hardening limits apply to every body.
 */
final class Payloads {

  /** The name a body has in the validation objects, as standard input has in the CLI's. */
  static final String NAME = "-";

  /** One document as read. */
  record Item(int index, boolean batch, Class<?> type, ReadResult<?> result) {

    /** The case file read, when the payload is one and could be read. */
    Optional<CaseFile> caseFile() {
      return result.caseFile();
    }

    /** The document read, when the payload is one and could be read. */
    Optional<BbicDocument> document() {
      return result.document();
    }

    /** The object {@code bbic validate --format json} prints for it. */
    String validationJson(Locale locale) {
      return ReportJson.validation(NAME, index, type, result, locale);
    }

    /** Whether the document could not be read at all (a FATAL finding). */
    boolean unreadable() {
      return result.value().isEmpty()
          || result.findings().stream().anyMatch(f -> f.severity() == Severity.FATAL);
    }
  }

  private Payloads() {}

  /** The documents of {@code body}, read lazily; the caller closes the reading. */
  static Reading open(
      BbicExport export, byte[] body, ValidationLevel level, LocalDate asOf, Locale locale) {
    int head = Math.min(body.length, Format.DETECT_HEAD_BYTES);
    PayloadKind kind = Format.detect(body, head);
    Format format = kind.format().orElse(Format.JSON); // the JSON reader says where it fails
    if (kind.batch()) {
      CaseFileBatchReader batch =
          export
              .batchReader(format, new ByteArrayInputStream(body))
              .withLevel(level)
              .withAsOf(asOf)
              .withLocale(locale);
      return new Reading(true, format, batch, null);
    }
    Class<?> type = BbicExport.detectType(body, format);
    ReadResult<?> result =
        export.reader(format, type).withLevel(level).withAsOf(asOf).withLocale(locale).read(body);
    return new Reading(false, format, null, new Item(0, false, type, result));
  }

  /** All documents of {@code body}. */
  static List<Item> readAll(
      BbicExport export, byte[] body, ValidationLevel level, LocalDate asOf, Locale locale) {
    List<Item> items = new ArrayList<>();
    try (Reading reading = open(export, body, level, asOf, locale)) {
      reading.forEachRemaining(items::add);
    }
    return items;
  }

  /** The documents of one body, one at a time. Not thread-safe. */
  static final class Reading implements Iterator<Item>, AutoCloseable {
    private final boolean batch;
    private final Format format;
    private final CaseFileBatchReader reader;
    private Item single;
    private int index;

    private Reading(boolean batch, Format format, CaseFileBatchReader reader, Item single) {
      this.batch = batch;
      this.format = format;
      this.reader = reader;
      this.single = single;
    }

    boolean batch() {
      return batch;
    }

    Format format() {
      return format;
    }

    @Override
    public boolean hasNext() {
      return batch ? reader.hasNext() : single != null;
    }

    @Override
    public Item next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      if (batch) {
        return new Item(index++, true, CaseFile.class, reader.next());
      }
      Item item = single;
      single = null;
      return item;
    }

    @Override
    public void close() {
      if (reader != null) {
        reader.close();
      }
    }
  }
}
