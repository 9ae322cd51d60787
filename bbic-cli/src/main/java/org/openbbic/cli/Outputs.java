package org.openbbic.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a command's output goes: standard output, or a file that appears whole or not at all (a
 * temporary file beside it, moved into place when complete; created readable by its owner only).
 */
final class Outputs {

  /** Writes the content. */
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private Outputs() {}

  /**
   * Writes {@code content} to {@code target}, or to standard output when {@code target} is {@code
   * null}. When the content throws, no file is left behind.
   */
  static void write(Path target, Content content) throws IOException {
    if (target == null) {
      OutputStream out = new BufferedOutputStream(System.out);
      content.writeTo(out);
      out.flush();
      return;
    }
    Path absolute = target.toAbsolutePath();
    Path temp = Files.createTempFile(absolute.getParent(), ".bbic-", ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
        content.writeTo(out);
      }
      Files.move(
          temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
