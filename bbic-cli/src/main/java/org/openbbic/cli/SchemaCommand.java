package org.openbbic.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.openbbic.export.BbicSchemas;
import org.openbbic.model.level.ValidationLevel;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bbic schema}: writes the published XSD, a JSON Schema of one validation level or the JSON
 * Schema of one of the tool's JSON outputs.
 */
@Command(name = "schema", mixinStandardHelpOptions = true)
final class SchemaCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  static final class Which {
    @Option(names = "--xsd", required = true)
    boolean xsd;

    @Option(
        names = "--json-schema",
        required = true,
        paramLabel = "${bundle:label.level:-NIVÅ}",
        converter = Converters.Level.class)
    ValidationLevel level;

    @Option(
        names = "--output-schema",
        required = true,
        paramLabel = "${bundle:label.output:-UTDATA}")
    String output;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Which which;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "${bundle:label.dir:-KATALOG}")
  Path directory;

  @Override
  public Integer call() throws IOException {
    if (which.output != null && !BbicSchemas.OUTPUT_SCHEMAS.contains(which.output)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--output-schema: " + String.join(", ", BbicSchemas.OUTPUT_SCHEMAS));
    }
    List<String> files =
        which.xsd
            ? List.of(BbicSchemas.XSD_FILE)
            : which.level != null
                ? List.of(BbicSchemas.jsonSchemaFile(which.level))
                : List.of(BbicSchemas.outputSchemaFile(which.output));
    if (directory == null) {
      try (InputStream in = BbicSchemas.resource(files.get(0)).openStream()) {
        in.transferTo(System.out);
      }
      System.out.flush();
      return BbicCli.OK;
    }
    Files.createDirectories(directory);
    for (String file : files) {
      URL url = BbicSchemas.resource(file);
      try (InputStream in = url.openStream()) {
        Files.copy(in, directory.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
      spec.commandLine().getOut().println(directory.resolve(file));
    }
    return BbicCli.OK;
  }
}
