package org.openbbic.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openbbic.stats.internal.Publication;
import org.openbbic.stats.internal.Published;
import org.openbbic.stats.internal.Render;

/**
 * Publishes results as JSON, CSV (one file per table) or one self-contained HTML page with inline
 * SVG bar charts and no JavaScript. Small-number protection is applied here: counts below the
 * threshold are suppressed (".." in CSV and HTML, {@code null} in JSON) and every output says so.
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

  /** Writes {@code result} as JSON. */
  public static void writeJson(QuestionnaireResult result, PublishOptions options, Writer out)
      throws IOException {
    Render.json(result.publish(options), out);
  }

  /** Writes {@code result} as one HTML page: a frequency table and a bar chart per statement. */
  public static void writeHtml(QuestionnaireResult result, PublishOptions options, Writer out)
      throws IOException {
    Render.html(result.publish(options), options.locale(), out);
  }

  /** The CSV files of {@code result}: file name → bytes, in order. */
  public static Map<String, byte[]> csvFiles(QuestionnaireResult result, PublishOptions options) {
    return Render.csv(
        result.publish(options), options.locale(), options.separator(), options.byteOrderMark());
  }

  /** Writes the CSV files of {@code result} into {@code directory} (created if missing). */
  public static List<Path> writeCsv(
      QuestionnaireResult result, PublishOptions options, Path directory) throws IOException {
    return write(csvFiles(result, options), directory);
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
