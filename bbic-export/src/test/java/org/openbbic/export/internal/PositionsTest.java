package org.openbbic.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.openbbic.testkit.Seeds;

/** The UTF-8 check agrees with the JDK's strict decoder on where the first bad byte is. */
class PositionsTest {

  private static final long SEED = Seeds.seed();

  /** The offset of the first malformed sequence by the JDK's decoder, or -1. */
  private static int jdk(byte[] bytes) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 2);
    CoderResult r = d.decode(in, out, true);
    if (r.isError()) {
      return in.position();
    }
    r = d.flush(out);
    return r.isError() ? in.position() : -1;
  }

  @Test
  void agreesWithTheJdkDecoderOnRandomText() {
    SplittableRandom random = new SplittableRandom(SEED);
    String[] pieces = {"a", "z", " ", "<", "é", "å", "Ä", "€", "😀", "\u0000", "\uFFFD"};
    int invalid = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(0, 24);
      for (int k = 0; k < n; k++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
      // damage some: a random byte, or a cut inside a character
      if (bytes.length > 0 && round % 2 == 1) {
        int at = random.nextInt(bytes.length);
        if (round % 4 == 1) {
          bytes[at] = (byte) random.nextInt(256);
        } else {
          bytes = java.util.Arrays.copyOf(bytes, at);
        }
      }
      int ours = Positions.firstInvalidUtf8(bytes, bytes.length);
      assertThat(ours)
          .as("%s, round %d, %d bytes", Seeds.describe(SEED), round, bytes.length)
          .isEqualTo(jdk(bytes));
      if (ours >= 0) {
        invalid++;
      }
    }
    assertThat(invalid).as(Seeds.describe(SEED)).isBetween(1, 19_999);
  }

  @Test
  void refusesOverlongFormsSurrogatesAndCodePointsPastTheLast() {
    assertThat(Positions.firstInvalidUtf8(new byte[] {'a', (byte) 0xC0, (byte) 0x80}, 3))
        .isEqualTo(1);
    assertThat(Positions.firstInvalidUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 3))
        .isZero();
    assertThat(
            Positions.firstInvalidUtf8(
                new byte[] {'x', 'y', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 6))
        .isEqualTo(2);
    byte[] fine = "ok åäö 😀".getBytes(StandardCharsets.UTF_8);
    assertThat(Positions.firstInvalidUtf8(fine, fine.length)).isEqualTo(-1);
    assertThat(Positions.firstInvalidUtf8(fine, fine.length - 1)).isEqualTo(fine.length - 4);
  }
}
