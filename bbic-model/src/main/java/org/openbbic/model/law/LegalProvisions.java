package org.openbbic.model.law;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The provisions BBIC rules cite, by topic, across the change of Socialtjänstlag on 1 July 2025.
 *
 * <p>Read from {@code legal-provisions.tsv} beside this class: topic, statute, chapter, section,
 * paragraph, valid from, valid to, confirmed. {@link #forTopic(String, LocalDate)} answers which
 * provision applied to an event on a date: a deadline that began before 1 July 2025 cites SoL
 * (2001:453), one from that day SoL (2025:400). Thread-safe.
 *
 * @since 0.1
 */
public final class LegalProvisions {

  private static final Map<String, List<LegalBasis>> BY_TOPIC = load();

  private LegalProvisions() {}

  /** The provision of {@code topic} that applied on {@code date}, if any. */
  public static Optional<LegalBasis> forTopic(String topic, LocalDate date) {
    return BY_TOPIC.getOrDefault(topic, List.of()).stream()
        .filter(b -> b.appliesOn(date))
        .findFirst();
  }

  /** Every provision of {@code topic}, oldest first. */
  public static List<LegalBasis> allForTopic(String topic) {
    return BY_TOPIC.getOrDefault(topic, List.of());
  }

  /** The topics the catalogue holds. */
  public static Set<String> topics() {
    return BY_TOPIC.keySet();
  }

  private static Map<String, List<LegalBasis>> load() {
    Map<String, List<LegalBasis>> map = new LinkedHashMap<>();
    try (InputStream in = LegalProvisions.class.getResourceAsStream("legal-provisions.tsv")) {
      if (in == null) {
        throw new IllegalStateException("legal-provisions.tsv missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length != 8) {
          throw new IllegalStateException("legal-provisions.tsv: 8 columns expected");
        }
        LegalBasis basis =
            LegalBasis.of(
                Statute.valueOf(c[1]),
                c[2].equals("-") ? null : Integer.valueOf(c[2]),
                c[3].equals("-") ? null : c[3],
                c[4].equals("-") ? null : Integer.valueOf(c[4]),
                c[5].equals("-") ? null : LocalDate.parse(c[5]),
                c[6].equals("-") ? null : LocalDate.parse(c[6]),
                Boolean.parseBoolean(c[7]));
        map.computeIfAbsent(c[0], k -> new ArrayList<>()).add(basis);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(map);
  }
}
