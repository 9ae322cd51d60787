package org.openbbic.spring;

import java.util.Locale;
import java.util.Objects;
import org.openbbic.validation.ValidationReport;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * A request body that {@link BbicHttpMessageConverter} refused: it could not be read (a FATAL
 * finding, or a syntax or schema error when strict), or it was read but has an ERROR finding at the
 * configured level. It carries the report; its message names only the number of findings and the
 * first code, never a value of the body.
 *
 * <p>Being an {@link HttpMessageNotReadableException}, it is a 400 even where {@link
 * BbicProblemHandler} is not installed; with it, the answer is an RFC 9457 problem listing the
 * findings.
 *
 * @since 0.1
 */
public class BbicPayloadException extends HttpMessageNotReadableException {

  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;
  private final boolean readable;
  private final Locale locale;

  /**
   * A refusal of a body with {@code report}; {@code readable} when the body was read as an object
   * (so only constraint or rule findings refuse it), {@code locale} the language of the report.
   */
  public BbicPayloadException(
      ValidationReport report, boolean readable, Locale locale, HttpInputMessage input) {
    super(summary(report, readable), input);
    this.report = Objects.requireNonNull(report, "report");
    this.readable = readable;
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  private static String summary(ValidationReport report, boolean readable) {
    return (readable ? "invalid BBIC body: " : "unreadable BBIC body: ")
        + report.findings().size()
        + " findings"
        + (report.findings().isEmpty() ? "" : ", first " + report.findings().get(0).code());
  }

  /** Every finding of the read. */
  public ValidationReport report() {
    return report;
  }

  /** Whether the body was read as an object (and refused for its constraint or rule findings). */
  public boolean readable() {
    return readable;
  }

  /** The language the findings' messages are in. */
  public Locale locale() {
    return locale;
  }
}
