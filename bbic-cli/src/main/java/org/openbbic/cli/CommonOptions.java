package org.openbbic.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** Options every command shares. */
final class CommonOptions {

  @Option(
      names = "--lang",
      paramLabel = "sv|en",
      description = "Språk för meddelanden: sv (standard) eller en.")
  String lang = "sv";

  @Option(
      names = "--debug",
      description = "Visa stackspår vid interna fel (aldrig för fel i indata).")
  boolean debug;

  Locale locale() {
    return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.forLanguageTag("sv-SE");
  }
}
