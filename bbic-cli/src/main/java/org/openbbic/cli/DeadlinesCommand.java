package org.openbbic.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.openbbic.export.BbicExport;
import org.openbbic.export.ReportJson;
import org.openbbic.forms.CaseFile;
import org.openbbic.validation.Deadline;
import org.openbbic.validation.DeadlineCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bbic deadlines}: the statutory deadline calendar of each case file. */
@Command(name = "deadlines", mixinStandardHelpOptions = true)
final class DeadlinesCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = "--as-of",
      paramLabel = "${bundle:label.date:-DATUM}",
      converter = Converters.Date.class)
  LocalDate asOf = LocalDate.now(Converters.SWEDEN);

  @Option(names = "--format", paramLabel = "text|json")
  String format = "text";

  @Parameters(descriptionKey = "files", arity = "1..*", paramLabel = "${bundle:label.file:-FIL}")
  List<String> files;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), Texts.get("arg.format.textJson", common.locale()));
    }
    boolean json = format.equals("json");
    PrintWriter out = spec.commandLine().getOut();
    Reports reports = new Reports(common.locale(), false);
    int[] status = {BbicCli.OK};
    new Documents(BbicExport.builder().build(), null, asOf, common.locale())
        .read(
            files,
            item -> {
              if (item.result().value().isEmpty()) {
                reports.print(item, spec.commandLine().getErr());
                status[0] = BbicCli.UNREADABLE;
                return;
              }
              Optional<CaseFile> read = item.caseFile();
              String where = item.batch() ? item.file() + "#" + item.index() : item.file();
              if (read.isEmpty()) {
                if (!json) {
                  out.println(where + ": " + Texts.get("cli.notCaseFile", common.locale()));
                }
                return;
              }
              CaseFile caseFile = read.get();
              List<Deadline> all = DeadlineCalendar.of(caseFile, asOf).deadlines();
              if (json) {
                out.println(
                    ReportJson.deadlines(
                        item.file(), item.index(), caseFile, asOf, all, common.locale()));
                return;
              }
              out.println(
                  where
                      + ": "
                      + Texts.get("cli.caseFile", common.locale())
                      + " "
                      + caseFile.caseId()
                      + " ("
                      + asOf
                      + ")");
              if (all.isEmpty()) {
                out.println("  " + Texts.get("cli.noDeadlines", common.locale()));
              }
              for (Deadline d : all) {
                long late = d.daysLate(asOf);
                out.printf(
                    "  %s  %-10s %s%s%s%n",
                    d.dueDate(),
                    Texts.get("deadline." + d.status().name(), common.locale()),
                    d.what(common.locale()),
                    late > 0
                        ? " (" + Texts.format("cli.daysLate", common.locale(), late) + ")"
                        : "",
                    d.legalBasis().map(b -> " — " + b.citeShort(common.locale())).orElse(""));
              }
            });
    out.flush();
    return status[0];
  }
}
