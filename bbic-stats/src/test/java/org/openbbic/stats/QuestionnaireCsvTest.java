package org.openbbic.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openbbic.stats.QuestionnaireCsvException.Problem;

/**
 * Reading questionnaires from CSV as Excel writes it: every dialect gives the same counts, and
 * every kind of bad input is reported with its file, line and column and counts nothing.
 */
class QuestionnaireCsvTest {

  private static final List<List<String>> STATEMENTS =
      List.of(
          List.of("id", "theme", "text"),
          List.of("S1", "Kvalitet", "BBIC ger bättre utredningar; barnet syns mer"),
          List.of("S2", "Kvalitet", "Barnets behov beskrivs tydligare, med BBIC-triangeln"),
          List.of("S3", "Arbetssituation", "Arbetsbelastningen är \"för hög\""));

  /** The same answers in the three ways a cell may say them. */
  private static List<List<String>> answers(int words) {
    String[][] scale = {
      {
        "Instämmer helt",
        "Instämmer",
        "Instämmer delvis",
        "Instämmer inte alls",
        "Kan ej uttala mig"
      },
      {"Fully agree", "Agree", "Partly agree", "Do not agree at all", "Cannot say"},
      {"1", "2", "3", "4", "5"}
    };
    String[] w = scale[words];
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("S1", "S2", "S3", "comment:Kvalitet", "comment"));
    rows.add(List.of(w[0], w[1], w[2], "Bra; men tidskrävande", ""));
    rows.add(List.of(w[0], "", w[3], "", "Första raden\nandra raden"));
    rows.add(List.of(w[1], w[4], w[2], "", ""));
    rows.add(List.of("", "", "", "", "")); // an empty row Excel leaves
    rows.add(List.of(w[4], w[1], "", "Säger \"ja\", med komma", ""));
    return rows;
  }

  static byte[] csv(List<List<String>> rows, char separator, boolean bom, String eol) {
    StringBuilder sb = new StringBuilder(bom ? "\uFEFF" : "");
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        sb.append(i == 0 ? "" : String.valueOf(separator));
        boolean quote =
            cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0;
        sb.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
      }
      sb.append(eol);
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  static Stream<Arguments> dialects() {
    List<Arguments> list = new ArrayList<>();
    for (char sep : new char[] {';', ','}) {
      for (boolean bom : new boolean[] {true, false}) {
        for (String eol : new String[] {"\r\n", "\n"}) {
          for (int words = 0; words < 3; words++) {
            list.add(Arguments.of(sep, bom, eol, words));
          }
        }
      }
    }
    return list.stream();
  }

  @ParameterizedTest(name = "separator {0}, BOM {1}, line end {2}, scale words {3}")
  @MethodSource("dialects")
  void everyDialectExcelWritesGivesTheSameCounts(char sep, boolean bom, String eol, int words)
      throws Exception {
    QuestionnaireResult r =
        QuestionnaireCsv.read(
            "T",
            "st.csv",
            csv(STATEMENTS, sep, bom, eol),
            "svar.csv",
            csv(answers(words), sep, bom, eol));
    assertThat(r.statements())
        .extracting(QuestionnaireStatement::id, QuestionnaireStatement::theme)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("S1", "Kvalitet"),
            org.assertj.core.groups.Tuple.tuple("S2", "Kvalitet"),
            org.assertj.core.groups.Tuple.tuple("S3", "Arbetssituation"));
    assertThat(r.statements().get(0).text()).isEqualTo(STATEMENTS.get(1).get(2));
    assertThat(r.statements().get(2).text()).isEqualTo("Arbetsbelastningen är \"för hög\"");
    assertThat(r.respondents()).isEqualTo(4); // the empty row is no respondent
    FrequencyTable s1 = r.table("S1");
    assertThat(s1.count("AGREE_FULLY")).isEqualTo(2);
    assertThat(s1.count("AGREE")).isEqualTo(1);
    assertThat(s1.count("CANNOT_SAY")).isEqualTo(1);
    FrequencyTable s2 = r.table("S2");
    assertThat(s2.count("AGREE")).isEqualTo(2);
    assertThat(s2.count("CANNOT_SAY")).isEqualTo(1);
    assertThat(s2.count(ImplementationQuestionnaire.NO_ANSWER)).isEqualTo(1);
    assertThat(r.answered("S2")).isEqualTo(3);
    FrequencyTable s3 = r.table("S3");
    assertThat(s3.count("AGREE_PARTLY")).isEqualTo(2);
    assertThat(s3.count("DISAGREE")).isEqualTo(1);
    assertThat(s3.count(ImplementationQuestionnaire.NO_ANSWER)).isEqualTo(1);
    assertThat(r.themes()).containsExactly("Kvalitet", "Arbetssituation", "");
    assertThat(r.comments("Kvalitet"))
        .containsExactly("Bra; men tidskrävande", "Säger \"ja\", med komma");
    assertThat(r.comments("")).containsExactly("Första raden\nandra raden");
    assertThat(r.comments("Arbetssituation")).isEmpty();
  }

  @Test
  void scaleWordsIgnoreCaseSpacesAFullStopAndDecomposedLetters() throws Exception {
    String nfd =
        java.text.Normalizer.normalize("instämmer  DELVIS.", java.text.Normalizer.Form.NFD);
    QuestionnaireResult r =
        read(
            "id;text\r\nS1;Ett påstående\r\n",
            "S1\r\n  fully agree \r\n" + nfd + "\r\nKAN EJ UTTALA MIG\r\n");
    assertThat(r.table("S1").count("AGREE_FULLY")).isEqualTo(1);
    assertThat(r.table("S1").count("AGREE_PARTLY")).isEqualTo(1);
    assertThat(r.table("S1").count("CANNOT_SAY")).isEqualTo(1);
    assertThat(r.themes()).containsExactly("");
  }

  private static QuestionnaireResult read(String statements, String answers)
      throws QuestionnaireCsvException {
    return QuestionnaireCsv.read(
        "",
        "st.csv",
        statements.getBytes(StandardCharsets.UTF_8),
        "svar.csv",
        answers.getBytes(StandardCharsets.UTF_8));
  }

  private static final String ST = "id;theme;text\r\nS1;Kvalitet;Första\r\nS2;Kvalitet;Andra\r\n";

  static Stream<Arguments> badAnswers() {
    return Stream.of(
        // what, answers, problem, line, column, heading
        Arguments.of(
            "a word off the scale",
            "S1;S2\r\nInstämmer;1\r\n2;Instämmer nästan\r\n",
            Problem.UNKNOWN_SCALE_WORD,
            3,
            2,
            "S2"),
        Arguments.of(
            "a number off the scale", "S1;S2\r\n6;1\r\n", Problem.UNKNOWN_SCALE_WORD, 2, 1, "S1"),
        Arguments.of(
            "a word off the scale after a cell of two lines",
            "comment;S1\r\n\"rad ett\r\nrad två\";1\r\n\"x\";ja\r\n",
            Problem.UNKNOWN_SCALE_WORD,
            4,
            2,
            "S1"),
        Arguments.of(
            "an unknown statement id",
            "S1;S2;S9\r\n1;2;3\r\n",
            Problem.UNKNOWN_STATEMENT,
            1,
            3,
            "S9"),
        Arguments.of(
            "an unknown statement id after blank lines",
            "\r\n\r\nS1,X2\r\n1,2\r\n",
            Problem.UNKNOWN_STATEMENT,
            3,
            2,
            "X2"),
        Arguments.of(
            "answers without a heading row",
            "Instämmer;Kan ej uttala mig\r\n1;2\r\n",
            Problem.NO_HEADING_ROW,
            1,
            1,
            null),
        Arguments.of(
            "a duplicate column", "S1;S2;S1\r\n1;2;3\r\n", Problem.DUPLICATE_COLUMN, 1, 3, "S1"),
        Arguments.of(
            "a ragged row (too short)",
            "S1;S2;comment\r\n1;2;\r\n1;2\r\n",
            Problem.RAGGED_ROW,
            3,
            3,
            null),
        Arguments.of(
            "a ragged row (too long)", "S1,S2\n1,2\n1,2,3\n", Problem.RAGGED_ROW, 3, 3, null),
        Arguments.of(
            "a comment on an unknown theme",
            "S1;comment:Samverkan\r\n1;bra\r\n",
            Problem.UNKNOWN_THEME,
            1,
            2,
            "comment:Samverkan"),
        Arguments.of(
            "a cell in a column without heading",
            "S1;\r\n1;\r\n2;Instämmer\r\n",
            Problem.UNKNOWN_STATEMENT,
            3,
            2,
            ""),
        Arguments.of(
            "text after a closing quote", "S1;S2\r\n\"1\"x;2\r\n", Problem.BAD_QUOTES, 2, 0, null),
        Arguments.of(
            "a quote never closed", "S1;S2\r\n1;2\r\n\"1;2\r\n", Problem.BAD_QUOTES, 3, 0, null),
        Arguments.of("no heading row", "\r\n\r\n", Problem.EMPTY, 0, 0, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badAnswers")
  void badAnswersNameFileLineAndColumnAndCountNothing(
      String what, String answers, Problem problem, int line, int column, String heading)
      throws Exception {
    ImplementationQuestionnaire.Builder b = ImplementationQuestionnaire.builder();
    QuestionnaireCsv.statements("st.csv", ST.getBytes(StandardCharsets.UTF_8))
        .forEach(b::statement);
    ImplementationQuestionnaire q = b.build();
    assertThatThrownBy(
            () -> QuestionnaireCsv.answers(q, "svar.csv", answers.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            QuestionnaireCsvException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(problem);
              assertThat(e.file()).isEqualTo("svar.csv");
              assertThat(e.line()).as("line").isEqualTo(line);
              assertThat(e.column()).as("column").isEqualTo(column);
              assertThat(e.heading().orElse(null)).isEqualTo(heading);
              // no cell's content in the message
              assertThat(e.getMessage()).doesNotContain("nästan", "bra", "rad ett", "ja");
              assertThat(e.getMessage()).startsWith("svar.csv");
            });
    assertThat(q.result().respondents()).isZero();
  }

  static Stream<Arguments> badStatements() {
    return Stream.of(
        Arguments.of("id;text\r\nS1;A\r\nS1;B\r\n", Problem.DUPLICATE_STATEMENT, 3, 1),
        Arguments.of("id;theme\r\nS1;A\r\n", Problem.MISSING_COLUMN, 1, 0),
        Arguments.of("id;theme;text\r\nS1;A;\r\n", Problem.EMPTY_CELL, 2, 3),
        Arguments.of("id;text;id\r\nS1;A;S2\r\n", Problem.DUPLICATE_COLUMN, 1, 3),
        Arguments.of("id;text\r\nS1;A;x\r\n", Problem.RAGGED_ROW, 2, 3),
        Arguments.of("id;text\r\n", Problem.NO_STATEMENTS, 0, 0));
  }

  @ParameterizedTest(name = "{1} at {2}:{3}")
  @MethodSource("badStatements")
  void badStatementsNameFileLineAndColumn(String csv, Problem problem, int line, int column) {
    assertThatThrownBy(
            () -> QuestionnaireCsv.statements("st.csv", csv.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            QuestionnaireCsvException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(problem);
              assertThat(e.file()).isEqualTo("st.csv");
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.column()).isEqualTo(column);
            });
  }

  @Test
  void aFileThatIsNotUtf8IsNamedWithTheLineAndColumnOfTheFirstBadByte() {
    ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
    latin1.writeBytes("S1;S2\r\n1;Inst".getBytes(StandardCharsets.US_ASCII));
    latin1.write(0xE4); // ä in ISO-8859-1 (Windows-1252), as "CSV (semikolonavgränsad)" writes it
    latin1.writeBytes("mmer\r\n".getBytes(StandardCharsets.US_ASCII));
    ImplementationQuestionnaire q =
        ImplementationQuestionnaire.builder().statement("S1", "A").statement("S2", "B").build();
    assertThatThrownBy(() -> QuestionnaireCsv.answers(q, "svar.csv", latin1.toByteArray()))
        .isInstanceOfSatisfying(
            QuestionnaireCsvException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(Problem.NOT_UTF8);
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo(7);
            });
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedUnread() {
    byte[] huge = new byte[QuestionnaireCsv.MAX_BYTES + 1];
    assertThatThrownBy(() -> QuestionnaireCsv.statements("st.csv", huge))
        .isInstanceOfSatisfying(
            QuestionnaireCsvException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE));
  }

  @Test
  void columnsAreNamedAsASpreadsheetNamesThem() {
    assertThat(new QuestionnaireCsvException(Problem.RAGGED_ROW, "f", 1, 1, null).columnLetters())
        .isEqualTo("A");
    assertThat(new QuestionnaireCsvException(Problem.RAGGED_ROW, "f", 1, 26, null).columnLetters())
        .isEqualTo("Z");
    assertThat(new QuestionnaireCsvException(Problem.RAGGED_ROW, "f", 1, 28, null).columnLetters())
        .isEqualTo("AB");
    assertThat(new QuestionnaireCsvException(Problem.EMPTY, "f", 0, 0, null).columnLetters())
        .isEmpty();
  }
}
