package org.openbbic.export;

import java.util.Optional;

/**
 * What a payload is, as {@link Format#detect(byte[])} tells it from its first bytes: one JSON or
 * XML document, a batch of case files in either format, or neither.
 *
 * @since 0.1
 */
public enum PayloadKind {
  /** One JSON document or case file. */
  JSON(Format.JSON, false),
  /** One XML document or case file. */
  XML(Format.XML, false),
  /** NDJSON: one case file per line ({@link BbicExport#batchReader}). */
  JSON_BATCH(Format.JSON, true),
  /** An XML {@code caseFileBatch} element holding {@code caseFile} elements. */
  XML_BATCH(Format.XML, true),
  /**
   * Neither JSON nor XML: empty, or starting with something else than <code>{</code>, {@code [} or
   * {@code <} after an optional byte order mark and white space. Reading it as JSON gives a syntax
   * finding with its position.
   */
  UNKNOWN(null, false);

  private final Format format;
  private final boolean batch;

  PayloadKind(Format format, boolean batch) {
    this.format = format;
    this.batch = batch;
  }

  /** The wire format, empty for {@link #UNKNOWN}. */
  public Optional<Format> format() {
    return Optional.ofNullable(format);
  }

  /** Whether the payload is a batch of case files, read with {@link BbicExport#batchReader}. */
  public boolean batch() {
    return batch;
  }
}
