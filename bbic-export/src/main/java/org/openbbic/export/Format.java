package org.openbbic.export;

/**
 * A wire format of openbbic documents.
 *
 * <p>Both formats carry the same names: a field's name is its JSON property and its XML element.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Format {
  /** JSON (RFC 8259), UTF-8; batches as NDJSON, one case file per line. */
  JSON,
  /**
   * XML 1.0, UTF-8, namespace {@link org.openbbic.model.WireFormat#NAMESPACE}; batches as one
   * {@code caseFileBatch} element holding one {@code caseFile} element per case file.
   */
  XML
}
