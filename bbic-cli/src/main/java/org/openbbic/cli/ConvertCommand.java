package org.openbbic.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.openbbic.export.BbicExport;
import org.openbbic.export.CaseFileBatchWriter;
import org.openbbic.export.Format;
import org.openbbic.forms.CaseFile;
import org.openbbic.model.level.ValidationLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bbic convert}: JSON to XML and back, for a document, a case file or a batch. An input with
 * errors is refused unless {@code --force}; an output file appears whole or not at all.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = "Konverterar ett dokument, en ärendekedja eller en batch mellan JSON och XML.")
final class ConvertCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "json|xml",
      description = "Målformat.",
      converter = Converters.FormatName.class)
  Format to;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "UT",
      description = "Utfil; standard ut annars.")
  Path output;

  @Option(names = "--force", description = "Konvertera det som går att läsa trots fel.")
  boolean force;

  @Option(
      names = "--level",
      paramLabel = "draft|complete|signed",
      description = "Nivå som indata kontrolleras på: draft (standard), complete eller signed.",
      converter = Converters.Level.class)
  ValidationLevel level = ValidationLevel.DRAFT;

  @Parameters(index = "0", paramLabel = "FIL", description = "Indatafil eller - för standard in.")
  String file;

  @Override
  public Integer call() throws IOException {
    BbicExport export = BbicExport.builder().build();
    PrintWriter err = spec.commandLine().getErr();
    Reports reports = new Reports(common.locale(), false);
    List<Documents.Item> items = new ArrayList<>();
    boolean[] refused = {false};
    Path target = output == null ? null : output.toAbsolutePath();
    Path temp = target == null ? null : Files.createTempFile(target.getParent(), ".bbic-", ".tmp");
    try (OutputStream out =
        new BufferedOutputStream(temp == null ? System.out : Files.newOutputStream(temp))) {
      CaseFileBatchWriter[] batch = {null};
      new Documents(export, level, LocalDate.now(Converters.SWEDEN), common.locale())
          .read(
              List.of(file),
              item -> {
                boolean bad = !item.result().isValid();
                if (bad) {
                  reports.print(item, err);
                }
                if (item.result().value().isEmpty() || (bad && !force)) {
                  refused[0] = true;
                  return;
                }
                if (refused[0]) {
                  return;
                }
                Object value = item.result().value().get();
                if (item.batch()) {
                  if (batch[0] == null) {
                    batch[0] = export.batchWriter(to, out);
                  }
                  batch[0].write((CaseFile) value);
                } else {
                  export.writer(to).write(value, out);
                }
                items.add(item);
              });
      if (batch[0] != null) {
        batch[0].close();
      }
    } catch (RuntimeException | IOException e) {
      if (temp != null) {
        Files.deleteIfExists(temp);
      }
      throw e;
    }
    if (refused[0] || items.isEmpty()) {
      if (temp != null) {
        Files.deleteIfExists(temp);
      }
      err.println(
          "bbic: "
              + Texts.get(items.isEmpty() ? "cli.nothingRead" : "cli.refused", common.locale()));
      return BbicCli.UNREADABLE;
    }
    if (temp != null) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    return BbicCli.OK;
  }
}
