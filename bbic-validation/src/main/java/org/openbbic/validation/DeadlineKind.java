package org.openbbic.validation;

/**
 * The statutory deadlines the calendar knows, each with the topic of {@link
 * org.openbbic.model.law.LegalProvisions} it cites and the rule code reporting a missed one.
 * Deadlines are calendar days and months, in Swedish local dates.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum DeadlineKind {
  /** Skyddsbedömning: the day a report (anmälan) is received or the next day. */
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
  /** Revision of the care plan: at the latest two years after the placement began. */
  CARE_PLAN_REVISION("care-plan", "BBIC-CASE-011");

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

  /** The code of the rule that reports this deadline when missed. */
  public String code() {
    return code;
  }
}
