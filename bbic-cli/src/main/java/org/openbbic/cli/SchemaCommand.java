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

/** {@code bbic schema}: writes the published XSD or a JSON Schema of one validation level. */
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
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Which which;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "${bundle:label.dir:-KATALOG}")
  Path directory;

  @Override
  public Integer call() throws IOException {
    List<String> files =
        which.xsd
            ? List.of(BbicSchemas.XSD_FILE)
            : List.of(BbicSchemas.jsonSchemaFile(which.level));
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
