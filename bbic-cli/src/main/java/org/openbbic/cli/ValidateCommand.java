package org.openbbic.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.openbbic.export.BbicExport;
import org.openbbic.export.Strictness;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bbic validate}: checks documents, case files and batches, one report per document. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Kontrollerar BBIC-dokument, ärendekedjor och batcher (JSON, NDJSON eller XML, avgörs av"
          + " innehållet).",
      "Slutstatus: 0 alla giltiga, 1 något dokument har FEL, 2 något kunde inte läsas eller fel"
          + " kommandorad."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = "--level",
      paramLabel = "draft|complete|signed",
      description = "Nivå: draft, complete (standard) eller signed.",
      converter = Converters.Level.class)
  ValidationLevel level = ValidationLevel.COMPLETE;

  @Option(
      names = "--as-of",
      paramLabel = "DATUM",
      description = "Datum som tidsfrister bedöms mot (ÅÅÅÅ-MM-DD); standard i dag.",
      converter = Converters.Date.class)
  LocalDate asOf = LocalDate.now(Converters.SWEDEN);

  @Option(
      names = "--format",
      paramLabel = "text|json",
      description = "Utdata: text (standard) eller json (ett JSON-objekt per dokument och rad).")
  String format = "text";

  @Option(names = "--lenient", description = "Okända och upprepade fält blir varningar, inte fel.")
  boolean lenient;

  @Parameters(
      arity = "1..*",
      paramLabel = "FIL",
      description = "Filer, kataloger (läses rekursivt) eller - för standard in.")
  List<String> files;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--format: text eller json");
    }
    BbicExport export =
        BbicExport.builder().strictness(lenient ? Strictness.LENIENT : Strictness.STRICT).build();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Reports reports = new Reports(common.locale(), format.equals("json"));
    Tally tally = new Tally(err, common.locale());
    new Documents(export, level, asOf, common.locale())
        .read(
            files,
            item -> {
              reports.print(item, out);
              tally.add(item.result().report());
            });
    out.flush();
    tally.finish();
    return tally.exitCode();
  }

  /** Counts outcomes, shows progress on a terminal, and prints the closing summary. */
  static final class Tally {
    private final PrintWriter err;
    private final java.util.Locale locale;
    private final long started = System.nanoTime();
    private final boolean terminal = System.console() != null;
    private long lastProgress = started;
    private int documents;
    private int valid;
    private int withErrors;
    private int unreadable;

    Tally(PrintWriter err, java.util.Locale locale) {
      this.err = err;
      this.locale = locale;
    }

    void add(ValidationReport report) {
      documents++;
      if (Reports.unreadable(report)) {
        unreadable++;
      } else if (report.isValid()) {
        valid++;
      } else {
        withErrors++;
      }
      long now = System.nanoTime();
      if (terminal && now - lastProgress > 1_000_000_000L) {
        err.print("\r" + Texts.format("cli.progress", locale, documents));
        err.flush();
        lastProgress = now;
      }
    }

    void finish() {
      double seconds = (System.nanoTime() - started) / 1e9;
      if (terminal && lastProgress != started) {
        err.print("\r");
      }
      if (documents > 1) {
        err.println(
            Texts.format("cli.summary", locale, documents, valid, withErrors, unreadable, seconds));
      }
      err.flush();
    }

    int exitCode() {
      if (unreadable > 0) {
        return BbicCli.UNREADABLE;
      }
      return withErrors > 0 ? BbicCli.INVALID : BbicCli.OK;
    }
  }
}
