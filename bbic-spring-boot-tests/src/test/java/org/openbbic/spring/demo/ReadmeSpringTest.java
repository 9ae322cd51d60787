package org.openbbic.spring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps the README's Spring Boot section true: its controller is this application's. */
class ReadmeSpringTest {

  /** The repository root, seen from bbic-spring-boot-tests/boot3 or boot4. */
  private static final Path ROOT = Path.of("../..");

  @Test
  void theReadmeControllerIsTheCompiledOne() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    String source =
        Files.readString(
            Path.of("../src/main/java/org/openbbic/spring/demo/CaseController.java"),
            StandardCharsets.UTF_8);
    String begin = "  // README example: begin\n";
    String snippet =
        source
            .substring(
                source.indexOf(begin) + begin.length(), source.indexOf("  // README example: end"))
            .lines()
            .map(line -> line.startsWith("  ") ? line.substring(2) : line)
            .collect(Collectors.joining("\n"))
            .stripTrailing(); // the formatter leaves a blank line before the end mark
    assertThat(snippet).contains("public CaseFile echo(@RequestBody CaseFile caseFile)");
    assertThat(readme).contains("```java\n" + snippet + "\n```");
  }

  @Test
  void theReadmeNamesTheTestedBootVersions() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("Spring Boot " + System.getProperty("managed.boot"));
  }
}
