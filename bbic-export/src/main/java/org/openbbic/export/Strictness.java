package org.openbbic.export;

/**
 * How a reader treats content that does not belong to the format but loses nothing it knows.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Strictness {
  /**
   * The default: an unknown field, a repeated field or (in XML) a field out of order is an error,
   * and the read yields no object.
   */
  STRICT,
  /**
   * An unknown field, a repeated field (the last one wins) or a field out of order is a warning;
   * the object is still read. Never silent: every such case is a finding.
   */
  LENIENT
}
