package org.openbbic.stats;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openbbic.stats.QuestionnaireCsvException.Problem;

/**
 * Reads an implementation follow-up questionnaire from two spreadsheets saved as CSV, as Excel
 * writes them in Swedish ({@code ;}) and English ({@code ,}) locales: UTF-8 with or without a
 * byte-order mark, CRLF or LF line ends, quoted cells (which may hold the separator, quotes and
 * line breaks). The separator is told from the heading row.
 *
 * <p><b>Statements</b>: a heading row {@code id;theme;text} (also {@code tema}, and {@code
 * påstående} for {@code text}; {@code theme} may be left out), then one statement per row, in the
 * order they are published.
 *
 * <p><b>Answers</b>: a heading row naming a statement id per column, then one row per respondent. A
 * cell holds a step of the scale in Swedish or English, or its number; case, surrounding spaces and
 * a final full stop do not matter; an empty cell is no answer:
 *
 * <table>
 *   <caption>The scale</caption>
 *   <tr><th>number</th><th>Swedish</th><th>English</th></tr>
 *   <tr><td>1</td><td>Instämmer helt</td><td>Fully agree</td></tr>
 *   <tr><td>2</td><td>Instämmer</td><td>Agree</td></tr>
 *   <tr><td>3</td><td>Instämmer delvis</td><td>Partly agree</td></tr>
 *   <tr><td>4</td><td>Instämmer inte alls</td><td>Do not agree at all</td></tr>
 *   <tr><td>5</td><td>Kan ej uttala mig</td><td>Cannot say</td></tr>
 * </table>
 *
 * <p>Free-text comments go in columns headed {@code comment} (a general comment) or {@code
 * comment:THEME} (a comment on that theme's statements; {@code kommentar} and {@code
 * kommentar:TEMA} too). A row whose every cell is empty is skipped.
 *
 * <p>Anything else is a {@link QuestionnaireCsvException} with the file, line and column: a column
 * that names no statement, a repeated column, a row with more or fewer cells than the heading, a
 * word off the scale. Nothing is counted then. Cell contents never appear in a message.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class QuestionnaireCsv {

  /** The largest file read: 16 MiB (a survey of many thousand respondents). */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private static final int MAX_HEADING = 60;

  private static final Map<String, Agreement> SCALE = new HashMap<>();

  static {
    for (Agreement a : Agreement.values()) {
      SCALE.put(Integer.toString(a.ordinal() + 1), a);
      SCALE.put(normal(a.label(Locale.forLanguageTag("sv"))), a);
      SCALE.put(normal(a.label(Locale.ENGLISH)), a);
    }
  }

  private QuestionnaireCsv() {}

  /**
   * The result of the answers in {@code answers} to the statements in {@code statements}; files are
   * named in messages as given.
   *
   * @param title the questionnaire's title ({@code ""}: the default one)
   * @throws IOException when a file cannot be read
   * @throws QuestionnaireCsvException when a file's content is wrong
   */
  public static QuestionnaireResult read(String title, Path statements, Path answers)
      throws IOException, QuestionnaireCsvException {
    String sName = statements.toString();
    String aName = answers.toString();
    return read(title, sName, bytes(sName, statements), aName, bytes(aName, answers));
  }

  /**
   * The result of the answers ({@code answers}, a file called {@code answersName} in messages) to
   * the statements ({@code statements}, called {@code statementsName}).
   *
   * @throws QuestionnaireCsvException when a file's content is wrong
   */
  public static QuestionnaireResult read(
      String title, String statementsName, byte[] statements, String answersName, byte[] answers)
      throws QuestionnaireCsvException {
    ImplementationQuestionnaire.Builder builder =
        ImplementationQuestionnaire.builder().title(title);
    statements(statementsName, statements).forEach(builder::statement);
    ImplementationQuestionnaire q = builder.build();
    answers(q, answersName, answers);
    return q.result();
  }

  /**
   * The statements of a statements file, in order.
   *
   * @throws QuestionnaireCsvException when its content is wrong
   */
  public static List<QuestionnaireStatement> statements(String name, byte[] csv)
      throws QuestionnaireCsvException {
    Table t = Table.parse(name, csv);
    int id = -1;
    int theme = -1;
    int text = -1;
    for (int c = 0; c < t.heading.size(); c++) {
      String h = t.heading.get(c).toLowerCase(Locale.ROOT);
      switch (h) {
        case "id" -> id = c;
        case "theme", "tema" -> theme = c;
        case "text", "påstående" -> text = c;
        default -> {
          // other columns (notes of the author) are kept out of the questionnaire
        }
      }
    }
    if (id < 0 || text < 0) {
      throw new QuestionnaireCsvException(
          Problem.MISSING_COLUMN, name, t.headingLine, 0, id < 0 ? "id" : "text");
    }
    List<QuestionnaireStatement> list = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Row row : t.rows) {
      String sid = row.cells.get(id);
      String stext = row.cells.get(text);
      if (sid.isEmpty() || stext.isEmpty()) {
        int c = sid.isEmpty() ? id : text;
        throw new QuestionnaireCsvException(
            Problem.EMPTY_CELL, name, row.line, c + 1, t.heading.get(c));
      }
      if (!ids.add(sid)) {
        throw new QuestionnaireCsvException(
            Problem.DUPLICATE_STATEMENT, name, row.line, id + 1, heading(sid));
      }
      list.add(new QuestionnaireStatement(sid, stext, theme < 0 ? "" : row.cells.get(theme)));
    }
    if (list.isEmpty()) {
      throw new QuestionnaireCsvException(Problem.NO_STATEMENTS, name, 0, 0, null);
    }
    return List.copyOf(list);
  }

  /**
   * Adds every respondent of an answers file to {@code questionnaire}; when the file is wrong,
   * nothing is added.
   *
   * @throws QuestionnaireCsvException when its content is wrong
   */
  public static void answers(ImplementationQuestionnaire questionnaire, String name, byte[] csv)
      throws QuestionnaireCsvException {
    Table t = Table.parse(name, csv);
    Set<String> ids = new HashSet<>();
    Set<String> themes = new HashSet<>();
    for (QuestionnaireStatement s : questionnaire.statements()) {
      ids.add(s.id());
      themes.add(s.theme());
    }
    // per column: a statement id, or the theme of a comment column (prefixed by a tab), or null
    // for a column without heading (Excel may add one), which must stay empty
    String[] meaning = new String[t.heading.size()];
    for (int c = 0; c < meaning.length; c++) {
      String h = t.heading.get(c);
      String theme = commentTheme(h);
      if (h.isEmpty()) {
        meaning[c] = null;
      } else if (theme != null) {
        if (!theme.isEmpty() && !themes.contains(theme)) {
          throw new QuestionnaireCsvException(
              Problem.UNKNOWN_THEME, name, t.headingLine, c + 1, heading(h));
        }
        meaning[c] = "\t" + theme;
      } else if (ids.contains(h)) {
        meaning[c] = h;
      } else if (SCALE.containsKey(normal(h))) {
        // a row of answers where the headings should be: its cells are not repeated in messages
        throw new QuestionnaireCsvException(
            Problem.NO_HEADING_ROW, name, t.headingLine, c + 1, null);
      } else {
        throw new QuestionnaireCsvException(
            Problem.UNKNOWN_STATEMENT, name, t.headingLine, c + 1, heading(h));
      }
    }
    List<Map<String, Agreement>> answers = new ArrayList<>();
    List<List<String[]>> comments = new ArrayList<>();
    for (Row row : t.rows) {
      Map<String, Agreement> answer = new LinkedHashMap<>();
      List<String[]> said = new ArrayList<>();
      for (int c = 0; c < meaning.length; c++) {
        String cell = row.cells.get(c);
        if (cell.isEmpty()) {
          continue;
        }
        if (meaning[c] == null) {
          throw new QuestionnaireCsvException(Problem.UNKNOWN_STATEMENT, name, row.line, c + 1, "");
        }
        if (meaning[c].startsWith("\t")) {
          said.add(new String[] {meaning[c].substring(1), cell});
          continue;
        }
        Agreement a = SCALE.get(normal(cell));
        if (a == null) {
          throw new QuestionnaireCsvException(
              Problem.UNKNOWN_SCALE_WORD, name, row.line, c + 1, heading(t.heading.get(c)));
        }
        answer.put(meaning[c], a);
      }
      answers.add(answer);
      comments.add(said);
    }
    for (int i = 0; i < answers.size(); i++) {
      questionnaire.answer(answers.get(i));
      for (String[] comment : comments.get(i)) {
        questionnaire.comment(comment[0], comment[1]);
      }
    }
  }

  /** The theme of a comment column ({@code ""}: general), or {@code null} for another column. */
  private static String commentTheme(String heading) {
    String lower = heading.toLowerCase(Locale.ROOT);
    for (String word : new String[] {"comment", "kommentar"}) {
      if (lower.equals(word)) {
        return "";
      }
      if (lower.startsWith(word + ":")) {
        return heading.substring(word.length() + 1).strip();
      }
    }
    return null;
  }

  /** A scale word as compared: NFC, lower case, single spaces, no final full stop. */
  private static String normal(String cell) {
    String s = Normalizer.normalize(cell, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    s = s.replaceAll("\\s+", " ");
    return s.endsWith(".") ? s.substring(0, s.length() - 1).strip() : s;
  }

  private static String heading(String h) {
    return h.length() > MAX_HEADING ? h.substring(0, MAX_HEADING - 1) + "…" : h;
  }

  private static byte[] bytes(String name, Path file)
      throws IOException, QuestionnaireCsvException {
    if (Files.size(file) > MAX_BYTES) {
      throw new QuestionnaireCsvException(Problem.TOO_LARGE, name, 0, 0, null);
    }
    return Files.readAllBytes(file);
  }

  private record Row(int line, List<String> cells) {}

  /** A parsed file: the heading row and the rows that are not wholly empty, cells stripped. */
  private static final class Table {
    final List<String> heading;
    final int headingLine;
    final List<Row> rows;

    private Table(List<String> heading, int headingLine, List<Row> rows) {
      this.heading = heading;
      this.headingLine = headingLine;
      this.rows = rows;
    }

    static Table parse(String name, byte[] csv) throws QuestionnaireCsvException {
      if (csv.length > MAX_BYTES) {
        throw new QuestionnaireCsvException(Problem.TOO_LARGE, name, 0, 0, null);
      }
      String text = decode(name, csv);
      int[] lineStarts = lineStarts(text);
      CSVFormat format =
          CSVFormat.EXCEL
              .builder()
              .setDelimiter(delimiter(text))
              .setIgnoreEmptyLines(true)
              .setTrim(false)
              // Excel never writes text after a closing quote nor an unclosed quote: say so
              .setTrailingData(false)
              .setLenientEof(false)
              .get();
      List<String> heading = null;
      int headingLine = 0;
      List<Row> rows = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
        for (CSVRecord record : records(parser, name, lineStarts)) {
          int line = line(lineStarts, start(text, record.getCharacterPosition()));
          List<String> cells = new ArrayList<>(record.size());
          boolean empty = true;
          for (String cell : record) {
            String s = cell.strip();
            cells.add(s);
            empty &= s.isEmpty();
          }
          if (empty) {
            continue;
          }
          if (heading == null) {
            for (int c = 0; c < cells.size(); c++) {
              if (!cells.get(c).isEmpty() && !seen.add(cells.get(c))) {
                throw new QuestionnaireCsvException(
                    Problem.DUPLICATE_COLUMN, name, line, c + 1, heading(cells.get(c)));
              }
            }
            heading = List.copyOf(cells);
            headingLine = line;
            continue;
          }
          if (cells.size() != heading.size()) {
            throw new QuestionnaireCsvException(
                Problem.RAGGED_ROW, name, line, Math.min(cells.size(), heading.size()) + 1, null);
          }
          rows.add(new Row(line, cells));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringReader does not fail
      }
      if (heading == null) {
        throw new QuestionnaireCsvException(Problem.EMPTY, name, 0, 0, null);
      }
      return new Table(heading, headingLine, rows);
    }

    /** The records; a quoting error becomes {@link Problem#BAD_QUOTES} on its line. */
    private static List<CSVRecord> records(CSVParser parser, String name, int[] lineStarts)
        throws QuestionnaireCsvException {
      List<CSVRecord> records = new ArrayList<>();
      long end = 0; // the lines the good records took
      try {
        for (CSVRecord r : parser) {
          records.add(r);
          end = parser.getCurrentLineNumber();
        }
      } catch (UncheckedIOException | IllegalStateException e) {
        // the failing record begins after the last good one; commons-csv's message quotes the
        // input, so it is not shown
        long line = Math.min(end + 1, lineStarts.length);
        throw new QuestionnaireCsvException(Problem.BAD_QUOTES, name, (int) line, 0, null);
      }
      return records;
    }

    private static String decode(String name, byte[] csv) throws QuestionnaireCsvException {
      int start =
          csv.length >= 3 && csv[0] == (byte) 0xEF && csv[1] == (byte) 0xBB && csv[2] == (byte) 0xBF
              ? 3
              : 0;
      CharsetDecoder decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(csv, start, csv.length - start);
      try {
        return decoder.decode(in).toString();
      } catch (MalformedInputException e) {
        int bad = in.position();
        // the line and column of the bad byte, from the text before it
        String before = new String(Arrays.copyOfRange(csv, start, bad), StandardCharsets.UTF_8);
        int[] starts = lineStarts(before);
        int line = starts.length;
        int column = before.length() - starts[starts.length - 1] + 1;
        throw new QuestionnaireCsvException(Problem.NOT_UTF8, name, line, column, null);
      } catch (CharacterCodingException e) {
        throw new QuestionnaireCsvException(Problem.NOT_UTF8, name, 0, 0, null);
      }
    }

    /** {@code ;} or {@code ,}: whichever the first line holds more of outside quotes. */
    private static char delimiter(String text) {
      int semicolons = 0;
      int commas = 0;
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
          if (semicolons + commas > 0) {
            break;
          }
        } else if (!quoted && c == ';') {
          semicolons++;
        } else if (!quoted && c == ',') {
          commas++;
        }
      }
      return commas > semicolons ? ',' : ';';
    }

    /** The offsets where lines begin (CRLF, LF and CR end a line). */
    private static int[] lineStarts(String text) {
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
          starts.add(i + 1);
        } else if (c == '\n' || c == '\r') {
          starts.add(i + 1);
        }
      }
      return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Where a record begins: after the empty lines the parser skipped before it. */
    private static long start(String text, long position) {
      long p = position;
      while (p < text.length() && (text.charAt((int) p) == '\r' || text.charAt((int) p) == '\n')) {
        p++;
      }
      return p;
    }

    /** The line, from 1, of the character at {@code offset}. */
    private static int line(int[] starts, long offset) {
      int i = Arrays.binarySearch(starts, (int) offset);
      return i >= 0 ? i + 1 : -i - 1;
    }
  }
}
