package org.openbbic.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openbbic.stats.PublishOptions;
import org.openbbic.stats.QuestionnaireCsv;
import org.openbbic.stats.QuestionnaireCsvException;
import org.openbbic.stats.QuestionnaireResult;
import org.openbbic.stats.StatsWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bbic questionnaire}: an implementation follow-up survey, from the spreadsheet of answers
 * (CSV) and the list of statements, to its published tables: HTML, PDF, CSV or JSON. Reading,
 * counting and rendering are {@link QuestionnaireCsv} and {@link StatsWriter}'s; bad input is
 * reported with file, line and column, exits 2 and writes nothing.
 */
@Command(name = "questionnaire", mixinStandardHelpOptions = true)
final class QuestionnaireCommand implements Callable<Integer> {

  private static final List<String> FORMATS = List.of("html", "pdf", "csv", "json");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = "--statements",
      required = true,
      paramLabel = "${bundle:label.statements:-PÅSTÅENDEN}")
  Path statements;

  @Option(names = "--title", paramLabel = "${bundle:label.title:-TITEL}")
  String title = "";

  @Option(names = "--format", paramLabel = "html|pdf|csv|json")
  String format = "html";

  @Option(names = "--threshold", paramLabel = "N")
  int threshold = PublishOptions.DEFAULT_THRESHOLD;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "${bundle:label.out:-UT}")
  Path output;

  @Parameters(index = "0", descriptionKey = "answers", paramLabel = "${bundle:label.answers:-SVAR}")
  Path answers;

  @Override
  public Integer call() throws IOException {
    Locale locale = common.locale();
    String kind = format.toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(kind)) {
      throw new ParameterException(
          spec.commandLine(), Texts.get("arg.format.questionnaire", locale));
    }
    if (threshold < 0) {
      throw new ParameterException(spec.commandLine(), Texts.get("arg.threshold", locale));
    }
    QuestionnaireResult result;
    try {
      result = QuestionnaireCsv.read(title, statements, answers);
    } catch (QuestionnaireCsvException e) {
      spec.commandLine().getErr().println("bbic: " + message(e, locale));
      return BbicCli.UNREADABLE;
    } catch (NoSuchFileException e) {
      spec.commandLine()
          .getErr()
          .println("bbic: " + e.getFile() + ": " + Texts.get("cli.fileMissing", locale));
      return BbicCli.UNREADABLE;
    } catch (IOException e) {
      String file = Files.isReadable(statements) ? answers.toString() : statements.toString();
      spec.commandLine()
          .getErr()
          .println("bbic: " + file + ": " + Texts.get("cli.fileUnreadable", locale));
      return BbicCli.UNREADABLE;
    }
    PublishOptions options = PublishOptions.defaults().withThreshold(threshold).withLocale(locale);
    Outputs.write(
        output,
        out -> {
          switch (kind) {
            case "pdf" -> StatsWriter.writePdf(result, options, out);
            case "csv" -> StatsWriter.writeCsv(result, options, out);
            default -> {
              Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
              if (kind.equals("json")) {
                StatsWriter.writeJson(result, options, writer);
              } else {
                StatsWriter.writeHtml(result, options, writer);
              }
              writer.flush();
            }
          }
        });
    return BbicCli.OK;
  }

  /** The file, line and column, then what is wrong; never a cell's content. */
  static String message(QuestionnaireCsvException e, Locale locale) {
    String where;
    if (e.line() > 0 && e.column() > 0) {
      where =
          Texts.format(
              "questionnaire.at.cell", locale, e.file(), e.line(), e.column(), e.columnLetters());
    } else if (e.line() > 0) {
      where = Texts.format("questionnaire.at.line", locale, e.file(), e.line());
    } else {
      where = e.file();
    }
    String what = Texts.get("questionnaire.problem." + e.problem().name(), locale);
    if (e.heading().isPresent()) {
      what = String.format(Locale.ROOT, what, e.heading().get());
    }
    return where + ": " + what;
  }
}
