package org.openbbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Runs the tool in this JVM, with no locale variables in its environment unless given (so that its
 * default language, Swedish, is what a test sees on any machine).
 */
final class CliRun {

  /** What a run printed. */
  record Output(String out, String err) {}

  private CliRun() {}

  /** The output of {@code bbic args...}, asserting the exit status {@code exit}. */
  static String run(int exit, String... args) {
    return run(Map.of(), exit, args).out();
  }

  /** Standard out and error of {@code bbic args...} in {@code env}, asserting the exit status. */
  static Output run(Map<String, String> env, int exit, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int status;
    try {
      status = BbicCli.run(env, args);
    } finally {
      System.setOut(savedOut);
      System.setErr(savedErr);
    }
    Output output =
        new Output(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    assertThat(status)
        .as("exit status of bbic %s; %s", String.join(" ", args), output)
        .isEqualTo(exit);
    return output;
  }
}
