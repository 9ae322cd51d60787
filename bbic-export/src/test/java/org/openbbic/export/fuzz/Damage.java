package org.openbbic.export.fuzz;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Random damage to a valid payload, for the property tests of the readers. */
public final class Damage {

  private Damage() {}

  /**
   * {@code valid} with one to three spots changed: a cut-out of up to 30 bytes, a repeat of up to
   * 60, one of the {@code syntax} characters put in, and with {@code anyByte} also a random byte.
   */
  public static byte[] damage(
      byte[] valid, SplittableRandom random, String syntax, boolean anyByte) {
    byte[] b = valid.clone();
    int spots = 1 + random.nextInt(3);
    for (int s = 0; s < spots && b.length > 2; s++) {
      int at = random.nextInt(b.length);
      switch (random.nextInt(anyByte ? 4 : 3)) {
        case 0 -> {
          int len = Math.min(1 + random.nextInt(30), b.length - at);
          byte[] out = new byte[b.length - len];
          System.arraycopy(b, 0, out, 0, at);
          System.arraycopy(b, at + len, out, at, b.length - at - len);
          b = out;
        }
        case 1 -> {
          int len = Math.min(1 + random.nextInt(60), b.length - at);
          byte[] out = Arrays.copyOf(b, b.length + len);
          System.arraycopy(b, at, out, at + len, b.length - at);
          b = out;
        }
        case 2 -> b[at] = (byte) syntax.charAt(random.nextInt(syntax.length()));
        default -> b[at] = (byte) random.nextInt(256);
      }
    }
    return b;
  }
}
