package org.openbbic.stats.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Date helpers: Swedish local dates of instants, and the report period. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Dates {

  /** Sweden's time zone, in which BBIC dates are judged. */
  public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private Dates() {}

  /** The Swedish local date of {@code t}, or {@code null}. */
  public static LocalDate swedish(OffsetDateTime t) {
    return t == null ? null : t.atZoneSameInstant(SWEDEN).toLocalDate();
  }

  /** Whether {@code d} lies in {@code [from, to]}. */
  public static boolean within(LocalDate d, LocalDate from, LocalDate to) {
    return d != null && !d.isBefore(from) && !d.isAfter(to);
  }

  /** Whether {@code d} happened by the end of {@code to}. */
  public static boolean by(LocalDate d, LocalDate to) {
    return d != null && !d.isAfter(to);
  }

  /** The earlier of two dates, either may be {@code null}. */
  public static LocalDate min(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  /** The later of two dates, either may be {@code null}. */
  public static LocalDate max(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
