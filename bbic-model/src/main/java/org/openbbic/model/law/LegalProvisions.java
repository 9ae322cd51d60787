package org.openbbic.model.law;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The provisions BBIC rules cite, by topic, split by validity: which provision applied to an event
 * on a date, with its time limit, its confidence and its source.
 *
 * <p>Read from {@code legal-provisions.tsv} beside this class (its header explains the columns). A
 * provision that changed is one row per period: {@link #inForce(String, String, LocalDate)} answers
 * which rows applied on the day of the event a rule judges. A custody-transfer consideration on 30
 * June 2022 is judged by 6 kap. 8 § andra stycket SoL (three years), one on 1 July 2022 by the
 * third stycke (two years); a deadline that began before 1 July 2025 cites SoL (2001:453), one from
 * that day SoL (2025:400). A topic may cite more than one provision at once (the appeal instruction
 * rests on FL 33 § and 44 §): every row in force is returned, in table order.
 *
 * <p>A row with a limit belongs to a {@link StatutoryPeriod}, the stable key by which validation,
 * statistics and the test kit count it (the table says how it is counted and what excuses it).
 * Thread-safe.
 *
 * @since 0.1
 */
public final class LegalProvisions {

  private static final int COLUMNS = 15;

  private static final Map<String, List<LegalBasis>> BY_TOPIC = new LinkedHashMap<>();

  private static final Map<StatutoryPeriod, List<LegalBasis>> PERIOD_ROWS =
      new EnumMap<>(StatutoryPeriod.class);

  private static final Map<StatutoryPeriod, StatutoryPeriod.Counting> COUNTING =
      new EnumMap<>(StatutoryPeriod.class);

  private static final Map<StatutoryPeriod, Set<StatutoryPeriod.Exemption>> EXEMPTIONS =
      new EnumMap<>(StatutoryPeriod.class);

  static {
    load();
  }

  private LegalProvisions() {}

  /**
   * The first provision of {@code topic} for every case (no scope) that applied on {@code date}, if
   * any.
   */
  public static Optional<LegalBasis> forTopic(String topic, LocalDate date) {
    return inForce(topic, null, date).stream().findFirst();
  }

  /**
   * Every provision of {@code topic} that applied on {@code date} to the case {@code scope} (rows
   * without a scope apply to every case; {@code null} asks for those only), in table order: the
   * first is the one a finding cites first.
   */
  public static List<LegalBasis> inForce(String topic, String scope, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return BY_TOPIC.getOrDefault(topic, List.of()).stream()
        .filter(b -> b.scope().isEmpty() || b.scope().get().equals(scope))
        .filter(b -> b.appliesOn(date))
        .collect(Collectors.toUnmodifiableList());
  }

  /** The time limit of {@code topic} for {@code scope} in force on {@code date}, if one is set. */
  public static Optional<Period> limit(String topic, String scope, LocalDate date) {
    return inForce(topic, scope, date).stream()
        .map(LegalBasis::limit)
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** Every provision of {@code topic}, in table order. */
  public static List<LegalBasis> allForTopic(String topic) {
    return BY_TOPIC.getOrDefault(topic, List.of());
  }

  /** The topics the table holds. */
  public static Set<String> topics() {
    return Collections.unmodifiableSet(BY_TOPIC.keySet());
  }

  static List<LegalBasis> periodRows(StatutoryPeriod period) {
    return PERIOD_ROWS.get(period);
  }

  static StatutoryPeriod.Counting counting(StatutoryPeriod period) {
    return COUNTING.get(period);
  }

  static Set<StatutoryPeriod.Exemption> exemptions(StatutoryPeriod period) {
    return EXEMPTIONS.get(period);
  }

  private static void load() {
    Map<String, List<LegalBasis>> map = BY_TOPIC;
    Map<StatutoryPeriod, List<LegalBasis>> periods = new EnumMap<>(StatutoryPeriod.class);
    try (InputStream in = LegalProvisions.class.getResourceAsStream("legal-provisions.tsv")) {
      if (in == null) {
        throw new IllegalStateException("legal-provisions.tsv missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length != COLUMNS) {
          throw new IllegalStateException(
              "legal-provisions.tsv line " + number + ": " + COLUMNS + " columns expected");
        }
        LegalBasis basis =
            LegalBasis.builder(Statute.valueOf(c[2]))
                .topic(c[0])
                .scope(none(c[1]) ? null : c[1])
                .chapter(none(c[3]) ? null : Integer.valueOf(c[3]))
                .section(none(c[4]) ? null : c[4])
                .paragraph(none(c[5]) ? null : Integer.valueOf(c[5]))
                .valid(
                    none(c[6]) ? null : LocalDate.parse(c[6]),
                    none(c[7]) ? null : LocalDate.parse(c[7]))
                .confirmed(Boolean.parseBoolean(c[8]))
                .limit(none(c[9]) ? null : Period.parse(c[9]))
                .confidence(Confidence.ofLetter(c[10]))
                .source(c[11])
                .build();
        map.computeIfAbsent(c[0], k -> new ArrayList<>()).add(basis);
        period(basis, c, number, periods);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    for (StatutoryPeriod p : StatutoryPeriod.values()) {
      if (!periods.containsKey(p)) {
        throw new IllegalStateException("legal-provisions.tsv: no row sets the period " + p);
      }
      PERIOD_ROWS.put(p, List.copyOf(periods.get(p)));
    }
  }

  /** Reads the period columns of one row: its key, its counting and its exemptions. */
  private static void period(
      LegalBasis basis, String[] c, int number, Map<StatutoryPeriod, List<LegalBasis>> periods) {
    String where = "legal-provisions.tsv line " + number + ": ";
    if (none(c[12])) {
      if (basis.limit().isPresent() || !none(c[13]) || !none(c[14])) {
        throw new IllegalStateException(where + "a limit, a counting or exceptions need a period");
      }
      return;
    }
    StatutoryPeriod p = StatutoryPeriod.valueOf(c[12]);
    if (basis.limit().isEmpty()) {
      throw new IllegalStateException(where + "the period " + p + " needs a limit");
    }
    if (!p.topic().equals(basis.topic()) || !p.scope().equals(basis.scope())) {
      throw new IllegalStateException(
          where + "the period " + p + " is not of this topic and scope");
    }
    StatutoryPeriod.Counting counting = StatutoryPeriod.Counting.valueOf(c[13]);
    Set<StatutoryPeriod.Exemption> exemptions = EnumSet.noneOf(StatutoryPeriod.Exemption.class);
    if (!none(c[14])) {
      for (String e : c[14].split(",", -1)) {
        exemptions.add(StatutoryPeriod.Exemption.valueOf(e));
      }
    }
    Set<StatutoryPeriod.Exemption> frozen = Collections.unmodifiableSet(exemptions);
    if ((COUNTING.containsKey(p) && COUNTING.get(p) != counting)
        || (EXEMPTIONS.containsKey(p) && !EXEMPTIONS.get(p).equals(frozen))) {
      throw new IllegalStateException(
          where + "every row of the period " + p + " has the same counting and exceptions");
    }
    COUNTING.put(p, counting);
    EXEMPTIONS.put(p, frozen);
    periods.computeIfAbsent(p, k -> new ArrayList<>()).add(basis);
  }

  private static boolean none(String cell) {
    return cell.equals("-");
  }
}
