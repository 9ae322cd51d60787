package org.openbbic.validation.internal;

import java.util.Optional;
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

  @Override
  public String toString() {
    return code;
  }
}
