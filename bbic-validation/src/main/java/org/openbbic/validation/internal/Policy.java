package org.openbbic.validation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The library's own choices where the law sets no number ({@code policy.tsv} beside this class):
 * not legal facts, but data that can be changed without a code change. Thread-safe.
 */
final class Policy {

  private static final Map<String, Period> VALUES = load();

  private Policy() {}

  /** The period named {@code name}. */
  static Period period(String name) {
    Period p = VALUES.get(name);
    if (p == null) {
      throw new IllegalStateException("policy.tsv has no " + name);
    }
    return p;
  }

  private static Map<String, Period> load() {
    Map<String, Period> map = new LinkedHashMap<>();
    try (InputStream in = Policy.class.getResourceAsStream("policy.tsv")) {
      if (in == null) {
        throw new IllegalStateException("policy.tsv missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        map.put(c[0], Period.parse(c[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }
}
