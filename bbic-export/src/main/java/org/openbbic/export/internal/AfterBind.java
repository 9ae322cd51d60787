package org.openbbic.export.internal;

/**
 * A stage run on a bound object before positions are resolved (form type, constraints, rules).
 * Implementations are called from the reading thread only.
 */
@FunctionalInterface
public interface AfterBind {

  /** Checks {@code value}, adding findings to {@code sink}; {@code false} drops the object. */
  boolean apply(Object value, FindingSink sink);
}
