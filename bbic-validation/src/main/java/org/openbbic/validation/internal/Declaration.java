package org.openbbic.validation.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.Severity;

/**
 * What a built-in rule declares, once, in its own class: its code, default severity, lowest level,
 * the {@code LegalProvisions} topic it cites (or none), the other severities it reports by
 * circumstance and the message keys it renders (its code, and any further texts it words). The
 * catalogue and the validator's dispatch are built from it and the rule's document type.
 *
 * @param code the stable code, {@code BBIC-DOC-004}
 * @param severity the default severity
 * @param level the lowest level the rule runs at
 * @param topic the legal topic cited, or {@code null}
 * @param alsoReportedAs the severities other than the default that the rule itself reports
 * @param messageKeys the keys of the texts the rule renders, its code first
 */
public record Declaration(
    String code,
    Severity severity,
    ValidationLevel level,
    String topic,
    Set<Severity> alsoReportedAs,
    List<String> messageKeys) {

  public Declaration {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(level, "level");
    alsoReportedAs = Set.copyOf(alsoReportedAs);
    messageKeys = List.copyOf(messageKeys);
  }

  /** A rule that cites no law. */
  static Declaration rule(String code, Severity severity, ValidationLevel level) {
    return rule(code, severity, level, null);
  }

  /** A rule citing {@code topic} ({@code null}: none). */
  static Declaration rule(String code, Severity severity, ValidationLevel level, String topic) {
    return new Declaration(code, severity, level, topic, Set.of(), List.of(code));
  }

  /** The same, also reporting the given severities by circumstance. */
  Declaration alsoReportedAs(Severity first, Severity... more) {
    Set<Severity> s = EnumSet.of(first, more);
    return new Declaration(code, severity, level, topic, s, messageKeys);
  }

  /** The same, also rendering the texts with {@code keys}. */
  Declaration messages(String... keys) {
    List<String> all = new ArrayList<>(messageKeys);
    all.addAll(List.of(keys));
    return new Declaration(code, severity, level, topic, alsoReportedAs, all);
  }
}
