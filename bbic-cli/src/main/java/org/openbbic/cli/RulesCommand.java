package org.openbbic.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.openbbic.validation.RuleCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code bbic rules}: the rule catalogue, every code with its severity, text and legal basis. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Skriver regelkatalogen: varje kod med allvarlighetsgrad, text och lagrum.")
final class RulesCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (RuleCatalogue.Entry e : RuleCatalogue.entries()) {
      out.printf(
          "%-14s %-8s %s%n",
          e.code(),
          Texts.get("severity." + e.severity().name(), common.locale()),
          e.template(common.locale()).orElse(""));
      String law =
          e.legalBases().stream()
              .map(b -> b.cite(common.locale()))
              .collect(Collectors.joining("; "));
      if (!law.isEmpty()) {
        out.println("               " + law);
      }
    }
    out.flush();
    return BbicCli.OK;
  }
}
