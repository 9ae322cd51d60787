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
  void theReadmeExampleIsTheCompiledQuickStart() throws IOException {
    String source =
        Files.readString(
            Path.of("src/main/java/org/openbbic/examples/QuickStart.java"), StandardCharsets.UTF_8);
    String snippet =
        source
            .substring(
                source.indexOf("// README example: begin\n") + 25,
                source.indexOf("    // README example: end"))
            .lines()
            .map(line -> line.startsWith("    ") ? line.substring(4) : line)
            .collect(Collectors.joining("\n", "", "\n"));
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("```java\n" + snippet + "```");
  }

  @Test
  void ciRunsTheReadmeTestCommand() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    String ci = Files.readString(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8);
    assertThat(readme).contains("```sh\n./mvnw -B verify\n```");
    assertThat(ci.lines()).contains("./mvnw -B verify");
  }
}
