package org.openbbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code bbic questionnaire} on a regional BBIC follow-up of 10 respondents (fictitious answers in
 * the test resources, saved as Excel saves "CSV UTF-8" in a Swedish locale), and on bad input.
 */
class QuestionnaireCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String K1 =
      "BBIC-systemet har lett till en högre kvalitet i utredningsarbetet";
  private static final String A1 =
      "Socialsekreterare i barn- och ungdomsgruppen har en för hög arbetsbelastning";

  @TempDir static Path dir;
  static Path statements;
  static Path answers;

  @BeforeAll
  static void copyResources() throws IOException {
    statements = copy("pastaenden.csv");
    answers = copy("svar.csv");
  }

  private static Path copy(String name) throws IOException {
    Path p = dir.resolve(name);
    try (InputStream in =
        QuestionnaireCommandTest.class.getResourceAsStream("questionnaire/" + name)) {
      Files.copy(in, p);
    }
    return p;
  }

  /** Exit status, standard output and standard error of one run. */
  record Run(int exit, byte[] out, String err) {
    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      // no locale variables: the tool's default language, Swedish, on any machine
      int exit = BbicCli.run(java.util.Map.of(), args);
      return new Run(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(savedOut);
      System.setErr(savedErr);
    }
  }

  private static JsonNode statement(JsonNode root, String text) {
    for (JsonNode theme : root.get("themes")) {
      for (JsonNode s : theme.get("statements")) {
        if (s.get("text").asText().equals(text)) {
          return s;
        }
      }
    }
    throw new AssertionError(text);
  }

  /** The counts of the five steps (no answer left out), null where suppressed. */
  private static List<Long> steps(JsonNode statement) {
    List<Long> list = new ArrayList<>();
    for (JsonNode r : statement.get("rows")) {
      if (!r.get("code").asText().equals("NO_ANSWER")) {
        list.add(r.get("count").isNull() ? null : r.get("count").asLong());
      }
    }
    return list;
  }

  @Test
  void theTwoPublishedTablesOfTheRegionalFollowUpAreReproducedWithThresholdZero() throws Exception {
    Run run =
        run(
            "questionnaire",
            answers.toString(),
            "--statements",
            statements.toString(),
            "--format",
            "json",
            "--threshold",
            "0");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("respondents").asInt()).isEqualTo(10);
    // Instämmer helt, Instämmer, Instämmer delvis, Instämmer inte alls, Kan ej uttala mig
    assertThat(steps(statement(root, K1))).containsExactly(7L, 2L, 0L, 0L, 1L);
    assertThat(steps(statement(root, A1))).containsExactly(2L, 3L, 3L, 1L, 1L);
    assertThat(statement(root, K1).get("answers").asInt()).isEqualTo(10);
    assertThat(root.get("suppression").get("applied").asBoolean()).isFalse();
    assertThat(root.get("themes"))
        .extracting(t -> t.get("heading").asText())
        .containsExactly(
            "Kvalitet i utredningsarbetet", "Arbetssituation", "Samverkan", "Övriga kommentarer");
    assertThat(root.get("themes").get(1).get("comments").get(1).asText())
        .isEqualTo("Ärendemängden har ökat under året.\nVi har haft vakanser sedan i våras.");
  }

  @Test
  void theDefaultThresholdSuppressesTheCellsOfOneAndTwo() throws Exception {
    Run run =
        run(
            "questionnaire",
            answers.toString(),
            "--statements",
            statements.toString(),
            "--format",
            "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(steps(statement(root, K1))).containsExactly(7L, null, 0L, 0L, null);
    assertThat(steps(statement(root, A1))).containsExactly(null, 3L, 3L, null, null);
    assertThat(root.get("suppression").get("threshold").asInt()).isEqualTo(3);
    assertThat(root.get("suppression").get("notes").get(0).asText())
        .contains("antal från 1 till 2 döljs");
  }

  @Test
  void htmlAndPdfAreWrittenToTheOutputFile() throws Exception {
    Path html = dir.resolve("uppfoljning.html");
    Run h =
        run(
            "questionnaire",
            answers.toString(),
            "--statements",
            statements.toString(),
            "--title",
            "Uppföljning av BBIC i Exempelregionen 2026",
            "--threshold",
            "0",
            "-o",
            html.toString());
    assertThat(h.exit()).as(h.err()).isZero();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).contains("<h1>Uppföljning av BBIC i Exempelregionen 2026</h1>", K1, A1);
    assertThat(page).contains("Mer utbildning i &lt;b&gt;BBIC-triangeln&lt;/b&gt; &amp; handboken");
    assertThat(page.split("<svg", -1)).hasSize(7); // six statements, one chart each

    Path pdf = dir.resolve("uppfoljning.pdf");
    Run p =
        run(
            "questionnaire",
            answers.toString(),
            "--statements",
            statements.toString(),
            "--format",
            "pdf",
            "--threshold",
            "0",
            "-o",
            pdf.toString());
    assertThat(p.exit()).as(p.err()).isZero();
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Sida 1 av " + doc.getNumberOfPages(), K1);
      assertThat(text).contains("Mer utbildning i <b>BBIC-triangeln</b> & handboken behövs.");
    }
    // free text goes to the page, never to the console
    assertThat(h.err() + p.err()).doesNotContain("vakanser", "triangeln");
  }

  @Test
  void theEnglishPageAndACommaSeparatedFileWithoutBomGiveTheSameCounts() throws Exception {
    // as Excel saves in an English locale: commas, no byte-order mark; numbers for the scale
    String swedish = Files.readString(answers, StandardCharsets.UTF_8).substring(1);
    String[] words = {
      "Instämmer inte alls", "Instämmer delvis", "Instämmer helt", "Kan ej uttala mig", "Instämmer"
    };
    String[] numbers = {"4", "3", "1", "5", "2"};
    StringBuilder sb = new StringBuilder();
    for (String line : swedish.split("\r\n")) {
      List<String> cells = new ArrayList<>();
      for (String cell : line.split(";", -1)) {
        for (int i = 0; i < words.length; i++) {
          if (cell.equals(words[i])) {
            cell = numbers[i];
          }
        }
        cells.add(cell.contains(",") ? "\"" + cell + "\"" : cell);
      }
      sb.append(String.join(",", cells)).append('\n');
    }
    Path comma = dir.resolve("answers-en.csv");
    Files.writeString(comma, sb.toString(), StandardCharsets.UTF_8);
    Run run =
        run(
            "questionnaire",
            comma.toString(),
            "--statements",
            statements.toString(),
            "--format",
            "json",
            "--threshold",
            "0",
            "--lang",
            "en");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(steps(statement(root, K1))).containsExactly(7L, 2L, 0L, 0L, 1L);
    assertThat(steps(statement(root, A1))).containsExactly(2L, 3L, 3L, 1L, 1L);
    assertThat(root.get("scale").get(0).get("label").asText()).isEqualTo("Fully agree");
  }

  static Stream<Arguments> badInput() {
    String st = "id;theme;text\r\nK1;Kvalitet;Ett\r\nA1;Arbete;Två\r\n";
    return Stream.of(
        Arguments.of(
            st,
            "K1;A1;comment\r\nInstämmer;Instämmer;\r\nInstämmer;Inst. helt;Hemlig kommentar\r\n",
            "svar.csv, rad 3, kolumn 2 (B): svaret på A1 är inte ett steg på skalan",
            "svar.csv, line 3, column 2 (B): the answer to A1 is not a step of the scale"),
        Arguments.of(
            st,
            "K1;A9\r\n1;2\r\n",
            "svar.csv, rad 1, kolumn 2 (B): kolumnen \"A9\" är inget påstående",
            "svar.csv, line 1, column 2 (B): the column \"A9\" is no statement"),
        Arguments.of(
            st,
            "K1;A1;K1\r\n1;2;3\r\n",
            "svar.csv, rad 1, kolumn 3 (C): kolumnen K1 finns två gånger",
            "svar.csv, line 1, column 3 (C): the column K1 appears twice"),
        Arguments.of(
            st,
            "K1;A1\r\n1;2\r\n1\r\n",
            "svar.csv, rad 3, kolumn 2 (B): raden har inte lika många celler som rubrikraden",
            "svar.csv, line 3, column 2 (B): the row does not have as many cells"),
        Arguments.of(
            "id;text\r\nK1;Ett\r\nK1;Två\r\n",
            "K1\r\n1\r\n",
            "pastaenden.csv, rad 3, kolumn 1 (A): påståendet K1 finns redan",
            "pastaenden.csv, line 3, column 1 (A): the statement K1 is listed already"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("badInput")
  void badInputIsNamedWithFileLineAndColumnExitsTwoAndWritesNothing(
      String st, String svar, String swedish, String english, @TempDir Path tmp) throws Exception {
    Path s = Files.writeString(tmp.resolve("pastaenden.csv"), st, StandardCharsets.UTF_8);
    Path a = Files.writeString(tmp.resolve("svar.csv"), svar, StandardCharsets.UTF_8);
    for (String format : new String[] {"html", "pdf", "csv", "json"}) {
      Path out = tmp.resolve("ut." + format);
      Run sv =
          run(
              "questionnaire",
              a.toString(),
              "--statements",
              s.toString(),
              "--format",
              format,
              "-o",
              out.toString());
      assertThat(sv.exit()).isEqualTo(BbicCli.UNREADABLE);
      assertThat(sv.err())
          .contains(
              tmp.resolve(swedish.substring(0, swedish.indexOf(',')))
                  + swedish.substring(swedish.indexOf(',')));
      assertThat(sv.err()).doesNotContain("Hemlig", "Exception", "\tat ");
      assertThat(out).doesNotExist();
      try (Stream<Path> files = Files.list(tmp)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .containsExactlyInAnyOrder("pastaenden.csv", "svar.csv");
      }
    }
    Run en = run("questionnaire", a.toString(), "--statements", s.toString(), "--lang", "en");
    assertThat(en.exit()).isEqualTo(BbicCli.UNREADABLE);
    assertThat(en.err()).contains(english.substring(english.indexOf(',')));
    assertThat(en.out()).isEmpty();
  }

  @Test
  void everyProblemHasItsMessageInSwedishAndEnglish() {
    for (org.openbbic.stats.QuestionnaireCsvException.Problem p :
        org.openbbic.stats.QuestionnaireCsvException.Problem.values()) {
      for (java.util.Locale l :
          new java.util.Locale[] {
            java.util.Locale.forLanguageTag("sv"), java.util.Locale.ENGLISH
          }) {
        assertThat(Texts.find("questionnaire.problem." + p.name(), l)).as(p + " " + l).isPresent();
      }
    }
    assertThat(Texts.get("questionnaire.problem.RAGGED_ROW", java.util.Locale.ENGLISH))
        .isNotEqualTo(
            Texts.get("questionnaire.problem.RAGGED_ROW", java.util.Locale.forLanguageTag("sv")));
  }

  @Test
  void aMissingFileIsNamedAndExitsTwo() {
    Run run =
        run(
            "questionnaire",
            dir.resolve("saknas.csv").toString(),
            "--statements",
            statements.toString());
    assertThat(run.exit()).isEqualTo(BbicCli.UNREADABLE);
    assertThat(run.err()).contains("saknas.csv: Filen finns inte.");
  }

  @Test
  void theHelpDocumentsTheFilesTheScaleAndTheCommentColumns() {
    Run run = run("questionnaire", "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.text())
        .contains(
            "id;theme;text",
            "1  Instämmer helt        Fully agree",
            "5  Kan ej uttala mig     Cannot say")
        .contains("comment:TEMA", "--threshold", "--statements", "html|pdf|csv|json");
  }
}
