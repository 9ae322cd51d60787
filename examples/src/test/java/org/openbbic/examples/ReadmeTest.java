package org.openbbic.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README true: its Java example is the compiled {@link QuickStart}, its commands CI's.
 */
class ReadmeTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void theReadmeExamplesAreTheCompiledOnes() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("```java\n" + snippet("QuickStart", "README") + "```");
    assertThat(readme)
        .contains("```java\n" + snippet("ValidateAndExchangeExample", "VENDOR") + "```");
    assertThat(readme).contains("```java\n" + snippet("ModelExample", "MODEL") + "```");
  }

  /** The lines between {@code // MARK example: begin} and {@code end}, one indent level less. */
  private static String snippet(String type, String mark) throws IOException {
    String source =
        Files.readString(
            Path.of("src/main/java/org/openbbic/examples/" + type + ".java"),
            StandardCharsets.UTF_8);
    String begin = "// " + mark + " example: begin\n";
    return source
        .substring(
            source.indexOf(begin) + begin.length(),
            source.indexOf("    // " + mark + " example: end"))
        .lines()
        .map(line -> line.startsWith("    ") ? line.substring(4) : line)
        .collect(Collectors.joining("\n", "", "\n"));
  }

  @Test
  void theReadmeRunsTheMainJobWithTheLauncher() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    assertThat(readme)
        .contains(
            "```sh\n./mvnw -B -q install -DskipTests && bin/bbic example case | bin/bbic validate -\n```");
    assertThat(ROOT.resolve("bin/bbic")).isExecutable();
  }

  @Test
  void ciRunsTheReadmeTestCommand() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    String ci = Files.readString(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8);
    assertThat(readme).contains("```sh\n./mvnw -B verify\n```");
    assertThat(ci.lines()).contains("./mvnw -B verify");
  }
}
