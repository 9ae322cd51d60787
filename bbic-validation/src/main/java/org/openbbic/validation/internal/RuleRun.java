package org.openbbic.validation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.model.law.Confidence;
import org.openbbic.model.law.LegalBasis;
import org.openbbic.model.law.LegalProvisions;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.Finding;
import org.openbbic.validation.FindingSource;
import org.openbbic.validation.Rule;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/** The context of one rule in one validation call. Not thread-safe; never shared. */
public final class RuleRun implements RuleContext {

  private final Rule rule;
  private final FindingSink sink;
  private final ValidationLevel level;
  private final LocalDate asOf;
  private final Locale locale;
  private final CaseIndex index; // null for a single document
  private final CaseFile caseFile; // null for a single document
  private final String prefix;
  private final BbicDocument document; // the document a document rule checks

  public RuleRun(
      Rule rule,
      FindingSink sink,
      ValidationLevel level,
      LocalDate asOf,
      Locale locale,
      CaseFile caseFile,
      CaseIndex index,
      String prefix,
      BbicDocument document) {
    this.rule = rule;
    this.sink = sink;
    this.level = level;
    this.asOf = asOf;
    this.locale = locale;
    this.caseFile = caseFile;
    this.index = index;
    this.prefix = prefix == null ? "" : prefix;
    this.document = document;
  }

  /** The case file's index, shared by every rule of one validation call; null for a document. */
  public CaseIndex index() {
    return index;
  }

  /** The locale the messages of this call are rendered in. */
  public Locale locale() {
    return locale;
  }

  @Override
  public ValidationLevel level() {
    return level;
  }

  @Override
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  @Override
  public Optional<CaseFile> caseFile() {
    return Optional.ofNullable(caseFile);
  }

  @Override
  public String pointerOf(BbicDocument doc) {
    return index == null ? "" : index.pointer(doc);
  }

  @Override
  public void report(
      String pointer, BbicDocument doc, LocalDate eventDate, Map<String, ?> arguments) {
    report(pointer, doc, eventDate, (String) null, arguments);
  }

  /**
   * Reports with the provisions of the rule's topic in force on the event's date (or the as-of day)
   * for {@code scope}. A finding that rests on a fact not found in any source ({@link
   * Confidence#NOT_FOUND}) is never more than a WARNING.
   */
  @Override
  public void report(
      String pointer,
      BbicDocument doc,
      LocalDate eventDate,
      String scope,
      Map<String, ?> arguments) {
    report(pointer, doc, eventDate, scope, rule.defaultSeverity(), arguments);
  }

  @Override
  public void report(
      String pointer,
      BbicDocument doc,
      LocalDate eventDate,
      String scope,
      Severity requested,
      Map<String, ?> arguments) {
    report(pointer, doc, eventDate, scope, requested, arguments, null);
  }

  /**
   * Like {@link #report(String, BbicDocument, LocalDate, Map)}, with the message rendered from
   * {@code textArguments} instead: for a rule that words a code argument in the call's {@link
   * #locale()} (a reason, a count). The finding keeps {@code arguments}; {@code null} renders from
   * them.
   */
  public void reportWorded(
      String pointer,
      BbicDocument doc,
      LocalDate eventDate,
      Map<String, ?> arguments,
      Map<String, ?> textArguments) {
    report(pointer, doc, eventDate, null, null, arguments, textArguments);
  }

  private void report(
      String pointer,
      BbicDocument doc,
      LocalDate eventDate,
      String scope,
      Severity requested,
      Map<String, ?> arguments,
      Map<String, ?> textArguments) {
    if (sink.stopped()) {
      sink.skipped();
      return;
    }
    BbicDocument about = doc != null ? doc : document;
    UUID id = Docs.id(about);
    LocalDate lawDate = eventDate != null ? eventDate : asOf;
    List<LegalBasis> bases = List.of();
    Optional<String> topic = rule.legalTopic();
    if (topic.isPresent() && lawDate != null) {
      bases = LegalProvisions.inForce(topic.get(), scope, lawDate);
    }
    Severity severity = requested == null ? rule.defaultSeverity() : requested;
    if (severity.compareTo(Severity.WARNING) < 0
        && bases.stream().anyMatch(x -> x.confidence() == Confidence.NOT_FOUND)) {
      severity = Severity.WARNING;
    }
    Finding.Builder b =
        rule.messages()
            .finding(rule.code(), severity, FindingSource.RULE, arguments, locale)
            .pointer(prefix + (pointer == null ? "" : pointer))
            .documentId(id)
            .legalBases(bases);
    if (textArguments != null) {
      b.message(rule.messages().render(rule.code(), textArguments, locale));
    }
    sink.add(b.build());
  }

  /** Reports a failure of the rule itself as an ERROR with a system code. */
  public void reportSystem(String code, Map<String, ?> arguments) {
    sink.add(
        org.openbbic.validation.Messages.bundle()
            .finding(
                code, org.openbbic.validation.Severity.ERROR, FindingSource.RULE, arguments, locale)
            .pointer(prefix)
            .documentId(Docs.id(document))
            .build());
  }

  @Override
  public boolean stopped() {
    return sink.stopped();
  }
}
