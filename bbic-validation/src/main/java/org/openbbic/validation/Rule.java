package org.openbbic.validation;

import java.util.Optional;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.meta.DocumentKind;
import org.openbbic.model.level.ValidationLevel;

/**
 * A single-document or case-chain rule: one stable {@link #code()}, a {@link #defaultSeverity()},
 * the lowest {@link #minimumLevel() level} it runs at and, where it cites the law, a {@link
 * #legalTopic() topic} of {@link org.openbbic.model.law.LegalProvisions} (the validator attaches
 * the provision in force on each finding's event date).
 *
 * <p>A rule reports through its {@link RuleContext}; its text is the message with key {@link
 * #code()} in the bundle of {@link #messages()}. Rules are found through {@link
 * java.util.ServiceLoader} ({@code provides org.openbbic.validation.Rule with ...}) and the
 * built-in list {@link Rules#builtIn()}.
 *
 * <p>A rule that checks one kind of document extends {@link DocumentRule}: the validator then calls
 * it only for documents of that kind ({@link #appliesTo}).
 *
 * <p>Implementations must be stateless and thread-safe: one instance serves every thread.
 *
 * @since 0.1
 */
public interface Rule {

  /** The stable code, such as {@code BBIC-DOC-002}; unique across every rule. */
  String code();

  /** The severity of this rule's findings unless the caller re-grades them. */
  Severity defaultSeverity();

  /**
   * The severities other than {@link #defaultSeverity()} that this rule's findings may have by
   * circumstance (reported through {@link RuleContext#report(String, BbicDocument,
   * java.time.LocalDate, String, Severity, java.util.Map)}), for the catalogue; empty by default. A
   * rule citing a provision whose fact was found in no source has WARNING among them.
   */
  default java.util.Set<Severity> gradedSeverities() {
    return java.util.Set.of();
  }

  /** The lowest validation level at which this rule runs ({@code DRAFT}: every level). */
  default ValidationLevel minimumLevel() {
    return ValidationLevel.DRAFT;
  }

  /** The topic of {@code LegalProvisions} this rule cites, if it cites the law. */
  default Optional<String> legalTopic() {
    return Optional.empty();
  }

  /**
   * The texts of this rule's code (Swedish and English). The library's rules use {@link Messages}.
   */
  default MessageBundle messages() {
    return Messages.bundle();
  }

  /**
   * Whether {@link #checkDocument} checks documents of {@code kind}. The validator asks once per
   * kind when it is built and calls {@code checkDocument} only with documents of the kinds that
   * answered {@code true}. Every kind by default; {@link DocumentRule} answers for its type.
   */
  default boolean appliesTo(DocumentKind<?> kind) {
    return true;
  }

  /**
   * Checks one document. Pointers are relative to the document; in a case file the validator
   * prefixes them with the document's place. Does nothing by default.
   */
  default void checkDocument(BbicDocument document, RuleContext context) {}

  /**
   * Checks a whole case file. Pointers are relative to the case file (see {@link
   * RuleContext#pointerOf(BbicDocument)}). Does nothing by default.
   */
  default void checkCase(CaseFile caseFile, RuleContext context) {}
}
