package org.openbbic.export;

/**
 * Writing failed for a reason other than the output stream (an object the format cannot hold). The
 * message never holds a value of the object. Immutable once thrown.
 *
 * @since 0.1
 */
public final class BbicExportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure with a fixed message and its cause. */
  public BbicExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
