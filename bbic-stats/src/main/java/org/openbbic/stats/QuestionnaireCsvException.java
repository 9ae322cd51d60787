package org.openbbic.stats;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A questionnaire spreadsheet that cannot be read: what is wrong ({@link #problem()}), in which
 * file, on which line and in which column. The message names the column's heading (a statement id
 * or {@code comment}) but never a cell's content, which may be a respondent's free text.
 *
 * @since 0.1
 */
public final class QuestionnaireCsvException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * What is wrong.
   *
   * @since 0.1
   */
  public enum Problem {
    /** The file is larger than {@link QuestionnaireCsv#MAX_BYTES}. */
    TOO_LARGE,
    /** The file is not UTF-8 (the line and column of the first bad byte). */
    NOT_UTF8,
    /** A quoted cell is not closed, or text follows its closing quote. */
    BAD_QUOTES,
    /** The file has no heading row. */
    EMPTY,
    /** A required column ({@code id} or {@code text} of the statements) is missing. */
    MISSING_COLUMN,
    /** Two columns have the same heading. */
    DUPLICATE_COLUMN,
    /** A row has more or fewer cells than the heading row. */
    RAGGED_ROW,
    /** A statement's id or text is empty. */
    EMPTY_CELL,
    /** Two statements have the same id. */
    DUPLICATE_STATEMENT,
    /** The statements file lists no statement. */
    NO_STATEMENTS,
    /** The answers begin with a row of answers, not a heading row of statement ids. */
    NO_HEADING_ROW,
    /** A column of the answers names no statement of the statements file. */
    UNKNOWN_STATEMENT,
    /** A {@code comment:THEME} column names no statement's theme. */
    UNKNOWN_THEME,
    /** An answer is not a word of the scale nor 1–5. */
    UNKNOWN_SCALE_WORD
  }

  private final Problem problem;
  private final String file;
  private final int line;
  private final int column;
  private final String heading;

  /**
   * A problem at a place.
   *
   * @param problem what is wrong
   * @param file the file as the user named it
   * @param line the line, from 1 ({@code 0}: the whole file)
   * @param column the column (field), from 1 ({@code 0}: the whole line)
   * @param heading the column's heading, or {@code null}
   */
  public QuestionnaireCsvException(
      Problem problem, String file, int line, int column, String heading) {
    super(
        file
            + (line > 0 ? ", line " + line : "")
            + (column > 0 ? ", column " + column : "")
            + ": "
            + problem.name().toLowerCase(Locale.ROOT).replace('_', ' ')
            + (heading == null ? "" : " (" + heading + ")"));
    this.problem = Objects.requireNonNull(problem, "problem");
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.column = column;
    this.heading = heading;
  }

  /** What is wrong. */
  public Problem problem() {
    return problem;
  }

  /** The file, as the user named it. */
  public String file() {
    return file;
  }

  /** The line, from 1; {@code 0} when the problem concerns the whole file. */
  public int line() {
    return line;
  }

  /** The column (cell of the row), from 1; {@code 0} when the problem concerns the whole line. */
  public int column() {
    return column;
  }

  /** The column as a spreadsheet names it: A, B, …, Z, AA, …; empty for column 0. */
  public String columnLetters() {
    StringBuilder sb = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      sb.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return sb.toString();
  }

  /** The heading of the column concerned (a statement id, {@code comment:THEME}), if any. */
  public Optional<String> heading() {
    return Optional.ofNullable(heading);
  }
}
