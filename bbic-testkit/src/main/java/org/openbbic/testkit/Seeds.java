package org.openbbic.testkit;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Chooses the seed of a generator run so that any failure can be replayed: the system property
 * {@value #PROPERTY} when set, else a fresh random seed. Put {@link #describe(long)} into every
 * assertion description so a failing run names its seed.
 *
 * @since 0.1
 */
public final class Seeds {

  /** The system property that fixes the seed, e.g. {@code -Dopenbbic.seed=42}. */
  public static final String PROPERTY = "openbbic.seed";

  private Seeds() {}

  /** The seed from {@value #PROPERTY}, or a random one. */
  public static long seed() {
    String fixed = System.getProperty(PROPERTY);
    if (fixed != null && !fixed.isBlank()) {
      return Long.parseLong(fixed.strip());
    }
    return ThreadLocalRandom.current().nextLong();
  }

  /** How to replay a run: {@code seed 42 (replay with -Dopenbbic.seed=42)}. */
  public static String describe(long seed) {
    return "seed " + seed + " (replay with -D" + PROPERTY + "=" + seed + ")";
  }
}
