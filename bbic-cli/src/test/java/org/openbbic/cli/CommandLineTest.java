package org.openbbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The command line itself: help and errors in the run's language, version, quiet, summary. */
class CommandLineTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Map<String, String> ENGLISH_LANG = Map.of("LANG", "en_US.UTF-8");

  @Test
  void theHelpTextsOfBothLanguagesHaveTheSameKeys() {
    ResourceBundle sv = Language.helpBundle(Language.SWEDISH);
    ResourceBundle en = Language.helpBundle(Locale.ENGLISH);
    assertThat(Collections.list(en.getKeys()))
        .containsExactlyInAnyOrderElementsOf(Collections.list(sv.getKeys()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sv", "en"})
  void everyCommandOptionAndArgumentIsDescribedInBothLanguages(String language) {
    Locale locale = Language.parse(language).orElseThrow();
    CommandLine cli = new CommandLine(new BbicCli());
    cli.setResourceBundle(Language.helpBundle(locale));
    List<String> missing = new ArrayList<>();
    walk(cli, missing);
    assertThat(missing).as("undescribed in %s", language).isEmpty();
  }

  private static void walk(CommandLine cli, List<String> missing) {
    CommandSpec spec = cli.getCommandSpec();
    String name = spec.qualifiedName();
    if (String.join("", spec.usageMessage().description()).isBlank()
        && String.join("", spec.usageMessage().header()).isBlank()) {
      missing.add(name);
    }
    for (ArgSpec arg : spec.args()) {
      String label =
          arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
      if (String.join("", arg.description()).isBlank()) {
        missing.add(name + " " + label);
      }
      if (arg.paramLabel().contains("${")) {
        missing.add(name + " " + label + " (label not resolved)");
      }
    }
    cli.getSubcommands().values().forEach(sub -> walk(sub, missing));
  }

  @Test
  void helpIsSwedishByDefaultEnglishWithLangOrTheEnvironmentAndLangWins() {
    String swedish = CliRun.run(Map.of(), 0, "validate", "--help").out();
    assertThat(swedish).contains("Användning: bbic validate", "Alternativ:", "FIL...");
    assertThat(swedish).doesNotContain("Usage:", "Options:", "Show this help");

    String english = CliRun.run(ENGLISH_LANG, 0, "validate", "--help").out();
    assertThat(english).contains("Usage: bbic validate", "Options:", "FILE...", "--quiet");
    assertThat(english).doesNotContain("Användning", "Alternativ", "Visa denna");

    assertThat(CliRun.run(Map.of(), 0, "validate", "--lang", "en", "--help").out())
        .contains("Usage:");
    assertThat(CliRun.run(Map.of(), 0, "--lang", "en", "rules", "--help").out())
        .contains("Usage: bbic rules");
    assertThat(CliRun.run(ENGLISH_LANG, 0, "--lang=sv", "validate", "--help").out())
        .contains("Användning:");
    // LC_ALL outranks LANG, as in POSIX
    assertThat(
            CliRun.run(Map.of("LC_ALL", "sv_SE.UTF-8", "LANG", "en_US.UTF-8"), 0, "--help").out())
        .contains("Användning:");
  }

  @Test
  void messagesFollowTheEnvironmentToo() {
    Path missing = Path.of("no-such-file.json");
    String english = CliRun.run(ENGLISH_LANG, 2, "validate", missing.toString()).out();
    assertThat(english).contains("unreadable").contains("FATAL");
    String swedish = CliRun.run(Map.of(), 2, "validate", missing.toString()).out();
    assertThat(swedish).contains("oläsbart");
  }

  @Test
  void aMistypedOptionGetsASuggestionAndTheUsageHintInTheRunsLanguage() {
    CliRun.Output sv = CliRun.run(Map.of(), 2, "validate", "--formt", "json", "x.json");
    assertThat(sv.err())
        .contains("okänt alternativ eller argument: '--formt'")
        .contains("Menade du: --format?")
        .contains("Se 'bbic validate --help'.");
    CliRun.Output en = CliRun.run(Map.of(), 2, "validate", "--lang", "en", "--formt", "json");
    assertThat(en.err())
        .contains("unknown option or argument: '--formt'")
        .contains("Did you mean: --format?")
        .contains("See 'bbic validate --help'.");
    assertThat(CliRun.run(Map.of(), 2, "valdate").err()).contains("Menade du: validate?");
  }

  @Test
  void wrongValuesAndMissingArgumentsSayWhatIsExpected() {
    assertThat(CliRun.run(Map.of(), 2, "validate", "--level", "perfect", "x").err())
        .contains("ogiltigt värde för --level: väntade draft, complete eller signed");
    assertThat(CliRun.run(ENGLISH_LANG, 2, "validate", "--as-of", "tomorrow", "x").err())
        .contains("invalid value for --as-of: expected a date YYYY-MM-DD");
    assertThat(CliRun.run(Map.of(), 2, "validate").err()).contains("saknas: FIL");
    assertThat(CliRun.run(ENGLISH_LANG, 2, "schema").err())
        .contains("missing: --xsd, --json-schema");
    assertThat(CliRun.run(Map.of(), 2, "schema", "--xsd", "--json-schema", "draft").err())
        .contains("ange bara ett av: --xsd, --json-schema");
    assertThat(CliRun.run(Map.of(), 2, "rules", "--format", "yaml").err())
        .contains("--format: text eller json");
    assertThat(CliRun.run(Map.of(), 2, "rules", "--lang", "de").err())
        .contains("ogiltigt värde för --lang: väntade sv eller en");
  }

  @Test
  void anIdentityNumberTypedOnTheCommandLineIsNeverEchoed() {
    for (String number : List.of("191212121212", "19121212-1212", "121212-1212")) {
      CliRun.Output run = CliRun.run(Map.of(), 2, "example", number);
      assertThat(run.err()).contains("Okänd dokumenttyp").doesNotContain(number);
      assertThat(CliRun.run(Map.of(), 2, "validate", "--level", number, "x").err())
          .contains("ogiltigt värde")
          .doesNotContain(number);
    }
  }

  @Test
  void bareBbicPrintsTheUsageOnStandardErrorAndExitsTwo() {
    CliRun.Output run = CliRun.run(Map.of(), 2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Användning: bbic", "Kommandon:", "validate");
  }

  @Test
  void everySubcommandAnswersVersion() {
    CommandLine cli = new CommandLine(new BbicCli());
    for (String command : cli.getSubcommands().keySet()) {
      if (command.equals("help")) {
        continue;
      }
      assertThat(CliRun.run(Map.of(), 0, command, "--version").out())
          .as(command)
          .startsWith("bbic ");
    }
    assertThat(CliRun.run(Map.of(), 0, "-V").out()).startsWith("bbic ");
  }

  @Test
  void quietPrintsOnlyDocumentsWithFindingsAndJsonEndsWithTheSummary(@TempDir Path dir)
      throws Exception {
    String example = CliRun.run(0, "example", "case", "--seed", "3");
    Path valid = Files.writeString(dir.resolve("valid.json"), example);
    Path broken =
        Files.writeString(
            dir.resolve("broken.json"), example.replaceFirst("\"caseId\":\"[^\"]*\",", ""));
    Path missing = dir.resolve("missing.json");

    CliRun.Output all =
        CliRun.run(
            Map.of(),
            2,
            "validate",
            "--format",
            "json",
            valid.toString(),
            broken.toString(),
            missing.toString());
    List<JsonNode> lines = new ArrayList<>();
    for (String line : all.out().lines().toList()) {
      lines.add(JSON.readTree(line));
    }
    assertThat(lines).hasSize(4);
    JsonNode summary = lines.get(3).get("summary");
    assertThat(lines.get(3).size()).isEqualTo(1);
    assertThat(summary.get("documents").asInt()).isEqualTo(3);
    assertThat(summary.get("valid").asInt()).isEqualTo(1);
    assertThat(summary.get("withErrors").asInt()).isEqualTo(1);
    assertThat(summary.get("unreadable").asInt()).isEqualTo(1);
    assertThat(summary.get("seconds").asDouble()).isNotNegative();

    CliRun.Output quiet =
        CliRun.run(
            Map.of(), 1, "validate", "--format", "json", "-q", valid.toString(), broken.toString());
    List<String> quietLines = quiet.out().lines().toList();
    assertThat(quietLines).hasSize(2);
    assertThat(JSON.readTree(quietLines.get(0)).get("file").asText()).endsWith("broken.json");
    assertThat(JSON.readTree(quietLines.get(1)).get("summary").get("documents").asInt())
        .isEqualTo(2);

    CliRun.Output text =
        CliRun.run(Map.of(), 1, "validate", "--quiet", valid.toString(), broken.toString());
    assertThat(text.out()).contains("broken.json").doesNotContain("valid.json");
    assertThat(text.err()).contains("2 dokument: 1 giltiga, 1 med fel, 0 oläsbara");
  }

  @Test
  void noProgressLineWhenStandardErrorIsNotATerminalOrProgressIsOff(@TempDir Path dir)
      throws Exception {
    Path batch =
        Files.writeString(dir.resolve("b.ndjson"), CliRun.run(0, "example", "--count", "3"));
    assertThat(CliRun.run(Map.of(), 0, "validate", batch.toString()).err()).doesNotContain("\r");
    assertThat(CliRun.run(Map.of(), 0, "validate", "--no-progress", batch.toString()).err())
        .doesNotContain("\r");
  }
}
