package org.openbbic.validation.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.openbbic.model.law.Confidence;
import org.openbbic.model.law.LegalProvisions;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.Rule;
import org.openbbic.validation.Severity;

/** Code, severity, level and legal topic of a built-in rule. Immutable and thread-safe. */
abstract class BaseRule implements Rule {

  private final String code;
  private final Severity severity;
  private final ValidationLevel level;
  private final String topic;

  BaseRule(String code, Severity severity, ValidationLevel level, String topic) {
    this.code = code;
    this.severity = severity;
    this.level = level;
    this.topic = topic;
  }

  @Override
  public final String code() {
    return code;
  }

  @Override
  public final Severity defaultSeverity() {
    return severity;
  }

  @Override
  public final ValidationLevel minimumLevel() {
    return level;
  }

  @Override
  public final Optional<String> legalTopic() {
    return Optional.ofNullable(topic);
  }

  /**
   * The severities the rule grades to by circumstance: those it reports explicitly ({@link
   * #alsoReportedAs()}), and WARNING when an ERROR rule cites a provision found in no source.
   */
  @Override
  public Set<Severity> gradedSeverities() {
    Set<Severity> out = EnumSet.noneOf(Severity.class);
    out.addAll(alsoReportedAs());
    if (severity == Severity.ERROR
        && topic != null
        && LegalProvisions.allForTopic(topic).stream()
            .anyMatch(b -> b.confidence() == Confidence.NOT_FOUND)) {
      out.add(Severity.WARNING);
    }
    out.remove(severity);
    return Set.copyOf(out);
  }

  /** The severities other than the default that the rule itself reports; none by default. */
  Set<Severity> alsoReportedAs() {
    return Set.of();
  }

  @Override
  public String toString() {
    return code;
  }
}
