package org.openbbic.stats;

/**
 * What a {@link PseudonymisedExtract} does with children whose identity is protected
 * (sekretessmarkering, skyddad folkbokföring, fingerade personuppgifter).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum ProtectedIdentities {
  /** Leave the child's rows out altogether (the default). */
  OMIT,
  /**
   * Keep the rows, flagged {@code protectedIdentity}, with no child pseudonym: nothing derived from
   * a protected identity reaches the extract; rows of one case still link through the case key.
   */
  FLAG
}
