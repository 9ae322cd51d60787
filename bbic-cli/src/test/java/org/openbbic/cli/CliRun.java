package org.openbbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the tool in this JVM and returns what it printed on standard out. */
final class CliRun {

  private CliRun() {}

  /** The output of {@code bbic args...}, asserting the exit status {@code exit}. */
  static String run(int exit, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertThat(BbicCli.run(args)).isEqualTo(exit);
    } finally {
      System.setOut(saved);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
