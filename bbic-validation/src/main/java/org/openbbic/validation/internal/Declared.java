package org.openbbic.validation.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.openbbic.model.law.Confidence;
import org.openbbic.model.law.LegalProvisions;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.Rule;
import org.openbbic.validation.Severity;

/** A built-in rule: what {@link Rule} asks is read from its {@link Declaration}. */
public interface Declared extends Rule {

  /** The rule's declaration. */
  Declaration declaration();

  @Override
  default String code() {
    return declaration().code();
  }

  @Override
  default Severity defaultSeverity() {
    return declaration().severity();
  }

  @Override
  default ValidationLevel minimumLevel() {
    return declaration().level();
  }

  @Override
  default Optional<String> legalTopic() {
    return Optional.ofNullable(declaration().topic());
  }

  /**
   * The severities the rule grades to by circumstance: those it reports itself, and WARNING when an
   * ERROR rule cites a provision found in no source.
   */
  @Override
  default Set<Severity> gradedSeverities() {
    Declaration d = declaration();
    Set<Severity> out = EnumSet.noneOf(Severity.class);
    out.addAll(d.alsoReportedAs());
    if (d.severity() == Severity.ERROR
        && d.topic() != null
        && LegalProvisions.allForTopic(d.topic()).stream()
            .anyMatch(b -> b.confidence() == Confidence.NOT_FOUND)) {
      out.add(Severity.WARNING);
    }
    out.remove(d.severity());
    return Set.copyOf(out);
  }

  /** The keys of the texts the rule renders (sv and en), its code first. */
  default java.util.List<String> messageKeys() {
    return declaration().messageKeys();
  }
}
