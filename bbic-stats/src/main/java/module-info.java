/**
 * openbbic statistics: operational follow-up (verksamhetsuppföljning), client-group description,
 * implementation follow-up questionnaires and pseudonymised extracts, computed in one streaming
 * pass with aggregates that merge exactly, and published as JSON, CSV and HTML with small-number
 * protection.
 *
 * @since 0.1
 */
module org.openbbic.stats {
  requires transitive org.openbbic.validation;
  requires org.openbbic.print;
  requires org.apache.commons.csv;

  exports org.openbbic.stats;
}
