package org.openbbic.export.internal;

import javax.xml.stream.XMLStreamException;

/**
 * Raised inside the XML reader when a payload breaks a limit or holds a refused construct; carries
 * the finding's code and position, never payload text. Immutable.
 */
public final class XmlLimitException extends XMLStreamException {

  private static final long serialVersionUID = 1L;

  private final transient String code;
  private final transient Object[] args;
  private final int line;
  private final int column;

  /** A refusal with a code, position and message arguments. */
  public XmlLimitException(String code, int line, int column, Object... args) {
    super(code);
    this.code = code;
    this.line = line;
    this.column = column;
    this.args = args;
  }

  /** The finding code. */
  public String code() {
    return code;
  }

  /** The message arguments (name/value pairs). */
  public Object[] args() {
    return args.clone();
  }

  /** The 1-based line. */
  public int line() {
    return line;
  }

  /** The 1-based column. */
  public int column() {
    return column;
  }
}
