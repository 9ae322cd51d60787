package org.openbbic.validation;

/**
 * The stage of the pipeline that produced a {@link Finding}: syntax, schema, field constraints or
 * document and case-chain rules.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum FindingSource {
  /** The payload is not well-formed JSON or XML. */
  SYNTAX,
  /** The payload does not match the published XSD or JSON Schema. */
  SCHEMA,
  /** A field constraint (Jakarta Validation) of the typed model is broken. */
  CONSTRAINT,
  /** A single-document or case-chain rule is broken. */
  RULE
}
