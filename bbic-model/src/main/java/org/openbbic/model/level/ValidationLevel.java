package org.openbbic.model.level;

/**
 * The three validation levels, each including the one before: {@code DRAFT ⊂ COMPLETE ⊂ SIGNED}.
 *
 * @since 0.1
 */
public enum ValidationLevel {
  /** Utkast. */
  DRAFT(Draft.class),
  /** Färdigställd. */
  COMPLETE(Complete.class),
  /** Signerad. */
  SIGNED(Signed.class);

  private final Class<?> group;

  ValidationLevel(Class<?> group) {
    this.group = group;
  }

  /** The Jakarta Validation group interface of this level. */
  public Class<?> group() {
    return group;
  }
}
