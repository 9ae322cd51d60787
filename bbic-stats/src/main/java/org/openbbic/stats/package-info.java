/**
 * Public API of the statistics module: {@link org.openbbic.stats.FollowUpReport} accumulates case
 * files into a {@link org.openbbic.stats.FollowUpResult}; {@link org.openbbic.stats.StatsWriter}
 * publishes results as JSON, CSV and HTML with small-number protection; {@link
 * org.openbbic.stats.ImplementationQuestionnaire} aggregates implementation follow-up answers;
 * {@link org.openbbic.stats.PseudonymisedExtract} writes keyed-pseudonym extracts for research and
 * national follow-up.
 *
 * @since 0.1
 */
package org.openbbic.stats;
