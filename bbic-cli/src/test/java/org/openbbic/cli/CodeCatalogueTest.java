package org.openbbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openbbic.export.ExportCodes;
import org.openbbic.validation.MessageBundle;
import org.openbbic.validation.RuleCatalogue;
import org.openbbic.validation.internal.ConstraintCodes;
import org.openbbic.validation.internal.SystemCodes;

/**
 * The one catalogue of every code, where every module is present: it owns {@code docs/rules.md}
 * (regenerated and compared here), and it fails when a code can be reported that the catalogue
 * lacks: a constant of a code table, or a code named anywhere in a module's main sources.
 */
class CodeCatalogueTest {

  private static final Locale SV = Locale.forLanguageTag("sv");

  /** A code, or something meant to be one (a wrong number of digits is caught too). */
  private static final Pattern CODE_LIKE = Pattern.compile("BBIC-[A-Z]+-[0-9]+");

  /** Where codes are declared as constants: each public static final String is a code. */
  private static final List<Class<?>> CODE_TABLES =
      List.of(ConstraintCodes.class, SystemCodes.class, ExportCodes.class, CliCodes.class);

  /** The repository's root, found from the module directory the test runs in. */
  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null
        && !(Files.exists(dir.resolve("mvnw"))
            && Files.isDirectory(dir.resolve("bbic-validation")))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("repository root above %s", Path.of("").toAbsolutePath()).isNotNull();
    return dir;
  }

  private static Set<String> catalogued() {
    return RuleCatalogue.entries().stream()
        .map(RuleCatalogue.Entry::code)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void docsRulesMdIsUpToDate() throws IOException {
    Path file = repositoryRoot().resolve("docs").resolve("rules.md");
    String expected = RuleCatalogue.markdown();
    String actual = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    if (!expected.equals(actual)) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertThat(actual.equals(expected))
        .as(
            "%s was stale and has been regenerated from the code tables and bundles; review the"
                + " diff and commit it",
            file)
        .isTrue();
  }

  @Test
  void theCatalogueHoldsEveryFamilyAndNoCodeTwice() {
    List<String> codes = RuleCatalogue.entries().stream().map(RuleCatalogue.Entry::code).toList();
    assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.matches("BBIC-[A-Z]+-[0-9]{3}"));
    assertThat(RuleCatalogue.entries().stream().map(RuleCatalogue.Entry::family).distinct())
        .containsExactly("FLD", "SYN", "SCH", "DOC", "CASE", "SYS", "CLI");
    String md = RuleCatalogue.markdown();
    assertThat(md).contains("do not edit by hand");
    for (String heading :
        List.of(
            "## Field constraints (BBIC-FLD)",
            "## Syntax and limits (BBIC-SYN)",
            "## Schema (BBIC-SCH)",
            "## Document rules (BBIC-DOC)",
            "## Case-chain rules (BBIC-CASE)",
            "## System (BBIC-SYS)",
            "## Command-line tool (BBIC-CLI)")) {
      assertThat(md).contains(heading + "\n");
    }
  }

  @Test
  void everyConstantOfACodeTableIsCatalogued() throws IllegalAccessException {
    Set<String> catalogue = catalogued();
    int constants = 0;
    for (Class<?> table : CODE_TABLES) {
      for (Field f : table.getDeclaredFields()) {
        int m = f.getModifiers();
        if (Modifier.isPublic(m)
            && Modifier.isStatic(m)
            && Modifier.isFinal(m)
            && f.getType() == String.class) {
          String code = (String) f.get(null);
          assertThat(catalogue)
              .as("%s.%s = %s is in the catalogue", table.getSimpleName(), f.getName(), code)
              .contains(code);
          constants++;
        }
      }
    }
    assertThat(constants).isEqualTo(ConstraintCodes.ALL.size() + 2 + 21 + 2);
  }

  /**
   * Every code named in a module's main Java sources (string literals, and comments too: a javadoc
   * example must name a real code) and in its main resources (bundles, the test kit's manifest).
   */
  @Test
  void everyCodeNamedInTheMainSourcesIsCatalogued() throws IOException {
    Set<String> catalogue = catalogued();
    Map<String, String> unknown = new TreeMap<>();
    List<Path> files = mainSources(repositoryRoot());
    Set<String> named = new TreeSet<>();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = CODE_LIKE.matcher(lines.get(i));
        while (m.find()) {
          named.add(m.group());
          if (!catalogue.contains(m.group())) {
            unknown.putIfAbsent(m.group(), repositoryRoot().relativize(file) + ":" + (i + 1));
          }
        }
      }
    }
    assertThat(unknown)
        .as("codes named in main sources but missing from the catalogue (first place named)")
        .isEmpty();
    // the scan sees every module: the codes of the validator, the readers and the tool
    assertThat(files).anyMatch(f -> f.endsWith(Path.of("org/openbbic/cli/CliCodes.java")));
    assertThat(named).contains("BBIC-FLD-001", "BBIC-SYN-001", "BBIC-CASE-018", "BBIC-CLI-002");
  }

  /** The {@code .java}, {@code .properties} and {@code .tsv} files of every module's src/main. */
  private static List<Path> mainSources(Path root) throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
        Path main = module.resolve("src").resolve("main");
        if (!Files.isDirectory(main)) {
          continue;
        }
        try (Stream<Path> walk = Files.walk(main)) {
          walk.filter(Files::isRegularFile)
              .filter(
                  p -> {
                    String name = p.getFileName().toString();
                    return name.endsWith(".java")
                        || name.endsWith(".properties")
                        || name.endsWith(".tsv");
                  })
              .sorted()
              .forEach(out::add);
        }
      }
    }
    assertThat(out).as("main sources under %s", root).hasSizeGreaterThan(100);
    return out;
  }

  @Test
  void everyCatalogueCodeHasSwedishAndEnglishTextWithTheSamePlaceholders() {
    for (RuleCatalogue.Entry e : RuleCatalogue.entries()) {
      String sv = e.template(SV).orElse(null);
      String en = e.template(Locale.ENGLISH).orElse(null);
      assertThat(sv).as("Swedish text of %s", e.code()).isNotBlank();
      assertThat(en).as("English text of %s", e.code()).isNotBlank();
      assertThat(sv).as("%s: the Swedish text is not the English one", e.code()).isNotEqualTo(en);
      assertThat(MessageBundle.placeholders(sv))
          .as("placeholders of %s", e.code())
          .isEqualTo(MessageBundle.placeholders(en));
    }
  }
}
