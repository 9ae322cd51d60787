package org.openbbic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.openbbic.export.BbicExport;
import org.openbbic.export.CaseFileBatchWriter;
import org.openbbic.export.Format;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.level.ValidationLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bbic convert}: JSON to XML and back, for a document, a case file or a batch, for a
 * recipient: by default ({@code internal}) protected people's addresses and contact details, and
 * fingerade identities, are withheld and named under {@code withheld}; {@code internal-unmasked}
 * writes everything and the output says so in {@code disclosure}. What was withheld is counted on
 * standard error. An input with errors is refused unless {@code --force}; an output file appears
 * whole or not at all.
 */
@Command(name = "convert", mixinStandardHelpOptions = true)
final class ConvertCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "json|xml",
      converter = Converters.FormatName.class)
  Format to;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "${bundle:label.out:-UT}")
  Path output;

  @Option(names = "--force")
  boolean force;

  @Option(
      names = "--recipient",
      paramLabel = Converters.Recipient.NAMES,
      converter = Converters.Recipient.class,
      defaultValue = "internal")
  RecipientPolicy policy;

  @Option(
      names = "--level",
      paramLabel = "draft|complete|signed",
      converter = Converters.Level.class)
  ValidationLevel level = ValidationLevel.DRAFT;

  @Parameters(descriptionKey = "file", index = "0", paramLabel = "${bundle:label.file:-FIL}")
  String file;

  @Override
  public Integer call() throws IOException {
    BbicExport export = BbicExport.builder().build();
    PrintWriter err = spec.commandLine().getErr();
    Reports reports = new Reports(common.locale(), false);
    int[] written = {0};
    Withholding withholding = new Withholding(policy);
    try {
      Outputs.write(
          output,
          out -> {
            CaseFileBatchWriter[] batch = {null};
            new Documents(export, level, LocalDate.now(Converters.SWEDEN), common.locale())
                .read(
                    List.of(file),
                    item -> {
                      boolean bad = !item.result().isValid();
                      if (bad) {
                        reports.print(item, err);
                      }
                      if (item.result().value().isEmpty()) {
                        throw new Refused("cli.nothingRead");
                      }
                      if (bad && !force) {
                        throw new Refused("cli.refused");
                      }
                      // withheld here (and counted); the writers' own pass then changes nothing
                      Object value = withholding.apply(item);
                      if (item.batch()) {
                        if (batch[0] == null) {
                          batch[0] = export.batchWriter(to, out, policy);
                        }
                        batch[0].write((CaseFile) value);
                      } else {
                        export.writer(to).withPolicy(policy).write(value, out);
                      }
                      written[0]++;
                    });
            if (batch[0] != null) {
              batch[0].close();
            }
            if (written[0] == 0) {
              throw new Refused("cli.nothingRead");
            }
          });
    } catch (Refused e) {
      err.println("bbic: " + Texts.get(e.key, common.locale()));
      return BbicCli.UNREADABLE;
    }
    withholding.tell(err, common.locale());
    return BbicCli.OK;
  }

  /** Stops a conversion: the input has errors (and no --force) or nothing could be read. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The text key of the reason. */
    final String key;

    Refused(String key) {
      super(key, null, false, false);
      this.key = key;
    }
  }
}
