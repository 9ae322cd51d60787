/**
 * Internal: the implementation of openbbic validation (constraint mapping, built-in rules). Not
 * API; may change in any release.
 *
 * @since 0.1
 */
package org.openbbic.validation.internal;
