package org.openbbic.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openbbic.testkit.Seeds;

/**
 * A measurement, not a timed assertion: runs generated case files through the report in a forked
 * JVM with a small heap and prints the time and peak heap. The default build runs 5,000 case files
 * in 64 MiB; {@code -Dopenbbic.scale=true} runs 1,000,000 in 256 MiB.
 */
class ScaleMeasurementTest {

  @Test
  void fiveThousandCaseFilesInSixtyFourMebibytes() throws Exception {
    run(5_000, "64m");
  }

  @Test
  @EnabledIfSystemProperty(named = "openbbic.scale", matches = "true")
  void oneMillionCaseFilesInTwoHundredFiftySixMebibytes() throws Exception {
    run(1_000_000, "256m");
  }

  private static void run(long n, String xmx) throws Exception {
    long seed = Seeds.seed();
    String classpath = System.getProperty("surefire.test.class.path");
    if (classpath == null || classpath.isBlank()) {
      classpath = System.getProperty("java.class.path");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx" + xmx,
                    "-XX:+UseSerialGC",
                    "-Duser.timezone=UTC",
                    "-cp",
                    classpath,
                    ScaleRun.class.getName(),
                    Long.toString(n),
                    Long.toString(seed)))
            .redirectErrorStream(true)
            .start();
    String out;
    try (var in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    boolean done = p.waitFor(2, TimeUnit.HOURS);
    System.out.println("seed " + seed + " " + out.strip());
    assertThat(done).isTrue();
    assertThat(p.exitValue()).as("seed " + seed + ": " + out).isZero();
    assertThat(out).contains("SCALE caseFiles=" + n + " ");
  }
}
