package org.openbbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openbbic.export.BbicExport;
import org.openbbic.export.CaseFileBatchWriter;
import org.openbbic.export.Format;
import org.openbbic.forms.CaseFile;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Mutation;
import org.openbbic.testkit.Mutators;
import org.openbbic.testkit.Seeds;

/**
 * {@code bbic validate --threads N}: whatever the number of threads, the same bytes on standard
 * output and the same summary and exit status, over seeded batches that mix valid case files, case
 * files with one rule broken, unreadable lines and records of very different sizes, with single
 * files and an XML batch beside them.
 */
class ValidateThreadsTest {

  private static final long SEED = Seeds.seed();
  private static final BbicExport EXPORT = BbicExport.builder().build();
  private static final String AS_OF = "2026-12-01";
  private static final Pattern SECONDS =
      Pattern.compile("\"seconds\":[0-9.Ee+-]+|\\([0-9.,]+ s\\)");

  @TempDir static Path dir;
  static List<String> inputs;

  @BeforeAll
  static void inputs() throws Exception {
    Path batch = Files.write(dir.resolve("batch.ndjson"), ndjson(SEED, 40));
    Path singles = Files.createDirectories(dir.resolve("singles"));
    List<CaseFile> few = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      CaseFile caseFile = new BbicGenerator(SEED + 1_000 + i).caseFile();
      few.add(caseFile);
      Files.write(singles.resolve("case-" + i + ".json"), write(Format.JSON, List.of(caseFile)));
    }
    Files.write(singles.resolve("case-4.xml"), write(Format.XML, List.of(few.get(0))));
    Files.writeString(singles.resolve("case-5.json"), "{\"caseId\": ");
    Path xmlBatch = Files.write(dir.resolve("batch.xml"), write(Format.XML, few));
    inputs = List.of(batch.toString(), singles.toString(), xmlBatch.toString());
  }

  /**
   * {@code n} records from {@code seed}: each a valid generated case file, one with a rule broken
   * ({@link Mutators#caseFile}), a cut line, a line that is not UTF-8, a tiny record with an
   * unknown field, or a blank line (no record). Record 1 is always cut and record 2 always broken.
   */
  static byte[] ndjson(long seed, int n) {
    SplittableRandom random = new SplittableRandom(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < n; i++) {
      CaseFile caseFile = new BbicGenerator(seed + i).caseFile();
      byte[] line = write(Format.JSON, List.of(caseFile));
      int kind = i == 1 ? 1 : i == 2 ? 0 : random.nextInt(8);
      switch (kind) {
        case 0 -> {
          List<Mutation<CaseFile>> mutations = Mutators.caseFile(caseFile, seed + i);
          CaseFile broken = mutations.get(random.nextInt(mutations.size())).value();
          out.writeBytes(write(Format.JSON, List.of(broken)));
        }
        case 1 -> {
          out.write(line, 0, line.length / 2);
          out.write('\n');
        }
        case 2 ->
            out.writeBytes("{\"caseId\": \"\u00ff\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        case 3 ->
            out.writeBytes(
                ("{\"caseId\": \"C-" + i + "\", \"nickname\": 1}\n")
                    .getBytes(StandardCharsets.UTF_8));
        case 4 -> out.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        default -> out.writeBytes(line);
      }
    }
    return out.toByteArray();
  }

  static byte[] write(Format format, List<CaseFile> caseFiles) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CaseFileBatchWriter writer = EXPORT.batchWriter(format, out)) {
      caseFiles.forEach(writer::write);
    }
    return out.toByteArray();
  }

  private static CliRun.Output validate(String threads, String... options) {
    List<String> args =
        new ArrayList<>(List.of("validate", "--threads", threads, "--as-of", AS_OF));
    args.addAll(List.of(options));
    args.addAll(inputs);
    // Some records are unreadable: exit status 2 with any number of threads.
    return CliRun.run(Map.of(), 2, args.toArray(String[]::new));
  }

  private static String timeless(String output) {
    return SECONDS.matcher(output).replaceAll("(time)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json"})
  void fourThreadsPrintTheBytesOneThreadPrints(String format) {
    for (List<String> options :
        List.of(List.of("--format", format), List.of("--format", format, "--quiet"))) {
      String[] given = options.toArray(String[]::new);
      CliRun.Output one = validate("1", given);
      CliRun.Output four = validate("4", given);
      String description = options + ", " + Seeds.describe(SEED);
      assertThat(timeless(four.out())).as(description).isEqualTo(timeless(one.out()));
      assertThat(timeless(four.err())).as(description).isEqualTo(timeless(one.err()));
      // the batch really holds what the comparison is about
      assertThat(one.out()).as(description).contains("BBIC-SYN-", "BBIC-SCH-001", "case-5.json");
      if (!options.contains("--quiet")) {
        assertThat(one.out()).as(description).contains("batch.xml", "case-4.xml");
      }
      if (format.equals("json")) {
        assertThat(one.out()).contains("\"summary\":{\"documents\":");
      } else {
        assertThat(one.err()).contains(" dokument: ");
      }
    }
  }

  @Test
  void progressStillWorksAndPrintsNothingOnStandardOutput() {
    CliRun.Output one = validate("1", "--no-progress");
    CliRun.Output four = validate("4", "--progress");
    assertThat(four.out()).as(Seeds.describe(SEED)).isEqualTo(one.out());
    List<String> errLines = four.err().lines().toList();
    assertThat(timeless(errLines.get(errLines.size() - 1))).isEqualTo(timeless(one.err().strip()));
  }

  @Test
  void threadsMustBeAWholeNumberAtLeastOne() {
    assertThat(CliRun.run(Map.of(), 2, "validate", "--threads", "0", "x").err())
        .contains("ogiltigt värde för --threads: väntade ett heltal, minst 1");
    assertThat(
            CliRun.run(Map.of("LANG", "en_US.UTF-8"), 2, "validate", "--threads", "two", "x").err())
        .contains("invalid value for --threads: expected a whole number, at least 1");
  }
}
