package org.openbbic.model.level;

/**
 * Validation group of what a saved draft needs (utkast): the document's identity and kind, and
 * bounds on every value. Every other level includes it.
 *
 * @since 0.1
 */
public interface Draft {}
