package org.openbbic.stats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openbbic.print.PrintPage;
import org.openbbic.stats.internal.Publication;
import org.openbbic.stats.internal.Published;
import org.openbbic.stats.internal.QuestionnairePages;
import org.openbbic.stats.internal.Render;

/**
 * Publishes results as JSON, CSV (one file per table of a follow-up report, one file of a
 * questionnaire), one self-contained HTML page with inline SVG bar charts and no JavaScript, or (a
 * questionnaire) a PDF. Small-number protection is applied here: counts below the threshold are
 * suppressed (".." in CSV and HTML, {@code null} in JSON) and every output says so.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class StatsWriter {

  private StatsWriter() {}

  /** Writes {@code result} as JSON (UTF-8 when {@code out} encodes so). */
  public static void writeJson(FollowUpResult result, PublishOptions options, Writer out)
      throws IOException {
    Render.json(followUp(result, options), out);
  }

  /** Writes {@code result} as one HTML page. */
  public static void writeHtml(FollowUpResult result, PublishOptions options, Writer out)
      throws IOException {
    Render.html(followUp(result, options), options.locale(), out);
  }

  /** The CSV files of {@code result}: file name → bytes, in order. */
  public static Map<String, byte[]> csvFiles(FollowUpResult result, PublishOptions options) {
    return Render.csv(
        followUp(result, options), options.locale(), options.separator(), options.byteOrderMark());
  }

  /** Writes the CSV files of {@code result} into {@code directory} (created if missing). */
  public static List<Path> writeCsv(FollowUpResult result, PublishOptions options, Path directory)
      throws IOException {
    return write(csvFiles(result, options), directory);
  }

  /** The file name of the published JSON Schema of a questionnaire's JSON. */
  public static final String QUESTIONNAIRE_SCHEMA_FILE = "openbbic-questionnaire-1.schema.json";

  /**
   * Writes {@code result} as one JSON object, as the schema {@link #questionnaireSchema()}
   * describes: per theme its statements (count and share per answer, the number of answers) and its
   * comments.
   */
  public static void writeJson(QuestionnaireResult result, PublishOptions options, Writer out)
      throws IOException {
    out.write(questionnaire(result, options).json());
    out.flush();
  }

  /**
   * Writes {@code result} as one HTML page: per theme, a frequency table and an SVG bar chart per
   * statement, then the theme's comments (escaped); no script.
   */
  public static void writeHtml(QuestionnaireResult result, PublishOptions options, Writer out)
      throws IOException {
    out.write(questionnaire(result, options).html());
    out.flush();
  }

  /**
   * Writes {@code result} as a PDF (A4, "Sida X av Y") through the printouts' renderer, the charts
   * as bars in the tables; {@code out} is not closed.
   *
   * @throws org.openbbic.print.PrintException when the PDF engine or the output fails
   */
  public static void writePdf(
      QuestionnaireResult result, PublishOptions options, OutputStream out) {
    PrintPage.writePdf(questionnaire(result, options).xhtml(), out);
  }

  /**
   * Writes {@code result} as one CSV file with the options' separator and byte-order mark, CRLF
   * line ends: a block about the questionnaire (title, respondents, threshold, notes), an empty
   * line, one row per statement and answer (theme, id, statement, answers, code, answer, count,
   * share), and, after another empty line, the comments with their themes.
   */
  public static void writeCsv(QuestionnaireResult result, PublishOptions options, OutputStream out)
      throws IOException {
    out.write(questionnaire(result, options).csv(options.separator(), options.byteOrderMark()));
    out.flush();
  }

  /**
   * The JSON Schema (draft 2020-12) of {@link #writeJson(QuestionnaireResult, PublishOptions,
   * Writer)}'s output.
   */
  public static URL questionnaireSchema() {
    return StatsWriter.class.getResource(QUESTIONNAIRE_SCHEMA_FILE);
  }

  private static QuestionnairePages questionnaire(QuestionnaireResult r, PublishOptions o) {
    return new QuestionnairePages(r, o.threshold(), o.locale());
  }

  private static Published.Document followUp(FollowUpResult result, PublishOptions options) {
    return Publication.followUp(result, options.threshold(), options.locale());
  }

  private static List<Path> write(Map<String, byte[]> files, Path directory) throws IOException {
    Files.createDirectories(directory);
    List<Path> paths = new ArrayList<>();
    try {
      files.forEach(
          (name, bytes) -> {
            try {
              Path p = directory.resolve(name);
              Files.write(p, bytes);
              paths.add(p);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return paths;
  }
}
