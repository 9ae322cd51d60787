package org.openbbic.model.level;

/**
 * Validation group of a complete document (färdigställd): {@link Draft} plus what law or the BBIC
 * specification makes mandatory. BBIC keeps most headings optional; so does this level.
 *
 * @since 0.1
 */
public interface Complete extends Draft {}
