package org.openbbic.model.code;

/**
 * A code that its code list does not hold. The message names the code list, never the rejected text
 * (it may come from an untrusted payload).
 *
 * @since 0.1
 */
public final class UnknownCodeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String codeList;

  /** For the code list {@code codeList} (a type name such as {@code NeedArea}). */
  public UnknownCodeException(String codeList) {
    super("Unknown code in code list " + codeList);
    this.codeList = codeList;
  }

  /** The code list that did not hold the code. */
  public String codeList() {
    return codeList;
  }
}
