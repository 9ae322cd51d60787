package org.openbbic.export.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbbic.validation.FindingsAssert.assertThatFindings;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openbbic.export.BbicExport;
import org.openbbic.export.ExportCodes;
import org.openbbic.export.Format;
import org.openbbic.export.ReadResult;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Investigation;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;
import org.openbbic.validation.Finding;

/**
 * Property tests of the whole untrusted-bytes pipeline (read, schema, constraints and rules at the
 * signed level): random bytes, truncated and byte-mutated valid documents of every type, and huge
 * values. Every outcome must be a {@link ReadResult} whose findings explain a missing object —
 * never another exception. The huge inputs are bounded by the readers' limits, not by a clock: each
 * is stopped with its limit's code. How long a hostile payload takes to be refused is measured, not
 * asserted, by bbic-benchmarks' {@code HostileReadBenchmark}.
 *
 * <p>The {@link Timeout} is a hang guard only, not a performance check: a read that never returns
 * fails its test after minutes (a test here takes well under a second) instead of stalling the
 * build.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RobustnessFuzzTest {

  private static final BbicExport EXPORT = BbicExport.builder().build();
  private static final long SEED = Seeds.seed();

  /** Reads {@code bytes} and checks the contract of every outcome. */
  static <T> ReadResult<T> readChecked(Format format, Class<T> type, byte[] bytes, String context) {
    ReadResult<T> result =
        EXPORT
            .reader(format, type)
            .withLevel(ValidationLevel.SIGNED)
            .withLocale(Locale.ENGLISH)
            .read(bytes);
    assertThat(result).as(context).isNotNull();
    assertThat(result.findings()).as(context).doesNotContainNull();
    for (Finding f : result.findings()) {
      assertThat(f.code()).as("%s: %s", context, f).matches("BBIC-[A-Z]+-\\d{3}");
      assertThat(f.pointer()).as("%s: %s", context, f).isNotNull();
    }
    if (result.value().isEmpty()) {
      assertThat(result.findings())
          .as("%s: no object, so a blocking finding must say why", context)
          .anyMatch(f -> f.severity().isBlocking());
    }
    return result;
  }

  static Stream<Arguments> formatsAndTypes() {
    return Stream.of(Format.values())
        .flatMap(f -> Stream.of(FormType.values()).map(t -> Arguments.of(f, t)));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Format.class)
  void randomBytesGiveFindings(Format format) {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int round = 0; round < 150; round++) {
      int length = random.nextInt(0, round < 100 ? 64 : 4096);
      byte[] bytes = new byte[length];
      if (round % 2 == 0) {
        for (int i = 0; i < length; i++) {
          bytes[i] = (byte) random.nextInt(256);
        }
      } else {
        // printable noise that starts like the format, so the parser goes deeper
        String alphabet =
            format == Format.JSON
                ? "{}[]\":,0123456789.-eE truefalsn\\u"
                : "<>/=\"' ?!-[]abcdeé&;x";
        for (int i = 0; i < length; i++) {
          bytes[i] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
        }
        if (length > 0) {
          bytes[0] = (byte) (format == Format.JSON ? '{' : '<');
        }
      }
      ReadResult<CaseFile> r =
          readChecked(
              format, CaseFile.class, bytes, Seeds.describe(SEED) + ", random round " + round);
      // Noise is bound only when it happens to be a well-formed empty object, such as "{}  ".
      if (r.value().isPresent()) {
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        assertThat(format == Format.JSON && text.matches("\\{\\s*}"))
            .as("%s, random round %d bound: %s", Seeds.describe(SEED), round, text)
            .isTrue();
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("formatsAndTypes")
  void truncatedDocumentsAreReportedAsIncomplete(Format format, FormType type) {
    BbicDocument doc = new BbicGenerator(SEED).document(type);
    byte[] valid = EXPORT.writer(format).writeBytes(doc);
    SplittableRandom random = new SplittableRandom(SEED ^ type.ordinal());
    for (int round = 0; round < 12; round++) {
      // cut inside the root element, never at its end
      int cut = 1 + random.nextInt(Math.max(1, valid.length - 20));
      byte[] truncated = Arrays.copyOf(valid, cut);
      String context = Seeds.describe(SEED) + ", " + type + " cut at " + cut;
      ReadResult<?> r = readChecked(format, doc.getClass(), truncated, context);
      assertThat(r.value()).as(context).isEmpty();
      assertThat(r.findings())
          .as(context)
          .extracting(Finding::code)
          .containsAnyOf(
              ExportCodes.TRUNCATED, ExportCodes.MALFORMED, ExportCodes.INVALID_ENCODING);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("formatsAndTypes")
  void mutatedDocumentsNeverThrow(Format format, FormType type) {
    BbicDocument doc = new BbicGenerator(SEED + 1).document(type);
    byte[] valid = EXPORT.writer(format).writeBytes(doc);
    SplittableRandom random = new SplittableRandom(SEED + type.ordinal());
    for (int round = 0; round < 25; round++) {
      byte[] damaged = Damage.damage(valid, random, "{}[]<>\"':,/&;0-", true);
      readChecked(
          format,
          doc.getClass(),
          damaged,
          Seeds.describe(SEED) + ", " + type + " mutation round " + round);
    }
  }

  // ---------------------------------------------------------------- huge values

  private static byte[] json(Investigation inv) {
    return EXPORT.writer(Format.JSON).writeBytes(inv);
  }

  private static Investigation investigation() {
    return (Investigation) new BbicGenerator(SEED).document(FormType.INVESTIGATION);
  }

  private static String repeat(char c, int n) {
    char[] a = new char[n];
    Arrays.fill(a, c);
    return new String(a);
  }

  private static byte[] replaceFirst(byte[] bytes, String from, String to) {
    String s = new String(bytes, StandardCharsets.UTF_8);
    int at = s.indexOf(from);
    assertThat(at).as("payload has %s", from).isNotNegative();
    return (s.substring(0, at) + to + s.substring(at + from.length()))
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aHugeStringIsStoppedAtTheLimit() {
    byte[] base = json(investigation().toBuilder().analysis("ANALYS").build());
    byte[] huge = replaceFirst(base, "\"ANALYS\"", "\"" + repeat('x', 1_000_000) + "\"");
    ReadResult<Investigation> r =
        readChecked(Format.JSON, Investigation.class, huge, Seeds.describe(SEED));
    assertThat(r.value()).isEmpty();
    assertThatFindings(r.report())
        .as(Seeds.describe(SEED))
        .hasCode(ExportCodes.LIMIT_STRING_LENGTH);
  }

  @Test
  void aLongButAllowedStringGivesAFieldFinding() {
    Investigation inv = investigation().toBuilder().analysis(repeat('y', 50_001)).build();
    for (Format format : Format.values()) {
      ReadResult<Investigation> r =
          readChecked(
              format,
              Investigation.class,
              EXPORT.writer(format).writeBytes(inv),
              Seeds.describe(SEED) + " " + format);
      assertThat(r.findings())
          .as("%s %s", Seeds.describe(SEED), format)
          .anySatisfy(
              f -> {
                assertThat(f.code()).isEqualTo("BBIC-FLD-003");
                assertThat(f.pointer()).isEqualTo("/analysis");
              });
    }
  }

  @Test
  void aHugeNumberDeepNestingAndLongNamesAreStopped() {
    byte[] base = json(investigation());
    String s = new String(base, StandardCharsets.UTF_8);
    int brace = s.indexOf('{');
    List<byte[]> payloads =
        List.of(
            (s.substring(0, brace + 1)
                    + "\"n\":"
                    + repeat('9', 5_000)
                    + ","
                    + s.substring(brace + 1))
                .getBytes(StandardCharsets.UTF_8),
            (s.substring(0, brace + 1)
                    + "\"deep\":"
                    + repeat('[', 100_000)
                    + repeat(']', 100_000)
                    + ","
                    + s.substring(brace + 1))
                .getBytes(StandardCharsets.UTF_8),
            (s.substring(0, brace + 1)
                    + "\""
                    + repeat('k', 100_000)
                    + "\":1,"
                    + s.substring(brace + 1))
                .getBytes(StandardCharsets.UTF_8),
            "{\"a\":".repeat(100_000).getBytes(StandardCharsets.UTF_8));
    List<String> expected =
        List.of(
            ExportCodes.LIMIT_NUMBER_LENGTH,
            ExportCodes.LIMIT_DEPTH,
            ExportCodes.LIMIT_NAME_LENGTH,
            ExportCodes.LIMIT_DEPTH);
    for (int i = 0; i < payloads.size(); i++) {
      ReadResult<Investigation> r =
          readChecked(Format.JSON, Investigation.class, payloads.get(i), "huge JSON case " + i);
      assertThat(r.value()).as("huge JSON case %d", i).isEmpty();
      assertThat(r.findings())
          .as("huge JSON case %d", i)
          .extracting(Finding::code)
          .contains(expected.get(i));
    }
  }

  @Test
  void anOversizedPayloadIsRefusedUnread() {
    byte[] big = new byte[17 * 1024 * 1024];
    Arrays.fill(big, (byte) ' ');
    big[0] = '{';
    for (Format format : Format.values()) {
      ReadResult<CaseFile> r = readChecked(format, CaseFile.class, big, "17 MiB " + format);
      assertThat(r.value()).isEmpty();
      assertThatFindings(r.report()).as(format.name()).hasCode(ExportCodes.LIMIT_DOCUMENT_SIZE);
    }
  }

  @Test
  void xmlBombsDeepNestingAndHugeTextAreStopped() {
    byte[] valid = EXPORT.writer(Format.XML).writeBytes(investigation());
    String s = new String(valid, StandardCharsets.UTF_8);
    int rootEnd = s.indexOf('>', s.indexOf("<", s.startsWith("<?xml") ? 5 : 0)) + 1;
    StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [");
    bomb.append("<!ENTITY l0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      bomb.append("<!ENTITY l").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        bomb.append("&l").append(i - 1).append(';');
      }
      bomb.append("\">");
    }
    bomb.append("]>\n<investigation>&l9;</investigation>");
    StringBuilder deep = new StringBuilder(s.substring(0, rootEnd));
    deep.append("<x>".repeat(50_000)).append("</x>".repeat(50_000)).append(s.substring(rootEnd));
    String hugeText =
        s.substring(0, rootEnd)
            + "<analysis>"
            + repeat('z', 1_000_000)
            + "</analysis>"
            + s.substring(rootEnd);
    List<String> payloads = List.of(bomb.toString(), deep.toString(), hugeText);
    for (int i = 0; i < payloads.size(); i++) {
      ReadResult<Investigation> r =
          readChecked(
              Format.XML,
              Investigation.class,
              payloads.get(i).getBytes(StandardCharsets.UTF_8),
              "hostile XML case " + i);
      assertThat(r.value()).as("hostile XML case %d", i).isEmpty();
    }
  }

  @Test
  void manyListEntriesStayWithinTheTimeBoundAndAreKept() {
    byte[] base = json(investigation().toBuilder().questions(List.of("Q")).build());
    StringBuilder many = new StringBuilder("\"questions\":[");
    for (int i = 0; i < 200_000; i++) {
      many.append(i == 0 ? "" : ",").append("\"q").append(i).append('"');
    }
    many.append(']');
    byte[] payload = replaceFirst(base, "\"questions\":[\"Q\"]", many.toString());
    ReadResult<Investigation> r =
        readChecked(Format.JSON, Investigation.class, payload, "200,000 questions");
    assertThat(r.value()).isPresent();
    assertThat(r.value().get().questions()).hasSize(200_000).endsWith("q199999");
  }
}
