package org.openbbic.model.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated code-list data files of this package; {@code #} starts a comment. */
final class Tsv {

  private Tsv() {}

  static List<String[]> read(String name, int columns) {
    try (InputStream in = Tsv.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("code-list data missing: " + name);
      }
      List<String[]> rows = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != columns) {
          throw new IllegalStateException(
              name + " line " + lineNumber + ": " + cells.length + " columns, expected " + columns);
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
