package org.openbbic.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.openbbic.export.ReportJson;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.FindingSource;
import org.openbbic.validation.RuleCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bbic rules}: the catalogue of every code the library and the tool can report (the same as
 * {@code docs/rules.md}), with severity, source, level, texts and legal basis; as text by family,
 * or as one JSON array.
 */
@Command(name = "rules", mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {

  private static final Locale SV = Locale.forLanguageTag("sv");

  /** The indentation of the lines below a code's first line. */
  private static final String INDENT = " ".repeat(15);

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(names = "--format", paramLabel = "text|json")
  String format = "text";

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new ParameterException(
          spec.commandLine(), Texts.get("arg.format.textJson", common.locale()));
    }
    PrintWriter out = spec.commandLine().getOut();
    List<RuleCatalogue.Entry> entries = RuleCatalogue.entries();
    if (format.equals("json")) {
      out.println(ReportJson.rules(entries, common.locale()));
    } else {
      text(entries, common.locale(), out);
    }
    out.flush();
    return BbicCli.OK;
  }

  /**
   * One block per family: a heading (with the source when the family has only one), then per code
   * its severity and text, what else there is to know (source, the level a rule starts at when not
   * every level, the lenient severity) and the law.
   */
  private static void text(List<RuleCatalogue.Entry> entries, Locale locale, PrintWriter out) {
    Map<String, List<RuleCatalogue.Entry>> families = new LinkedHashMap<>();
    entries.forEach(e -> families.computeIfAbsent(e.family(), k -> new ArrayList<>()).add(e));
    boolean first = true;
    for (Map.Entry<String, List<RuleCatalogue.Entry>> family : families.entrySet()) {
      if (!first) {
        out.println();
      }
      first = false;
      String code = family.getKey();
      Set<FindingSource> sources = EnumSet.noneOf(FindingSource.class);
      family.getValue().forEach(e -> sources.add(e.source()));
      boolean oneSource = sources.size() == 1;
      StringBuilder heading =
          new StringBuilder(
              Texts.find("family." + code, locale).orElse(Texts.get("family.other", locale)));
      if (!code.isEmpty()) {
        heading.append(" (BBIC-").append(code).append(')');
      }
      if (oneSource) {
        heading
            .append(" – ")
            .append(
                Texts.format("rules.source", locale, source(sources.iterator().next(), locale)));
      }
      out.println(heading);
      for (RuleCatalogue.Entry e : family.getValue()) {
        out.printf(
            "%-14s %-8s %s%n",
            e.code(),
            Texts.get("severity." + e.severity().name(), locale),
            e.template(locale).orElse(""));
        List<String> about = new ArrayList<>();
        if (!oneSource) {
          about.add(Texts.format("rules.source", locale, source(e.source(), locale)));
        }
        e.level()
            .filter(level -> level != ValidationLevel.DRAFT) // a DRAFT rule runs at every level
            .ifPresent(
                level ->
                    about.add(
                        Texts.format(
                            "rules.fromLevel", locale, level.name().toLowerCase(Locale.ROOT))));
        e.lenientSeverity()
            .ifPresent(
                lenient ->
                    about.add(
                        Texts.format(
                            "rules.lenient",
                            locale,
                            Texts.get("severity." + lenient.name(), locale))));
        if (!about.isEmpty()) {
          out.println(INDENT + String.join("; ", about));
        }
        String law =
            e.legalBases().stream()
                .map(b -> RuleCatalogue.cite(b, locale))
                .collect(Collectors.joining("; "));
        if (!law.isEmpty()) {
          out.println(INDENT + law);
        }
      }
    }
  }

  private static String source(FindingSource source, Locale locale) {
    return Texts.get("source." + source.name(), locale);
  }
}
