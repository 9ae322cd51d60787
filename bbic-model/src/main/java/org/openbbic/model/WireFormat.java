package org.openbbic.model;

/**
 * The identity of openbbic's exchange format: the XML namespace (it carries the major version) and
 * the full format version that every document and case file states in {@code schemaVersion}.
 *
 * @since 0.1
 */
public final class WireFormat {

  /** The XML namespace of format major version 1. */
  public static final String NAMESPACE = "urn:openbbic:bbic:1";

  /** The format version this library writes: {@code major.minor.patch}. */
  public static final String SCHEMA_VERSION = "1.0.0";

  private WireFormat() {}
}
