package org.openbbic.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code bbic}: validate, convert, generate and inspect BBIC documents.
 *
 * <p>Exit status: 0 when no document has an ERROR or FATAL finding, 1 when some document has an
 * ERROR, 2 when some input could not be read (FATAL) or the command line is wrong. A bug shows its
 * stack trace only with {@code --debug}; bad input never does.
 *
 * <p>Help, usage errors and messages follow {@code --lang}, else the POSIX locale variables (see
 * {@link Language}); the help texts are in {@code help.properties} and {@code help_en.properties}.
 */
@Command(
    name = "bbic",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT,
    versionProvider = BbicCli.Version.class,
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
      QuestionnaireCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class BbicCli implements Callable<Integer> {

  /** All documents valid. */
  static final int OK = 0;

  /** Some document has an ERROR finding. */
  static final int INVALID = 1;

  /** Some input could not be read, or the command line is wrong. */
  static final int UNREADABLE = 2;

  /** Identity numbers a user may have typed; never echoed back in an error. */
  private static final Pattern IDENTITY_NUMBER =
      Pattern.compile("\\b(\\d{6}|\\d{8})[-+]?\\d{4}\\b");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * {@code bbic --lang en COMMAND …}: read before parsing ({@link Language}); here to be accepted.
   */
  @CommandLine.Option(
      names = "--lang",
      paramLabel = "sv|en",
      converter = Converters.Lang.class,
      scope = CommandLine.ScopeType.LOCAL)
  Locale lang;

  /** Runs the tool and exits with its status. */
  public static void main(String[] args) {
    // Hibernate Validator logs through JBoss Logging; route it to SLF4J (warnings only) instead of
    // java.util.logging's console handler.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    System.exit(run(args));
  }

  /** Runs the tool and returns its exit status (for tests and embedding). */
  public static int run(String... args) {
    return run(System.getenv(), args);
  }

  /**
   * {@link #run(String...)} with the given environment (its locale variables pick the language).
   */
  static int run(Map<String, String> env, String... args) {
    Locale locale = Language.resolve(Arrays.asList(args), env);
    Language.set(locale);
    CommandLine cli = new CommandLine(new BbicCli());
    cli.setResourceBundle(Language.helpBundle(locale));
    cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    cli.setExitCodeExceptionMapper(e -> UNREADABLE);
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println("bbic: " + describe(e, locale));
          if (e instanceof CommandLine.UnmatchedArgumentException u
              && !u.getSuggestions().isEmpty()) {
            err.println(Texts.format("err.suggest", locale, String.join(", ", u.getSuggestions())));
          }
          err.println(
              Texts.format(
                  "err.usageHint", locale, e.getCommandLine().getCommandSpec().qualifiedName()));
          return UNREADABLE;
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          boolean debug = parseResult.expandedArgs().contains("--debug");
          commandLine
              .getErr()
              .println(
                  "bbic: " + Texts.format("err.internal", locale, e.getClass().getSimpleName()));
          if (debug) {
            e.printStackTrace(commandLine.getErr());
          }
          return UNREADABLE;
        });
    return cli.execute(args);
  }

  /**
   * A usage error in the run's language: picocli's own errors are translated by kind; the commands'
   * own are already in that language. Identity numbers the user typed are masked.
   */
  private static String describe(ParameterException e, Locale locale) {
    String text;
    if (e instanceof CommandLine.UnmatchedArgumentException u) {
      text =
          Texts.format(
              "err.unmatched",
              locale,
              u.getUnmatched().stream().map(a -> "'" + a + "'").collect(Collectors.joining(" ")));
    } else if (e instanceof CommandLine.MissingParameterException m) {
      text = Texts.format("err.missing", locale, names(m.getMissing()));
    } else if (e instanceof CommandLine.OverwrittenOptionException o) {
      text = Texts.format("err.overwritten", locale, name(o.getOverwritten()));
    } else if (e instanceof CommandLine.MutuallyExclusiveArgsException x) {
      List<ArgSpec> args =
          e.getCommandLine().getCommandSpec().argGroups().stream()
              .flatMap(g -> g.args().stream())
              .toList();
      text = Texts.format("err.exclusive", locale, names(args));
    } else if (e.getCause() instanceof CommandLine.TypeConversionException t
        && e.getArgSpec() != null) {
      text = Texts.format("err.invalid", locale, name(e.getArgSpec()), t.getMessage());
    } else {
      text = e.getMessage();
    }
    return IDENTITY_NUMBER.matcher(text).replaceAll("************");
  }

  private static String names(List<ArgSpec> args) {
    return args.stream().map(BbicCli::name).collect(Collectors.joining(", "));
  }

  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
  }

  /**
   * Bare {@code bbic}: the usage on standard error, and the exit status of a wrong command line.
   */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return UNREADABLE;
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
