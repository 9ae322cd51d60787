package org.openbbic.model.level;

/**
 * Validation group of a signed document (signerad): {@link Complete} plus who signed it and when.
 *
 * @since 0.1
 */
public interface Signed extends Complete {}
