package org.openbbic.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openbbic.validation.CodeTable;
import org.openbbic.validation.Finding;
import org.openbbic.validation.FindingSource;
import org.openbbic.validation.MessageBundle;
import org.openbbic.validation.RuleCatalogue;
import org.openbbic.validation.Severity;

/**
 * The tool's own finding codes ({@code BBIC-CLI-nnn}), about its FILE arguments, and their table
 * for the catalogue of every code ({@code docs/rules.md}, {@code bbic rules}), found through {@link
 * java.util.ServiceLoader} ({@code META-INF/services/org.openbbic.validation.CodeTable}). Like a
 * reader's {@code BBIC-SYN-008}, an input that cannot be had at all is a FATAL finding of the first
 * stage, {@link FindingSource#SYNTAX}. Codes are never reused for another meaning.
 *
 * <p>Stateless and thread-safe.
 */
public final class CliCodes implements CodeTable {

  /** A FILE argument names no file or directory. FATAL. */
  public static final String FILE_MISSING = "BBIC-CLI-001";

  /** A file or directory could not be read. FATAL. */
  public static final String FILE_UNREADABLE = "BBIC-CLI-002";

  private static final MessageBundle BUNDLE =
      MessageBundle.of(texts(Locale.forLanguageTag("sv")), texts(Locale.ENGLISH));

  private static final List<RuleCatalogue.Entry> ENTRIES =
      List.of(
          RuleCatalogue.Entry.of(FILE_MISSING, Severity.FATAL, FindingSource.SYNTAX, BUNDLE),
          RuleCatalogue.Entry.of(FILE_UNREADABLE, Severity.FATAL, FindingSource.SYNTAX, BUNDLE));

  /** For {@link java.util.ServiceLoader}. */
  public CliCodes() {}

  @Override
  public List<RuleCatalogue.Entry> entries() {
    return ENTRIES;
  }

  /** The texts are the tool's own ({@code cli.properties}), keyed here by code. */
  private static Map<String, String> texts(Locale locale) {
    return Map.of(
        FILE_MISSING, Texts.get("cli.fileMissing", locale),
        FILE_UNREADABLE, Texts.get("cli.fileUnreadable", locale));
  }

  /**
   * A finding of {@code code} with its catalogued severity and source, rendered in {@code locale}.
   */
  static Finding.Builder finding(String code, Locale locale) {
    RuleCatalogue.Entry entry =
        ENTRIES.stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
    return BUNDLE.finding(code, entry.severity(), entry.source(), Map.of(), locale).pointer("");
  }
}
