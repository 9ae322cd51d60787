package org.openbbic.validation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.model.level.ValidationLevel;

/**
 * What a {@link Rule} sees while it checks: the level, the date the check is made for, and where to
 * report. One context serves one rule in one validation call; it is not shared between threads.
 *
 * @since 0.1
 */
public interface RuleContext {

  /** The level being validated. */
  ValidationLevel level();

  /**
   * The date deadlines are judged on: given for a case file, empty for a single document (then only
   * deadlines already met late can be found).
   */
  Optional<LocalDate> asOf();

  /**
   * The case file being checked, so that a document rule can look at the rest of the chain; empty
   * when a single document is checked.
   */
  Optional<CaseFile> caseFile();

  /**
   * The pointer of a document in the case file being checked ({@code /investigations/0}), or {@code
   * ""} when a single document is checked.
   */
  String pointerOf(BbicDocument document);

  /**
   * Reports a finding of the rule's code and severity.
   *
   * @param pointer where, as an RFC 6901 pointer (see {@link Rule#checkDocument} and {@link
   *     Rule#checkCase})
   * @param document the document it concerns, or {@code null}
   * @param eventDate the date of the event the law is applied to (picks the provision in force), or
   *     {@code null}
   * @param arguments named message arguments; never personal data
   */
  void report(String pointer, BbicDocument document, LocalDate eventDate, Map<String, ?> arguments);

  /**
   * Reports a finding like {@link #report(String, BbicDocument, LocalDate, Map)}, citing the
   * provisions of the rule's topic for one case: {@code scope} picks the rows of a topic that
   * differs by care basis or follow-up basis (see {@link
   * org.openbbic.model.law.LegalProvisions#inForce}). The default ignores the scope.
   */
  default void report(
      String pointer,
      BbicDocument document,
      LocalDate eventDate,
      String scope,
      Map<String, ?> arguments) {
    report(pointer, document, eventDate, arguments);
  }

  /**
   * Reports a finding like {@link #report(String, BbicDocument, LocalDate, String, Map)} with
   * another severity than the rule's default, for a rule whose weight depends on the level or on
   * time (a date after the as-of day is an ERROR only at {@code SIGNED}; a missing vårdplan becomes
   * an ERROR some days after the placement decision). The catalogue documents such rules. The
   * default ignores the severity.
   */
  default void report(
      String pointer,
      BbicDocument document,
      LocalDate eventDate,
      String scope,
      Severity severity,
      Map<String, ?> arguments) {
    report(pointer, document, eventDate, scope, arguments);
  }

  /** Whether the validation has stopped (fail-fast or the maximum reached); a rule may return. */
  boolean stopped();

  /** The id of a document, or {@code null}; a convenience for rules. */
  static UUID idOf(BbicDocument document) {
    return document == null || document.header() == null ? null : document.header().documentId();
  }
}
