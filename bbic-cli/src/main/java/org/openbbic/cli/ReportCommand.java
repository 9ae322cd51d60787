package org.openbbic.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openbbic.export.BbicExport;
import org.openbbic.stats.FollowUpReport;
import org.openbbic.stats.FollowUpResult;
import org.openbbic.stats.PublishOptions;
import org.openbbic.stats.StatsWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bbic report}: the follow-up report (verksamhetsuppföljning and client-group description)
 * over a period, in one streaming pass, with small numbers suppressed.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Verksamhetsuppföljning och beskrivning av klientgruppen för en period, med små tal"
            + " dolda (HTML, JSON eller CSV).")
final class ReportCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "DATUM",
      description = "Periodens första dag (ÅÅÅÅ-MM-DD).",
      converter = Converters.Date.class)
  LocalDate from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "DATUM",
      description = "Periodens sista dag (ÅÅÅÅ-MM-DD).",
      converter = Converters.Date.class)
  LocalDate to;

  @Option(
      names = "--format",
      paramLabel = "html|json|csv",
      description = "html (standard), json, eller csv (en fil per tabell i katalogen UT).")
  String format = "html";

  @Option(
      names = "--threshold",
      paramLabel = "N",
      description = "Celler under N döljs i utdata (standard 3).")
  int threshold = PublishOptions.DEFAULT_THRESHOLD;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "UT",
      description = "Utfil (html, json) eller katalog (csv); standard ut för html och json.")
  Path output;

  @Parameters(
      arity = "1..*",
      paramLabel = "FIL",
      description = "Ärendekedjor: filer, kataloger, -.")
  List<String> files;

  @Override
  public Integer call() throws IOException {
    String kind = format.toLowerCase(Locale.ROOT);
    if (!List.of("html", "json", "csv").contains(kind)) {
      throw new ParameterException(spec.commandLine(), "--format: html, json eller csv");
    }
    if (kind.equals("csv") && output == null) {
      throw new ParameterException(spec.commandLine(), "--format csv kräver -o KATALOG");
    }
    if (to.isBefore(from)) {
      throw new ParameterException(spec.commandLine(), "--to ligger före --from");
    }
    FollowUpReport report = FollowUpReport.builder().period(from, to).build();
    boolean allRead =
        new Documents(BbicExport.builder().build(), null, to, common.locale())
            .readCaseFiles(files, report::add, spec.commandLine().getErr());
    FollowUpResult result = report.result();
    PublishOptions options =
        PublishOptions.defaults().withThreshold(threshold).withLocale(common.locale());
    if (kind.equals("csv")) {
      Files.createDirectories(output);
      for (Path written : StatsWriter.writeCsv(result, options, output)) {
        spec.commandLine().getOut().println(written);
      }
    } else {
      Outputs.write(
          output,
          out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (kind.equals("json")) {
              StatsWriter.writeJson(result, options, writer);
            } else {
              StatsWriter.writeHtml(result, options, writer);
            }
            writer.flush();
          });
    }
    return allRead ? BbicCli.OK : BbicCli.UNREADABLE;
  }
}
