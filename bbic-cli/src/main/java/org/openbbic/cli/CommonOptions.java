package org.openbbic.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** Options every command shares. */
final class CommonOptions {

  @Option(names = "--lang", paramLabel = "sv|en", converter = Converters.Lang.class)
  Locale lang;

  @Option(names = "--debug")
  boolean debug;

  /** The language of messages: {@code --lang}, else the run's ({@link Language#current()}). */
  Locale locale() {
    return lang != null ? lang : Language.current();
  }
}
