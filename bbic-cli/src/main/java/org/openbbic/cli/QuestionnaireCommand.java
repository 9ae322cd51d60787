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
@Command(
    name = "questionnaire",
    mixinStandardHelpOptions = true,
    description =
        "Uppföljning av BBIC-implementeringen: från ett kalkylblad med svar (CSV) till en"
            + " frekvenstabell och ett stapeldiagram per påstående, grupperade per tema, med"
            + " kommentarerna (HTML, PDF, CSV eller JSON).",
    footerHeading = "%nFiler:%n",
    footer = {
      "PÅSTÅENDEN (--statements): rubrikraden id;theme;text (theme, eller tema, får utelämnas;"
          + " påstående går för text), sedan ett påstående per rad i den ordning de ska visas.",
      "SVAR: rubrikraden namnger ett påståendes id per kolumn, sedan en rad per svarande. En"
          + " cell är ett steg på skalan, på svenska, på engelska eller som siffra; en tom cell är"
          + " inget svar:",
      "  1  Instämmer helt        Fully agree",
      "  2  Instämmer             Agree",
      "  3  Instämmer delvis      Partly agree",
      "  4  Instämmer inte alls   Do not agree at all",
      "  5  Kan ej uttala mig     Cannot say",
      "Kommentarer: kolumnen comment (eller kommentar) är en allmän kommentar, kolumnen"
          + " comment:TEMA (kommentar:TEMA) en kommentar till det temats påståenden. Fritext"
          + " visas escapad, per tema, och skrivs aldrig i loggar.",
      "Filerna får vara UTF-8 med eller utan BOM, med ; eller , som avgränsare, som Excel"
          + " sparar dem på svenska och på engelska. Fel i indata anges med fil, rad och kolumn;"
          + " slutstatus 2, och inget skrivs."
    })
final class QuestionnaireCommand implements Callable<Integer> {

  private static final List<String> FORMATS = List.of("html", "pdf", "csv", "json");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = "--statements",
      required = true,
      paramLabel = "PÅSTÅENDEN",
      description = "Påståendena: CSV med id;theme;text.")
  Path statements;

  @Option(
      names = "--title",
      paramLabel = "TITEL",
      description = "Rubriken (standard: Uppföljning av BBIC).")
  String title = "";

  @Option(
      names = "--format",
      paramLabel = "html|pdf|csv|json",
      description = "html (standard), pdf (A4), csv (en fil) eller json.")
  String format = "html";

  @Option(
      names = "--threshold",
      paramLabel = "N",
      description =
          "Antal från 1 till N−1 döljs, som i ärendestatistiken (standard 3); 0 stänger av"
              + " skyddet där de svarande svarar i en offentlig roll. Sidan säger vilket som"
              + " gäller.")
  int threshold = PublishOptions.DEFAULT_THRESHOLD;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "UT",
      description = "Utfil; standard ut annars. Filen skrivs hel eller inte alls.")
  Path output;

  @Parameters(index = "0", paramLabel = "SVAR", description = "Svaren: CSV, en rad per svarande.")
  Path answers;

  @Override
  public Integer call() throws IOException {
    Locale locale = common.locale();
    String kind = format.toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(kind)) {
      throw new ParameterException(spec.commandLine(), "--format: html, pdf, csv eller json");
    }
    if (threshold < 0) {
      throw new ParameterException(spec.commandLine(), "--threshold: 0 eller mer");
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
