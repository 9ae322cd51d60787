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
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "${bundle:label.date:-DATUM}",
      converter = Converters.Date.class)
  LocalDate from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "${bundle:label.date:-DATUM}",
      converter = Converters.Date.class)
  LocalDate to;

  @Option(names = "--format", paramLabel = "html|json|csv")
  String format = "html";

  @Option(names = "--threshold", paramLabel = "N")
  int threshold = PublishOptions.DEFAULT_THRESHOLD;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "${bundle:label.out:-UT}")
  Path output;

  @Parameters(descriptionKey = "files", arity = "1..*", paramLabel = "${bundle:label.file:-FIL}")
  List<String> files;

  @Override
  public Integer call() throws IOException {
    String kind = format.toLowerCase(Locale.ROOT);
    if (!List.of("html", "json", "csv").contains(kind)) {
      throw new ParameterException(
          spec.commandLine(), Texts.get("arg.format.report", common.locale()));
    }
    if (kind.equals("csv") && output == null) {
      throw new ParameterException(
          spec.commandLine(), Texts.get("arg.csvNeedsOutput", common.locale()));
    }
    if (to.isBefore(from)) {
      throw new ParameterException(
          spec.commandLine(), Texts.get("arg.toBeforeFrom", common.locale()));
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
