package org.openbbic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openbbic.forms.CaseFile;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;
import org.openbbic.validation.Finding;
import org.openbbic.validation.FindingSource;

/**
 * Seeded random damage to valid payloads (bytes flipped, cut, repeated or dropped) never makes the
 * reader throw; every finding has a line and a column inside the payload; and a payload with a
 * blocking syntax or schema finding yields no object.
 */
class MutationFuzzTest {

  private static final long SEED = Seeds.seed();

  @ParameterizedTest
  @EnumSource(Format.class)
  void damagedPayloadsGiveFindingsNeverExceptions(Format format) {
    Random random = new Random(SEED);
    BbicExport export = RoundTripTest.EXPORT;
    byte[] valid = export.writer(format).writeBytes(new BbicGenerator(SEED).caseFile());
    for (int round = 0; round < 150; round++) {
      byte[] damaged = damage(valid, random);
      // a repeated stretch may hold line breaks of its own: the bound is the damaged payload's
      int lines = 1;
      for (byte b : damaged) {
        if (b == '\n') {
          lines++;
        }
      }
      String context = Seeds.describe(SEED) + ", round " + round;
      ReadResult<CaseFile> result =
          export.reader(format, CaseFile.class).withLevel(null).read(damaged);
      assertThat(result).as(context).isNotNull();
      for (Finding f : result.findings()) {
        assertThat(f.line()).as("%s: %s", context, f).isPresent();
        assertThat(f.column()).as("%s: %s", context, f).isPresent();
        assertThat(f.line().orElseThrow()).as("%s: %s", context, f).isBetween(1, lines);
      }
      boolean blocking =
          result.findings().stream()
              .anyMatch(
                  f ->
                      f.severity().isBlocking()
                          && (f.source() == FindingSource.SYNTAX
                              || f.source() == FindingSource.SCHEMA));
      if (blocking) {
        assertThat(result.value()).as(context).isEmpty();
      }
      if (result.value().isPresent()) {
        // What was read writes again without trouble.
        assertThat(export.writer(Format.JSON).writeBytes(result.value().get())).isNotEmpty();
      }
    }
  }

  private static byte[] damage(byte[] valid, Random random) {
    byte[] b = valid.clone();
    int at = random.nextInt(b.length);
    switch (random.nextInt(5)) {
      case 0 -> b[at] = (byte) random.nextInt(256);
      case 1 -> b = Arrays.copyOf(b, at);
      case 2 -> {
        int len = Math.min(1 + random.nextInt(40), b.length - at);
        byte[] out = new byte[b.length + len];
        System.arraycopy(b, 0, out, 0, at + len);
        System.arraycopy(b, at, out, at + len, b.length - at);
        b = out;
      }
      case 3 -> {
        int len = Math.min(1 + random.nextInt(40), b.length - at);
        byte[] out = new byte[b.length - len];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(b, at + len, out, at, b.length - at - len);
        b = out;
      }
      default -> b[at] = "{}[]<>\"':,/&;".getBytes()[random.nextInt(13)];
    }
    return b;
  }
}
