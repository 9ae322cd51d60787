package org.openbbic.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openbbic.export.BbicExport;
import org.openbbic.stats.ProtectedIdentities;
import org.openbbic.stats.PseudonymisedExtract;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bbic extract}: a pseudonymised extract for research and national follow-up — keyed
 * pseudonyms (HMAC-SHA256 with the caller's key), no identity numbers, names, addresses or free
 * text, birth year instead of date.
 */
@Command(name = "extract", mixinStandardHelpOptions = true)
final class ExtractCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(names = "--key-file", required = true, paramLabel = "${bundle:label.key:-NYCKEL}")
  Path keyFile;

  @Option(names = "--protected", paramLabel = "omit|flag")
  String protectedIdentities = "omit";

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "${bundle:label.dir:-KATALOG}")
  Path output;

  @Parameters(descriptionKey = "files", arity = "1..*", paramLabel = "${bundle:label.file:-FIL}")
  List<String> files;

  @Override
  public Integer call() throws IOException {
    ProtectedIdentities policy =
        switch (protectedIdentities.toLowerCase(Locale.ROOT)) {
          case "omit" -> ProtectedIdentities.OMIT;
          case "flag" -> ProtectedIdentities.FLAG;
          default ->
              throw new ParameterException(
                  spec.commandLine(), Texts.get("arg.protected", common.locale()));
        };
    byte[] key;
    try {
      key = Files.readAllBytes(keyFile);
    } catch (IOException e) {
      throw new ParameterException(
          spec.commandLine(), Texts.get("arg.keyUnreadable", common.locale()));
    }
    if (key.length < PseudonymisedExtract.MIN_KEY_BYTES) {
      throw new ParameterException(
          spec.commandLine(),
          Texts.format("arg.keyTooShort", common.locale(), PseudonymisedExtract.MIN_KEY_BYTES));
    }
    PseudonymisedExtract extract =
        PseudonymisedExtract.builder().key(key).protectedIdentities(policy).build();
    Files.createDirectories(output);
    boolean allRead;
    try (PseudonymisedExtract.Output out = extract.open(output)) {
      allRead =
          new Documents(
                  BbicExport.builder().build(),
                  null,
                  LocalDate.now(Converters.SWEDEN),
                  common.locale())
              .readCaseFiles(
                  files,
                  caseFile -> {
                    try {
                      out.add(caseFile);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  },
                  spec.commandLine().getErr());
    }
    return allRead ? BbicCli.OK : BbicCli.UNREADABLE;
  }
}
