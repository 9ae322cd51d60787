package org.openbbic.print;

/**
 * Rendering a printout failed: the PDF engine rejected the page or the output could not be written.
 *
 * <p>The message names only the {@link Reason}; it never holds document text or personal data. The
 * cause, when there is one, is kept for debugging but its message may hold such text: never log it.
 * Immutable once thrown; safe to pass between threads.
 *
 * @since 0.1
 */
public final class PrintException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why rendering failed. */
  public enum Reason {
    /** The PDF engine failed to lay out or write the document. */
    PDF_RENDERING,
    /** The bundled font could not be read. */
    FONT_MISSING,
    /** Writing to the caller's output failed. */
    OUTPUT
  }

  private final Reason reason;

  /** A failure for {@code reason}, with the underlying cause. */
  public PrintException(Reason reason, Throwable cause) {
    super("print failed: " + reason, cause);
    this.reason = reason;
  }

  /** Why rendering failed. */
  public Reason reason() {
    return reason;
  }
}
