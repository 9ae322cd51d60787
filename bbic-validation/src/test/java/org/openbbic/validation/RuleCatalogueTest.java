package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/rules.md} in step with the code: the test regenerates it and fails when the
 * committed file was stale. Run the build again (or commit the regenerated file) after a change.
 */
class RuleCatalogueTest {

  /** The repository's docs folder, found from the module directory. */
  private static Path catalogueFile() {
    Path module = Path.of("").toAbsolutePath();
    Path root = Files.exists(module.resolve("bbic-validation")) ? module : module.getParent();
    return root.resolve("docs").resolve("rules.md");
  }

  @Test
  void theCatalogueListsEveryCodeWithBothTextsAndTheLaw() {
    String md = RuleCatalogue.markdown();
    for (RuleCatalogue.Entry e : RuleCatalogue.entries()) {
      assertThat(md).contains("| " + e.code() + " | " + e.severity() + " | " + e.source() + " |");
    }
    assertThat(md).contains("20 kap. 2 §").contains("11 kap. 1 a §");
  }

  @Test
  void docsRulesMdIsUpToDate() throws IOException {
    Path file = catalogueFile();
    String expected = RuleCatalogue.markdown();
    String actual = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    if (!expected.equals(actual)) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertThat(actual.equals(expected))
        .as("%s was stale and has been regenerated; review and commit it", file)
        .isTrue();
  }
}
