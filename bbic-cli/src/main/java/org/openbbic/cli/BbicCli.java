package org.openbbic.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code bbic}: validate, convert, generate and inspect BBIC documents.
 *
 * <p>Exit status: 0 when no document has an ERROR or FATAL finding, 1 when some document has an
 * ERROR, 2 when some input could not be read (FATAL) or the command line is wrong. A bug shows its
 * stack trace only with {@code --debug}; bad input never does.
 */
@Command(
    name = "bbic",
    mixinStandardHelpOptions = true,
    versionProvider = BbicCli.Version.class,
    description = "Kontrollera, konvertera och skapa BBIC-dokument (Barns behov i centrum).",
    subcommands = {
      ValidateCommand.class,
      ConvertCommand.class,
      ExampleCommand.class,
      SchemaCommand.class,
      DeadlinesCommand.class,
      RulesCommand.class,
      RenderCommand.class,
      ReportCommand.class,
      ExtractCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class BbicCli implements Runnable {

  /** All documents valid. */
  static final int OK = 0;

  /** Some document has an ERROR finding. */
  static final int INVALID = 1;

  /** Some input could not be read, or the command line is wrong. */
  static final int UNREADABLE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the tool and exits with its status. */
  public static void main(String[] args) {
    // Hibernate Validator logs through JBoss Logging; route it to SLF4J (warnings only) instead of
    // java.util.logging's console handler.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    System.exit(run(args));
  }

  /** Runs the tool and returns its exit status (for tests and embedding). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new BbicCli());
    cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    cli.setExitCodeExceptionMapper(e -> UNREADABLE);
    cli.setParameterExceptionHandler(
        (e, args1) -> {
          e.getCommandLine().getErr().println("bbic: " + e.getMessage());
          e.getCommandLine().getErr().println("Se 'bbic --help'.");
          return UNREADABLE;
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          boolean debug = parseResult.expandedArgs().contains("--debug");
          commandLine
              .getErr()
              .println(
                  "bbic: internt fel ("
                      + e.getClass().getSimpleName()
                      + "); kör med --debug för detaljer");
          if (debug) {
            e.printStackTrace(commandLine.getErr());
          }
          return UNREADABLE;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version from the jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = BbicCli.class.getPackage().getImplementationVersion();
      return new String[] {"bbic " + (v == null ? "(development build)" : v)};
    }
  }
}
