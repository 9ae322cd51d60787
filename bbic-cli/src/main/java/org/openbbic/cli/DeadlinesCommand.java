package org.openbbic.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.openbbic.export.BbicExport;
import org.openbbic.forms.CaseFile;
import org.openbbic.validation.Deadline;
import org.openbbic.validation.DeadlineCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bbic deadlines}: the statutory deadline calendar of each case file. */
@Command(
    name = "deadlines",
    mixinStandardHelpOptions = true,
    description = "Skriver de lagstadgade tidsfristerna för varje ärendekedja.")
final class DeadlinesCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = "--as-of",
      paramLabel = "DATUM",
      description = "Datum som frister bedöms mot (ÅÅÅÅ-MM-DD); standard i dag.",
      converter = Converters.Date.class)
  LocalDate asOf = LocalDate.now(Converters.SWEDEN);

  @Parameters(arity = "1..*", paramLabel = "FIL", description = "Filer, kataloger eller -.")
  List<String> files;

  @Override
  public Integer call() {
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
              Object value = item.result().value().get();
              String where = item.batch() ? item.file() + "#" + item.index() : item.file();
              if (!(value instanceof CaseFile caseFile)) {
                out.println(where + ": " + Texts.get("cli.notCaseFile", common.locale()));
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
              List<Deadline> deadlines = DeadlineCalendar.of(caseFile, asOf).deadlines();
              if (deadlines.isEmpty()) {
                out.println("  " + Texts.get("cli.noDeadlines", common.locale()));
              }
              for (Deadline d : deadlines) {
                out.printf(
                    "  %s  %-10s %s%s%n",
                    d.dueDate(),
                    Texts.get("deadline." + d.status().name(), common.locale()),
                    d.what(common.locale()),
                    d.legalBasis().map(b -> " — " + b.cite(common.locale())).orElse(""));
              }
            });
    out.flush();
    return status[0];
  }
}
