package org.openbbic.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.openbbic.export.BbicExport;
import org.openbbic.export.ReportJson;
import org.openbbic.export.Strictness;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bbic validate}: checks documents, case files and batches, one report per document. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = "--level",
      paramLabel = "draft|complete|signed",
      converter = Converters.Level.class)
  ValidationLevel level = ValidationLevel.COMPLETE;

  @Option(
      names = "--as-of",
      paramLabel = "${bundle:label.date:-DATUM}",
      converter = Converters.Date.class)
  LocalDate asOf = LocalDate.now(Converters.SWEDEN);

  @Option(names = "--format", paramLabel = "text|json")
  String format = "text";

  @Option(names = "--lenient")
  boolean lenient;

  @Option(names = {"-q", "--quiet"})
  boolean quiet;

  @Option(names = "--progress", negatable = true)
  Boolean progress;

  @Option(names = "--threads", paramLabel = "N", converter = Converters.Threads.class)
  Integer threads;

  @Parameters(descriptionKey = "files", arity = "1..*", paramLabel = "${bundle:label.file:-FIL}")
  List<String> files;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), Texts.get("arg.format.textJson", common.locale()));
    }
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    BbicExport export =
        BbicExport.builder().strictness(lenient ? Strictness.LENIENT : Strictness.STRICT).build();
    boolean json = format.equals("json");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Reports reports = new Reports(common.locale(), json);
    Tally tally =
        new Tally(err, common.locale(), progress != null ? progress : Terminal.stderrIsTerminal());
    // Documents are taken from the inputs in order on this thread, read and validated on the
    // workers, and printed and counted here in input order: the output is that of one thread.
    try (InOrder<Documents.Item> inOrder =
        new InOrder<>(
            workers,
            InOrder.windowFor(workers),
            item -> {
              if (!quiet || !item.result().report().findings().isEmpty()) {
                reports.print(item, out);
              }
              tally.add(item.result().report());
            })) {
      new Documents(export, level, asOf, common.locale()).take(files, inOrder::submit);
      inOrder.finish();
    }
    if (json) {
      out.println(tally.summaryJson());
    }
    out.flush();
    tally.finish();
    return tally.exitCode();
  }

  /** Counts outcomes, shows progress on a terminal, and prints the closing summary. */
  static final class Tally {
    private final PrintWriter err;
    private final java.util.Locale locale;
    private final long started = System.nanoTime();
    private final boolean showProgress;
    private long lastProgress = started;
    private int documents;
    private int valid;
    private int withErrors;
    private int unreadable;

    Tally(PrintWriter err, java.util.Locale locale, boolean showProgress) {
      this.err = err;
      this.locale = locale;
      this.showProgress = showProgress;
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
      if (showProgress && now - lastProgress > 1_000_000_000L) {
        err.print("\r" + Texts.format("cli.progress", locale, documents));
        err.flush();
        lastProgress = now;
      }
    }

    void finish() {
      double seconds = (System.nanoTime() - started) / 1e9;
      if (showProgress && lastProgress != started) {
        // Clear the progress line before the summary takes its place.
        err.print("\r" + " ".repeat(60) + "\r");
      }
      if (documents > 1) {
        err.println(
            Texts.format("cli.summary", locale, documents, valid, withErrors, unreadable, seconds));
      }
      err.flush();
    }

    /** The closing record of {@code --format json}: {@link ReportJson#summary}. */
    String summaryJson() {
      return ReportJson.summary(
          documents, valid, withErrors, unreadable, (System.nanoTime() - started) / 1e9);
    }

    int exitCode() {
      if (unreadable > 0) {
        return BbicCli.UNREADABLE;
      }
      return withErrors > 0 ? BbicCli.INVALID : BbicCli.OK;
    }
  }
}
