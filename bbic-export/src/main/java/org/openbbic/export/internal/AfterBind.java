package org.openbbic.export.internal;

import org.openbbic.validation.internal.FindingSink;

/**
 * A stage run on a bound object before positions are resolved (form type, identity numbers'
 * canonical form, constraints, rules). Implementations are called from the reading thread only.
 */
@FunctionalInterface
public interface AfterBind {

  /**
   * Checks {@code value}, adding findings to {@code sink}; returns the object to keep ({@code
   * value} itself, or a copy with normalised content of the same type), or {@code null} to drop it.
   */
  Object apply(Object value, FindingSink sink);
}
