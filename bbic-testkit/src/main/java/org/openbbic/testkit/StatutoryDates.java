package org.openbbic.testkit;

import java.time.LocalDate;
import java.time.Period;
import org.openbbic.model.code.CareBasis;
import org.openbbic.model.law.LegalBasis;
import org.openbbic.model.law.StatutoryPeriod;

/**
 * The statutory dates the generator and the mutators put documents around (a day before, on or
 * after a due day), read from {@link StatutoryPeriod}, the periods validation and statistics count
 * too: the test kit writes no duration of its own. Stateless.
 */
final class StatutoryDates {

  private StatutoryDates() {}

  /**
   * The due day of {@code period} begun on {@code start} under the provision that applies; for a
   * day no provision covers (a care plan revision that fell due before the duty began on 1 March
   * 2021, which the generator may still write for an early {@code asOf}), the length of the
   * period's first provision.
   */
  static LocalDate due(StatutoryPeriod period, LocalDate start) {
    return period
        .from(start)
        .map(StatutoryPeriod.Term::due)
        .orElseGet(() -> start.plus(first(period)));
  }

  /**
   * The limit of {@code period} in force on {@code day}, or that of its first provision when none
   * is.
   */
  static Period limit(StatutoryPeriod period, LocalDate day) {
    return period.inForce(day).flatMap(LegalBasis::limit).orElseGet(() -> first(period));
  }

  /** The period of the övervägande of a placement under {@code basis} (SoL, else LVU 2 §). */
  static StatutoryPeriod reconsideration(CareBasis basis) {
    return basis == CareBasis.LVU_2
        ? StatutoryPeriod.LVU_RECONSIDERATION
        : StatutoryPeriod.RECONSIDERATION;
  }

  private static Period first(StatutoryPeriod period) {
    return period.provisions().get(0).limit().orElseThrow();
  }
}
