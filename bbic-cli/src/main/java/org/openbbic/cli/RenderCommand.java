package org.openbbic.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.openbbic.export.BbicExport;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.print.BbicPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bbic render}: a print-ready HTML page or PDF of a document or a whole case file, with what
 * a recipient may see: by default ({@code internal}) protected people's addresses and contact
 * details, and fingerade identities, are withheld; {@code internal-unmasked} shows everything and
 * the printout says so. An output file appears whole or not at all.
 */
@Command(name = "render", mixinStandardHelpOptions = true)
final class RenderCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(names = "--pdf")
  boolean pdf;

  @Option(
      names = "--recipient",
      paramLabel = Converters.Recipient.NAMES,
      converter = Converters.Recipient.class,
      defaultValue = "internal")
  RecipientPolicy policy;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "${bundle:label.out:-UT}")
  Path output;

  @Parameters(descriptionKey = "file", index = "0", paramLabel = "${bundle:label.file:-FIL}")
  String file;

  @Override
  public Integer call() throws IOException {
    List<Documents.Item> items = new ArrayList<>();
    new Documents(
            BbicExport.builder().build(), null, LocalDate.now(Converters.SWEDEN), common.locale())
        .read(List.of(file), items::add);
    Documents.Item item = items.isEmpty() ? null : items.get(0);
    if (item == null || item.result().value().isEmpty() || items.size() != 1) {
      if (item != null) {
        new Reports(common.locale(), false).print(item, spec.commandLine().getErr());
      }
      spec.commandLine().getErr().println("bbic: " + Texts.get("cli.nothingRead", common.locale()));
      return BbicCli.UNREADABLE;
    }
    BbicPrinter printer = BbicPrinter.builder().policy(policy).locale(common.locale()).build();
    byte[] bytes;
    Optional<CaseFile> caseFile = item.caseFile();
    if (caseFile.isPresent()) {
      bytes =
          pdf
              ? printer.pdf(caseFile.get())
              : printer.html(caseFile.get()).getBytes(StandardCharsets.UTF_8);
    } else {
      BbicDocument document = item.document().orElseThrow();
      bytes = pdf ? printer.pdf(document) : printer.html(document).getBytes(StandardCharsets.UTF_8);
    }
    Outputs.write(output, out -> out.write(bytes));
    // the printer withholds the same data again; this only counts it for the note
    Withholding withholding = new Withholding(policy);
    withholding.apply(item);
    withholding.tell(spec.commandLine().getErr(), common.locale());
    return BbicCli.OK;
  }
}
