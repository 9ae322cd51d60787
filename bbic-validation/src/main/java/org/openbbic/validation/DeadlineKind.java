package org.openbbic.validation;

import java.util.Optional;
import org.openbbic.model.code.CareBasis;
import org.openbbic.model.law.StatutoryPeriod;

/**
 * The statutory deadlines the calendar knows, each with the topic of {@link
 * org.openbbic.model.law.LegalProvisions} whose provision sets its time limit and the rule code
 * reporting a breach. Deadlines are calendar days and months, in Swedish local dates, counted as
 * the {@link StatutoryPeriod} of the topic says: the limit is the one of the provision in force on
 * the day the deadline began, except for a duty that did not exist for the whole period (the care
 * plan revision, from 1 March 2021), which is judged by the provision in force on its due date.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum DeadlineKind {
  /**
   * Skyddsbedömning: genast (the statute); the day a report (anmälan) is received or the next day
   * (the bill, prop. 2012/13:10 s. 60).
   */
  PROTECTION_ASSESSMENT("protection-assessment", "BBIC-DOC-001"),
  /** Beslut om att inleda eller inte inleda utredning: within 14 days of receipt. */
  INITIAL_ASSESSMENT("initial-assessment", "BBIC-DOC-002"),
  /** Utredning slutförd: within four months of opening, or the extended end date. */
  INVESTIGATION("investigation-deadline", "BBIC-DOC-003"),
  /** Övervägande of a placement under SoL: at least every six months. */
  RECONSIDERATION("reconsideration", "BBIC-CASE-008"),
  /** Övervägande of care under LVU 2 §: at least every six months. */
  LVU_RECONSIDERATION("lvu-reconsideration", "BBIC-CASE-009"),
  /** Omprövning of care under LVU 3 §: within six months of enforcement, then every six months. */
  LVU_REVIEW("lvu-review", "BBIC-CASE-010"),
  /**
   * Revision of the child's care plan: at the latest two years after the placement began, where the
   * provision (SFS 2020:1260, from 1 March 2021) is in force on that day.
   */
  CARE_PLAN_REVISION("care-plan-revision", "BBIC-CASE-011"),
  /**
   * Särskilt övervägande om vårdnadsöverflyttning: at the first övervägande once the child has been
   * placed in the same family home for the time the provision in force sets (under SoL two years
   * from 1 July 2022, three years before; under LVU 2 § two years from 1 July 2022), then at least
   * once every twelve months. Its due date is the day of that övervägande (or, before one is held,
   * six months after the duty arose); judged by the provision in force on that day.
   */
  CUSTODY_TRANSFER("custody-transfer", "BBIC-CASE-017");

  private final String legalTopic;
  private final String code;

  DeadlineKind(String legalTopic, String code) {
    this.legalTopic = legalTopic;
    this.code = code;
  }

  /** The topic of {@code LegalProvisions} this deadline cites. */
  public String legalTopic() {
    return legalTopic;
  }

  /** The code of the rule that reports a breach of this deadline (met late or overdue). */
  public String code() {
    return code;
  }

  /**
   * The statutory period that sets this deadline's limit, or empty when it differs by care basis
   * (the custody transfer: {@link StatutoryPeriod#CUSTODY_TRANSFER_SOL} and {@link
   * StatutoryPeriod#CUSTODY_TRANSFER_LVU_2}).
   */
  public Optional<StatutoryPeriod> period() {
    return StatutoryPeriod.of(legalTopic, null);
  }

  /**
   * Whether the provision is the one in force on the due date (a duty that began during the period)
   * rather than on the start date, as the provisions table counts the period.
   */
  public boolean judgedOnDueDate() {
    return StatutoryPeriod.of(legalTopic, null)
        .or(() -> StatutoryPeriod.of(legalTopic, CareBasis.SOL.name()))
        .map(p -> p.counting() != StatutoryPeriod.Counting.FROM_START)
        .orElseThrow();
  }
}
