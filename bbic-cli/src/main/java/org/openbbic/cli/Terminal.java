package org.openbbic.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, for progress lines nobody else should see. */
final class Terminal {

  private Terminal() {}

  /**
   * Standard error is a terminal: the launcher's word ({@code -Dbbic.stderr.tty=true|false}, from
   * {@code [ -t 2 ]}) when given; otherwise, on Linux, where {@code /proc/self/fd/2} points (a
   * {@code /dev/pts} or {@code /dev/tty} device); otherwise whether the JVM has a console.
   */
  static boolean stderrIsTerminal() {
    String told = System.getProperty("bbic.stderr.tty");
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    Path fd = Path.of("/proc/self/fd/2");
    if (Files.isSymbolicLink(fd)) {
      try {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | SecurityException e) {
        return false;
      }
    }
    return System.console() != null;
  }
}
