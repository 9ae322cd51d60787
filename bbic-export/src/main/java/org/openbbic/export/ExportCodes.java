package org.openbbic.export;

/**
 * The stable finding codes of the export module. {@code BBIC-SYN-nnn} are syntax and limit findings
 * (the payload cannot be parsed or is refused), {@code BBIC-SCH-nnn} are schema findings (it parses
 * but does not fit the format). Codes are never reused for another meaning. Findings of the
 * constraint and rule stages carry the validation module's codes.
 *
 * <p>Messages name the field and the limit, never a value from the payload. Constants only;
 * thread-safe.
 *
 * @since 0.1
 */
public final class ExportCodes {

  /** The payload is empty or only white space. FATAL. */
  public static final String EMPTY_INPUT = "BBIC-SYN-001";

  /** The payload is not well-formed JSON or XML. FATAL. */
  public static final String MALFORMED = "BBIC-SYN-002";

  /** The payload ends before its structure is closed. FATAL. */
  public static final String TRUNCATED = "BBIC-SYN-003";

  /** The payload is not valid UTF-8. FATAL. */
  public static final String INVALID_ENCODING = "BBIC-SYN-004";

  /** A field occurs twice in one object or element. ERROR when strict, WARNING when lenient. */
  public static final String DUPLICATE_FIELD = "BBIC-SYN-005";

  /** An XML document type declaration (DTD), entity or entity reference is refused. FATAL. */
  public static final String DTD_REFUSED = "BBIC-SYN-006";

  /** Content follows the end of the document. FATAL. */
  public static final String TRAILING_CONTENT = "BBIC-SYN-007";

  /** The payload could not be read from its stream. FATAL. */
  public static final String READ_FAILED = "BBIC-SYN-008";

  /** The payload is larger than {@link ReadLimits#maxDocumentBytes()}. FATAL. */
  public static final String LIMIT_DOCUMENT_SIZE = "BBIC-SYN-010";

  /** The payload nests deeper than {@link ReadLimits#maxDepth()}. FATAL. */
  public static final String LIMIT_DEPTH = "BBIC-SYN-011";

  /** A string or text is longer than {@link ReadLimits#maxStringLength()}. FATAL. */
  public static final String LIMIT_STRING_LENGTH = "BBIC-SYN-012";

  /** A number is longer than {@link ReadLimits#maxNumberLength()}. FATAL. */
  public static final String LIMIT_NUMBER_LENGTH = "BBIC-SYN-013";

  /** A field name is longer than {@link ReadLimits#maxNameLength()}. FATAL. */
  public static final String LIMIT_NAME_LENGTH = "BBIC-SYN-014";

  /** A field the format does not have. ERROR when strict, WARNING when lenient. */
  public static final String UNKNOWN_FIELD = "BBIC-SCH-001";

  /** A value of the wrong type (text for a yes/no, an object for a text, ...). ERROR. */
  public static final String WRONG_TYPE = "BBIC-SCH-002";

  /** A date or date-time that is not a valid ISO-8601 value. ERROR. */
  public static final String INVALID_DATE = "BBIC-SCH-003";

  /** A code that is not in its code list. ERROR. */
  public static final String UNKNOWN_CODE = "BBIC-SCH-004";

  /** The root is not the expected document (XML element, JSON object or form type). FATAL. */
  public static final String WRONG_ROOT = "BBIC-SCH-005";

  /** An XML element out of the format's order. ERROR when strict, WARNING when lenient. */
  public static final String OUT_OF_ORDER = "BBIC-SCH-006";

  /** A list holds an empty ({@code null}) entry. ERROR. */
  public static final String NULL_IN_LIST = "BBIC-SCH-007";

  /** Any other violation of the schema. ERROR. */
  public static final String SCHEMA_VIOLATION = "BBIC-SCH-008";

  private ExportCodes() {}
}
