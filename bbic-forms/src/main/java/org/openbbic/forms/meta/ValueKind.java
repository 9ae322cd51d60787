package org.openbbic.forms.meta;

/**
 * What a field's value (a list's item) holds on the wire.
 *
 * @since 0.1
 */
public enum ValueKind {
  /** Free text. */
  TEXT,
  /** Yes or no ({@code true}, {@code false}). */
  BOOLEAN,
  /** A whole number. */
  INTEGER,
  /** A date, {@code yyyy-mm-dd}. */
  DATE,
  /** A date and time with offset. */
  DATE_TIME,
  /** A UUID: a document id or a reference to one. */
  UUID,
  /** A code from an enumeration or a code list. */
  CODE,
  /** A nested object with fields of its own ({@link FieldDefinition#definition()}). */
  OBJECT;

  /** Whether a value of this kind is a date or a date-time. */
  public boolean temporal() {
    return this == DATE || this == DATE_TIME;
  }
}
