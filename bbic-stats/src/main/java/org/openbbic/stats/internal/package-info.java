/**
 * Internal implementation of the statistics module: per-case measures, mutable accumulators,
 * labels, publication and the JSON, CSV and HTML renderers. Not API: may change without notice.
 *
 * @since 0.1
 */
package org.openbbic.stats.internal;
