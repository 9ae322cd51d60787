package org.openbbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbbic.export.ExportCodes;

/** Runs the shaded {@code bbic.jar} as a process, as scripts and pipelines do. */
class BbicCliIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String IDENTITY = "\\b(\\d{6}|\\d{8})[-+]?\\d{4}\\b";

  @TempDir static Path dir;
  static Path caseJson;
  static Path caseXml;

  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void examples() throws Exception {
    Run json = bbic(null, "example", "case", "--seed", "7");
    assertThat(json.exit()).isZero();
    caseJson = Files.writeString(dir.resolve("case.json"), json.out());
    Run xml = bbic(null, "example", "case", "--seed", "7", "--to", "xml");
    assertThat(xml.exit()).isZero();
    caseXml = Files.writeString(dir.resolve("case.xml"), xml.out());
  }

  static Run bbic(byte[] stdin, String... args) throws IOException, InterruptedException {
    return bbic(List.of(), 60, stdin, args);
  }

  /** {@code java jvmOptions... -jar bbic.jar args...}, given {@code seconds} to finish. */
  static Run bbic(List<String> jvmOptions, int seconds, byte[] stdin, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(System.getProperty("bbic.jar", "target/bbic.jar"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    // The language follows LANG when --lang is not given: start from no locale variables, so
    // that the tool's default (Swedish) is what these tests see on any machine.
    builder.environment().keySet().removeAll(List.of("LC_ALL", "LC_MESSAGES", "LANG"));
    // Standard input comes from a file: the tool may stop reading early (a refused payload), as
    // it should, and a pipe would then break under the writer.
    Path in =
        Files.write(Files.createTempFile(dir, "in", ".bin"), stdin == null ? new byte[0] : stdin);
    builder.redirectInput(in.toFile());
    Process process = builder.start();
    // a hang guard, not a performance check: one run takes a few seconds
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("bbic did not finish within " + seconds + " s: " + List.of(args));
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void aValidCaseFileExitsZeroInJsonAndXml() throws Exception {
    Run run = bbic(null, "validate", caseJson.toString(), caseXml.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("case.json: Ärendekedja, giltigt").contains("case.xml");
    assertThat(run.err()).contains("2 dokument: 2 giltiga");
  }

  @Test
  void theLauncherRunsTheJarWithItsClassDataArchiveAndPrintsNoJvmNoise() throws Exception {
    Path launcher = Path.of("..", "bin", "bbic").toAbsolutePath().normalize();
    assertThat(
            Path.of(System.getProperty("bbic.jar", "target/bbic.jar")).resolveSibling("bbic.jsa"))
        .exists();
    Process process =
        new ProcessBuilder("sh", launcher.toString(), "validate", caseJson.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(output.strip()).isEqualTo(caseJson + ": Ärendekedja, giltigt");
  }

  @Test
  void standardInputIsReadAndJudgedByContent() throws Exception {
    Run run = bbic(Files.readAllBytes(caseXml), "validate", "-");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("-: ");
  }

  @Test
  void aDirectoryIsWalkedRecursively() throws Exception {
    Path tree = Files.createDirectories(dir.resolve("tree/a/b"));
    Files.copy(caseJson, tree.resolve("one.json"));
    Files.copy(caseXml, tree.getParent().resolve("two.xml"));
    Run run = bbic(null, "validate", dir.resolve("tree").toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out().lines()).hasSize(2);
  }

  @Test
  void aBatchIsReadDocumentByDocumentAndSameSeedSameBatch() throws Exception {
    Run first = bbic(null, "example", "--count", "5", "--seed", "42");
    Run again = bbic(null, "example", "case", "--count", "5", "--seed", "42");
    assertThat(first.exit()).isZero();
    assertThat(first.out()).isEqualTo(again.out());
    assertThat(first.out().lines()).hasSize(5);
    Path ndjson = Files.writeString(dir.resolve("batch.ndjson"), first.out());
    Run run = bbic(null, "validate", "--format", "json", ndjson.toString());
    assertThat(run.exit()).isZero();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      lines.add(JSON.readTree(line));
    }
    assertThat(lines).hasSize(6); // five documents, then the summary
    assertThat(lines.get(4).get("index").asInt()).isEqualTo(4);
    assertThat(lines.subList(0, 5))
        .allSatisfy(l -> assertThat(l.get("valid").asBoolean()).isTrue());
    JsonNode summary = lines.get(5).get("summary");
    assertThat(summary.get("documents").asInt()).isEqualTo(5);
    assertThat(summary.get("valid").asInt()).isEqualTo(5);
    assertThat(summary.get("withErrors").asInt()).isZero();
    assertThat(summary.get("unreadable").asInt()).isZero();

    Run xmlBatch = bbic(null, "example", "--count", "3", "--seed", "42", "--to", "xml");
    Path xml = Files.writeString(dir.resolve("batch.xml"), xmlBatch.out());
    Run xmlRun = bbic(null, "validate", xml.toString());
    assertThat(xmlRun.exit()).isZero();
    assertThat(xmlRun.out().lines()).hasSize(3).allMatch(l -> l.contains("batch.xml#"));
  }

  @Test
  void anErrorExitsOneWithTheFindingAsAJsonLine() throws Exception {
    String broken = Files.readString(caseJson).replaceFirst("\"caseId\":\"[^\"]*\",", "");
    Path file = Files.writeString(dir.resolve("broken.json"), broken);
    Run run = bbic(null, "validate", "--format", "json", file.toString());
    assertThat(run.exit()).isEqualTo(1);
    JsonNode line = JSON.readTree(run.out().lines().findFirst().orElseThrow());
    assertThat(line.get("file").asText()).endsWith("broken.json");
    assertThat(line.get("formType").asText()).isEqualTo("CASE_FILE");
    assertThat(line.get("valid").asBoolean()).isFalse();
    JsonNode finding = line.get("findings").get(0);
    assertThat(finding.get("code").asText()).isEqualTo("BBIC-FLD-001");
    assertThat(finding.get("severity").asText()).isEqualTo("ERROR");
    assertThat(finding.get("pointer").asText()).isEqualTo("/caseId");
    assertThat(finding.has("line")).isTrue();
  }

  @Test
  void messagesAreSwedishByDefaultAndEnglishOnRequest() throws Exception {
    String broken = Files.readString(caseJson).replaceFirst("\"caseId\":\"[^\"]*\",", "");
    Path file = Files.writeString(dir.resolve("broken-lang.json"), broken);
    assertThat(bbic(null, "validate", file.toString()).out()).contains("FEL BBIC-FLD-001");
    assertThat(bbic(null, "validate", "--lang", "en", file.toString()).out())
        .contains("ERROR BBIC-FLD-001")
        .contains("invalid");
  }

  @Test
  void unreadableInputAndWrongCommandLinesExitTwo() throws Exception {
    assertThat(bbic(null, "validate", dir.resolve("no-such-file.json").toString()).exit())
        .isEqualTo(2);
    assertThat(bbic(null, "validate", "--level", "perfect", caseJson.toString()).exit())
        .isEqualTo(2);
    assertThat(bbic(null, "no-such-command").exit()).isEqualTo(2);
    Run garbage = bbic("not a document".getBytes(StandardCharsets.UTF_8), "validate", "-");
    assertThat(garbage.exit()).isEqualTo(2);
    assertThat(garbage.out()).contains("BBIC-SYN");
  }

  @Test
  void hostileInputsEndInExitTwoWithoutEchoingLocalFilesOrStackTraces() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "HEMLIGT-INNEHALL-PA-DISKEN");
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE caseFile [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]><caseFile xmlns=\"urn:openbbic:bbic:1\"><caseId>&x;</caseId></caseFile>";
    StringBuilder lol =
        new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaa\">");
    for (int i = 1; i < 10; i++) {
      lol.append("<!ENTITY a").append(i).append(" \"");
      lol.append(("&a" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10)).append("\">");
    }
    lol.append("]><caseFile xmlns=\"urn:openbbic:bbic:1\"><caseId>&a9;</caseId></caseFile>");
    // each refused by the reader's own guard, with that guard's code: a bound that does not depend
    // on how busy the machine is (bbic()'s wait for the process is only a hang guard)
    List<Map.Entry<String, byte[]>> inputs =
        List.of(
            Map.entry(ExportCodes.DTD_REFUSED, xxe.getBytes(StandardCharsets.UTF_8)),
            Map.entry(ExportCodes.DTD_REFUSED, lol.toString().getBytes(StandardCharsets.UTF_8)),
            Map.entry(
                ExportCodes.LIMIT_DEPTH, "{\"a\":".repeat(50_000).getBytes(StandardCharsets.UTF_8)),
            Map.entry(
                ExportCodes.LIMIT_DOCUMENT_SIZE,
                ("{\"caseId\":\"" + "x".repeat(17 * 1024 * 1024) + "\"}")
                    .getBytes(StandardCharsets.UTF_8)),
            Map.entry(
                ExportCodes.INVALID_ENCODING,
                new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, 0x00, 0x7B, 0x22}));
    for (Map.Entry<String, byte[]> input : inputs) {
      String code = input.getKey();
      Run run = bbic(input.getValue(), "validate", "-");
      assertThat(run.exit()).as(code).isEqualTo(2);
      assertThat(run.out()).as(code).contains("FATALT " + code + " ");
      assertThat(run.out() + run.err())
          .doesNotContain("HEMLIGT")
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void convertRoundTripsAndRefusesInvalidInput() throws Exception {
    Path xml = dir.resolve("converted.xml");
    assertThat(
            bbic(null, "convert", "--to", "xml", "-o", xml.toString(), caseJson.toString()).exit())
        .isZero();
    Run back = bbic(null, "convert", "--to", "json", xml.toString());
    assertThat(back.exit()).isZero();
    assertThat(JSON.readTree(back.out())).isEqualTo(JSON.readTree(Files.readString(caseJson)));

    String broken =
        Files.readString(caseJson).replace("\"schemaVersion\":\"1.0.0\"", "\"schemaVersion\":7");
    Path bad = Files.writeString(dir.resolve("bad.json"), broken);
    Path target = dir.resolve("never.xml");
    Run refused = bbic(null, "convert", "--to", "xml", "-o", target.toString(), bad.toString());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(target).doesNotExist();
  }

  @Test
  void convertAndRenderWithholdAProtectedChildsDataUnlessUnmaskedIsChosen() throws Exception {
    Run example =
        bbic(null, "example", "case", "--seed", "7", "--protection", "fingerade-personuppgifter");
    assertThat(example.exit()).isZero();
    Path file = Files.writeString(dir.resolve("fingerade.json"), example.out());
    JsonNode child = JSON.readTree(example.out()).get("child");
    List<String> secrets =
        List.of(
            child.get("givenName").asText(),
            child.get("familyName").asText(),
            child.get("id").get("value").asText(),
            child.get("address").get("street").asText(),
            child.get("phone").asText(),
            child.get("email").asText());

    for (String to : List.of("json", "xml")) {
      Run withheld = bbic(null, "convert", "--to", to, file.toString());
      assertThat(withheld.exit()).as(to).isZero();
      for (String secret : secrets) {
        assertThat(withheld.out()).as(to).doesNotContain(secret);
      }
      assertThat(withheld.out()).as(to).contains("withheld").contains("internal");
      assertThat(withheld.err()).as(to).contains("internal-unmasked").contains("withheld");
      for (String secret : secrets) {
        assertThat(withheld.err()).as(to).doesNotContain(secret);
      }
      // read back: valid, the withheld fields told apart from empty ones
      Path back = Files.writeString(dir.resolve("withheld." + to), withheld.out());
      Run validate =
          bbic(null, "validate", "--level", "signed", "--format", "json", back.toString());
      assertThat(validate.exit()).as(to).isZero();
      assertThat(validate.out()).as(to).contains("BBIC-FLD-005").doesNotContain("BBIC-FLD-001");

      Run all =
          bbic(null, "convert", "--to", to, "--recipient", "internal-unmasked", file.toString());
      assertThat(all.exit()).as(to).isZero();
      for (String secret : secrets) {
        assertThat(all.out()).as(to).contains(secret);
      }
      assertThat(all.out()).as(to).contains("internal-unmasked");
      assertThat(all.err()).as(to).contains("internal-unmasked");
    }

    Path html = dir.resolve("fingerade.html");
    Run page = bbic(null, "render", file.toString(), "-o", html.toString());
    assertThat(page.exit()).isZero();
    String text = Files.readString(html);
    for (String secret : secrets) {
      assertThat(text).doesNotContain(secret);
    }
    assertThat(text)
        .contains("Skyddad identitet")
        .doesNotContain("class=\"recipient unmasked-banner\"");
    Path pdf = dir.resolve("fingerade.pdf");
    assertThat(bbic(null, "render", "--pdf", file.toString(), "-o", pdf.toString()).exit())
        .isZero();
    String pdfText;
    try (org.apache.pdfbox.pdmodel.PDDocument doc =
        org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(pdf))) {
      pdfText = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
    }
    for (String secret : secrets) {
      assertThat(pdfText).doesNotContain(secret.replaceAll("\\s+", ""));
    }
    Run unmasked = bbic(null, "render", "--recipient", "internal-unmasked", file.toString());
    assertThat(unmasked.exit()).isZero();
    for (String secret : List.of(secrets.get(0), secrets.get(3), secrets.get(4))) {
      assertThat(unmasked.out()).contains(secret);
    }
    assertThat(unmasked.out()).contains("class=\"recipient unmasked-banner\"");
    assertThat(bbic(null, "convert", "--to", "xml", "--recipient", "press", file.toString()).exit())
        .isEqualTo(2);
  }

  @Test
  void renderWritesAPrintableHtmlPageAndAPdf() throws Exception {
    Path html = dir.resolve("case.html");
    Run page = bbic(null, "render", caseJson.toString(), "-o", html.toString());
    assertThat(page.exit()).isZero();
    assertThat(Files.readString(html))
        .contains("<html")
        .contains("lang=\"sv\"")
        .contains("Beslutsunderlag")
        .contains("Barnets utveckling")
        .doesNotContain("<script");
    Path pdf = dir.resolve("case.pdf");
    assertThat(
            bbic(
                    null,
                    "render",
                    "--pdf",
                    "--recipient",
                    "guardian",
                    caseXml.toString(),
                    "-o",
                    pdf.toString())
                .exit())
        .isZero();
    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    assertThat(bbic(null, "render", "--recipient", "press", caseJson.toString()).exit())
        .isEqualTo(2);
  }

  @Test
  void aBatchLargerThanTheHeapValidatesOnFourThreadsInBoundedMemory() throws Exception {
    // 2,400 case files, about 40 MB, in a 32 MB heap: the documents waiting for a worker or for
    // their turn to be printed are a window of 4 × 4, never the batch (a reader that ran ahead
    // of the workers, or output held back until all were done, would run out of heap).
    Run example = bbic(null, "example", "--count", "200", "--seed", "11");
    assertThat(example.exit()).isZero();
    Path batch = dir.resolve("bigger-than-the-heap.ndjson");
    byte[] lines = example.out().getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(batch)) {
      for (int i = 0; i < 12; i++) {
        out.write(lines);
      }
    }
    int heapMb = 32;
    assertThat(Files.size(batch)).isGreaterThan(heapMb * 1024L * 1024L);
    Run run =
        bbic(
            List.of("-Xmx" + heapMb + "m"),
            300,
            null,
            "validate",
            "--threads",
            "4",
            "--quiet",
            "--format",
            "json",
            "--as-of",
            "2026-12-01",
            batch.toString());
    assertThat(run.err()).doesNotContain("OutOfMemoryError");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode summary = JSON.readTree(run.out().strip()).get("summary");
    assertThat(summary.get("documents").asInt()).isEqualTo(2_400);
    assertThat(summary.get("valid").asInt()).isEqualTo(2_400);
  }

  @Test
  void reportAndPseudonymisedExtractOverABatch() throws Exception {
    Run batch = bbic(null, "example", "--count", "40", "--seed", "3");
    Path ndjson = Files.writeString(dir.resolve("report.ndjson"), batch.out());
    Path html = dir.resolve("report.html");
    Run report =
        bbic(
            null,
            "report",
            ndjson.toString(),
            "--from",
            "2023-01-01",
            "--to",
            "2026-12-31",
            "-o",
            html.toString());
    assertThat(report.exit()).isZero();
    assertThat(Files.readString(html))
        .contains("<svg")
        .contains("lang=\"sv\"")
        .doesNotContain("<script");
    Run json =
        bbic(
            null,
            "report",
            ndjson.toString(),
            "--from",
            "2023-01-01",
            "--to",
            "2026-12-31",
            "--format",
            "json");
    assertThat(JSON.readTree(json.out()).isObject()).isTrue();

    Path key =
        Files.write(
            dir.resolve("key.bin"),
            "en hemlig nyckel som är lång nog".getBytes(StandardCharsets.UTF_8));
    Path out = dir.resolve("extract");
    Run extract =
        bbic(
            null, "extract", ndjson.toString(), "--key-file", key.toString(), "-o", out.toString());
    assertThat(extract.exit()).isZero();
    String cases = Files.readString(out.resolve("case-files.csv"));
    assertThat(cases.lines()).hasSizeGreaterThan(40);
    assertThat(cases).doesNotContainPattern(IDENTITY);
    assertThat(
            bbic(
                    null,
                    "extract",
                    ndjson.toString(),
                    "--key-file",
                    dir.resolve("none").toString(),
                    "-o",
                    out.toString())
                .exit())
        .isEqualTo(2);
  }

  @Test
  void schemasRulesDeadlinesHelpAndVersion() throws Exception {
    Run xsd = bbic(null, "schema", "--xsd");
    assertThat(xsd.exit()).isZero();
    assertThat(xsd.out()).contains("urn:openbbic:bbic:1");
    Path out = dir.resolve("schemas");
    assertThat(bbic(null, "schema", "--json-schema", "complete", "-o", out.toString()).exit())
        .isZero();
    assertThat(Files.list(out)).hasSize(1);
    Run rules = bbic(null, "rules", "--lang", "en");
    assertThat(rules.exit()).isZero();
    assertThat(rules.out()).contains("BBIC-DOC-002").contains("BBIC-CASE-001");
    // the shaded jar merges every module's code table (export's and the tool's)
    Run catalogue = bbic(null, "rules", "--format", "json");
    assertThat(catalogue.exit()).isZero();
    List<String> codes = new ArrayList<>();
    JSON.readTree(catalogue.out()).forEach(o -> codes.add(o.get("code").asText()));
    assertThat(codes)
        .contains("BBIC-FLD-001", "BBIC-SYN-001", "BBIC-SCH-008", "BBIC-SYS-002", "BBIC-CLI-002")
        .doesNotHaveDuplicates();
    Run deadlines = bbic(null, "deadlines", "--as-of", "2030-01-01", caseJson.toString());
    assertThat(deadlines.exit()).isZero();
    assertThat(deadlines.out()).contains("Ärendekedja").containsPattern("uppfylld|försenad|öppen");
    assertThat(deadlines.out()).doesNotContainPattern(IDENTITY);
    for (String command :
        List.of(
            "validate",
            "convert",
            "example",
            "schema",
            "deadlines",
            "rules",
            "render",
            "report",
            "extract")) {
      assertThat(bbic(null, command, "--help").exit()).as(command).isZero();
    }
    assertThat(bbic(null, "--version").out()).startsWith("bbic ");
  }
}
