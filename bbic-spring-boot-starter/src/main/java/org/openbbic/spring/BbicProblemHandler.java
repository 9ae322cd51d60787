package org.openbbic.spring;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openbbic.model.law.LegalBasis;
import org.openbbic.validation.Finding;
import org.openbbic.validation.Severity;
import org.openbbic.validation.ValidationReport;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a refused BBIC request body ({@link BbicPayloadException}) with an RFC 9457 problem,
 * {@code application/problem+json}:
 *
 * <pre>{@code
 * {"type":"urn:openbbic:problem:invalid-document","title":"Ogiltigt BBIC-dokument","status":422,
 *  "detail":"1 fel.","findings":[{"code":"BBIC-FLD-001","severity":"ERROR","source":"CONSTRAINT",
 *  "pointer":"/caseId","line":1,"column":2,"message":"Obligatoriskt fält saknas: caseId.",
 *  "legalBasis":null}]}
 * }</pre>
 *
 * <p>Status 400 ({@value #UNREADABLE}) when the body could not be read as an object, 422 ({@value
 * #INVALID}) when it was read but has an ERROR finding. Each finding gives its code, severity,
 * source, pointer, line and column in the body, rendered message and the law it rests on, in the
 * shape of {@code bbic validate --format json}; never a value of the body, nor a document id.
 *
 * <p>Ordered ahead of the application's own advice so that a catch-all handler does not turn the
 * findings into a bare 400; declare a bean of this type to replace it. Thread-safe.
 *
 * @since 0.1
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BbicProblemHandler {

  /** The problem type of a body that could not be read as a BBIC document (status 400). */
  public static final String UNREADABLE = "urn:openbbic:problem:unreadable-document";

  /** The problem type of a body read but failing its constraints or rules (status 422). */
  public static final String INVALID = "urn:openbbic:problem:invalid-document";

  private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

  /** The problem response of a refused body. */
  @ExceptionHandler(BbicPayloadException.class)
  public ResponseEntity<ProblemDetail> handle(BbicPayloadException refused) {
    ProblemDetail problem = toProblem(refused.report(), refused.readable(), refused.locale());
    return ResponseEntity.status(problem.getStatus()).contentType(PROBLEM_JSON).body(problem);
  }

  /**
   * The problem of a report: 422 {@link #INVALID} when {@code readable} and no finding is FATAL,
   * else 400 {@link #UNREADABLE}; titles and detail in {@code locale} (Swedish unless English).
   */
  public static ProblemDetail toProblem(ValidationReport report, boolean readable, Locale locale) {
    boolean english = "en".equals(locale.getLanguage());
    boolean fatal = !report.bySeverity(Severity.FATAL).isEmpty();
    boolean invalid = readable && !fatal;
    HttpStatus status = invalid ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.BAD_REQUEST;
    long errors = report.findings().stream().filter(BbicProblemHandler::blocks).count();
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setType(URI.create(invalid ? INVALID : UNREADABLE));
    problem.setTitle(
        invalid
            ? (english ? "Invalid BBIC document" : "Ogiltigt BBIC-dokument")
            : (english ? "Unreadable BBIC document" : "BBIC-dokumentet kunde inte läsas"));
    problem.setDetail(
        english
            ? errors + (errors == 1 ? " error" : " errors") + " (FATAL or ERROR)."
            : errors + " fel (FATAL eller ERROR).");
    List<Map<String, Object>> findings = new ArrayList<>();
    for (Finding f : report.findings()) {
      findings.add(finding(f, locale));
    }
    problem.setProperty("findings", findings);
    if (report.suppressedCount() > 0) {
      problem.setProperty("suppressed", report.suppressedCount());
    }
    return problem;
  }

  private static boolean blocks(Finding f) {
    return f.severity() == Severity.FATAL || f.severity() == Severity.ERROR;
  }

  /** One finding as {@code bbic validate --format json} writes it. */
  static Map<String, Object> finding(Finding f, Locale locale) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", f.code());
    m.put("severity", f.severity().name());
    m.put("source", f.source().name());
    m.put("pointer", f.pointer());
    m.put("line", f.line().orElse(null));
    m.put("column", f.column().orElse(null));
    m.put("message", f.message());
    List<LegalBasis> bases = f.legalBases();
    m.put("legalBasis", bases.isEmpty() ? null : legalBasis(bases.get(0), locale));
    if (bases.size() > 1) {
      m.put(
          "otherLegalBases",
          bases.subList(1, bases.size()).stream().map(b -> legalBasis(b, locale)).toList());
    }
    return m;
  }

  /** One provision in the shape the README documents for the command-line tool. */
  static Map<String, Object> legalBasis(LegalBasis b, Locale locale) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("statute", b.statute().designation());
    m.put("chapter", b.chapter() == null ? null : b.chapter().toString());
    m.put("section", b.section());
    m.put("paragraph", b.paragraph() == null ? null : b.paragraph().toString());
    m.put("confirmed", b.confirmed());
    m.put("citation", b.cite(locale));
    m.put("validFrom", b.validFrom() == null ? null : b.validFrom().toString());
    m.put("validTo", b.validTo() == null ? null : b.validTo().toString());
    m.put("scope", b.scope().orElse(null));
    m.put("limit", b.limit().map(Object::toString).orElse(null));
    m.put("confidence", b.confidence().name());
    m.put("source", b.source());
    return m;
  }
}
