package org.openbbic.model.law;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The statutory periods (durations) that validation, statistics and the test kit count: 14 days for
 * the förhandsbedömning, four months for the investigation, six months between överväganden, three
 * weeks for an appeal and the others. Each is a stable key of the rows of {@code
 * legal-provisions.tsv} that set its limit, split by validity; the amount, how it is counted and
 * its exceptions are read from there, never written in code.
 *
 * <p>{@link #from(LocalDate)} is the one due-date arithmetic: it picks the provision whose limit
 * applies to a period begun on a day (by the period's {@link Counting}) and adds the limit in
 * calendar terms. Thread-safe.
 *
 * @since 0.1
 */
public enum StatutoryPeriod {
  /** Skyddsbedömning: the day a report (anmälan) is received or the next day. */
  PROTECTION_ASSESSMENT("protection-assessment", null),
  /** Beslut om att inleda eller inte inleda utredning: within 14 days of receipt. */
  INITIAL_ASSESSMENT("initial-assessment", null),
  /** Utredning slutförd: within four months of opening. */
  INVESTIGATION("investigation-deadline", null),
  /** Övervägande of a placement under SoL: at least every six months. */
  RECONSIDERATION("reconsideration", null),
  /** Övervägande of care under LVU 2 §: at least every six months. */
  LVU_RECONSIDERATION("lvu-reconsideration", null),
  /** Omprövning of care under LVU 3 §: within six months of enforcement, then of the last one. */
  LVU_REVIEW("lvu-review", null),
  /** Revision of a placed child's care plan: at the latest two years after the placement began. */
  CARE_PLAN_REVISION("care-plan-revision", null),
  /**
   * Särskilt övervägande om vårdnadsöverflyttning under SoL: after two (before 1 July 2022 three)
   * years in the same family home.
   */
  CUSTODY_TRANSFER_SOL("custody-transfer", "SOL"),
  /**
   * Särskilt övervägande om vårdnadsöverflyttning under LVU 2 §: after two years, from 1 July 2022.
   */
  CUSTODY_TRANSFER_LVU_2("custody-transfer", "LVU_2"),
  /** The custody-transfer consideration under SoL repeated: yearly after the last one. */
  CUSTODY_TRANSFER_REPEAT_SOL("custody-transfer-repeat", "SOL"),
  /** The custody-transfer consideration under LVU 2 § repeated: yearly after the last one. */
  CUSTODY_TRANSFER_REPEAT_LVU_2("custody-transfer-repeat", "LVU_2"),
  /** Överklagande: three weeks from the day the decision was received (FL 44 §). */
  APPEAL("appeal", null),
  /**
   * Uppföljning after an investigation closed without intervention: two months (no source found).
   */
  FOLLOW_UP_AFTER_CLOSED_INVESTIGATION("child-situation-follow-up", "AFTER_CLOSED_INVESTIGATION"),
  /** Uppföljning after an ended placement: six months at most. */
  FOLLOW_UP_AFTER_ENDED_PLACEMENT("child-situation-follow-up", "AFTER_ENDED_PLACEMENT"),
  /** Care under LVU 2 § only for someone under 18. */
  LVU_2_AGE("lvu-age", "LVU_2"),
  /** Care under LVU 3 § only for someone under 20. */
  LVU_3_AGE("lvu-age", "LVU_3"),
  /** Care under LVU ends at the latest at 21. */
  LVU_CARE_END("lvu-care-end", null);

  /**
   * How a period is counted. Every period is calendar days, weeks, months or years in Swedish local
   * dates: due on start + limit ({@link LocalDate#plus}: a month limit from 31 October ends on the
   * last day of February), met on the due day, missed the day after. The counting says which
   * provision's limit applies.
   *
   * @since 0.1
   */
  public enum Counting {
    /** The provision in force on the day the period began sets the limit. */
    FROM_START,
    /**
     * The provision in force on the due day sets the limit: a duty that began during the period
     * (the care plan revision, from 1 March 2021) applies only where it is in force that day.
     */
    ON_DUE_DAY,
    /**
     * The period ends on the first day on or after its start on which the limit of a provision in
     * force that day has run out: a duty beginning with a new provision arises on its first day
     * when the time had already run (the custody-transfer consideration on 1 July 2022).
     */
    REACHED,
    /**
     * An age: counted from the birth date, reached on the birthday (one born on 29 February reaches
     * it on 28 February); the provision in force on that birthday sets it.
     */
    AGE
  }

  /**
   * What excuses a late step or removes or moves its deadline, as the provision says.
   *
   * @since 0.1
   */
  public enum Exemption {
    /**
     * No decision on opening an investigation is due while an investigation of the child is ongoing
     * on the day of receipt, or when the decision itself says one is (SoL 11 kap. 1 a § 2 st.).
     */
    INVESTIGATION_ONGOING,
    /** Synnerliga skäl recorded: a decision after the due day is excused, not on time. */
    EXTRAORDINARY_REASONS,
    /** Särskilda skäl: a decided extension's end date replaces the due date. */
    EXTENSION
  }

  private final String topic;
  private final String scope;

  StatutoryPeriod(String topic, String scope) {
    this.topic = topic;
    this.scope = scope;
  }

  /** The topic of {@link LegalProvisions} whose rows set this period. */
  public String topic() {
    return topic;
  }

  /** The scope of those rows (a care basis, a follow-up basis), or empty for every case. */
  public Optional<String> scope() {
    return Optional.ofNullable(scope);
  }

  /** The period of {@code topic} for {@code scope} ({@code null}: every case), if there is one. */
  public static Optional<StatutoryPeriod> of(String topic, String scope) {
    for (StatutoryPeriod p : values()) {
      if (p.topic.equals(topic) && Objects.equals(p.scope, scope)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Every provision that sets this period, in table order (one per period of validity). */
  public List<LegalBasis> provisions() {
    return LegalProvisions.periodRows(this);
  }

  /** How this period is counted. */
  public Counting counting() {
    return LegalProvisions.counting(this);
  }

  /** What excuses a late step or removes or moves the deadline. */
  public Set<Exemption> exemptions() {
    return LegalProvisions.exemptions(this);
  }

  /**
   * The provision of this period in force on {@code day}, with its limit: the length of the period
   * on that day.
   */
  public Optional<LegalBasis> inForce(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return provisions().stream().filter(b -> b.appliesOn(day)).findFirst();
  }

  /**
   * The period begun on {@code start}: the provision that sets its limit (by the {@link
   * #counting()}) and its due day; empty when no provision applies (the care plan revision of a
   * placement whose two years ended before 1 March 2021, the custody transfer under LVU before 1
   * July 2022).
   */
  public Optional<Term> from(LocalDate start) {
    Objects.requireNonNull(start, "start");
    Counting counting = counting();
    if (counting == Counting.REACHED) {
      return reached(start);
    }
    for (LegalBasis b : provisions()) {
      LocalDate due = start.plus(b.limit().orElseThrow());
      if (b.appliesOn(counting == Counting.FROM_START ? start : due)) {
        return Optional.of(new Term(this, b, start, due));
      }
    }
    return Optional.empty();
  }

  private Optional<Term> reached(LocalDate start) {
    Term best = null;
    for (LegalBasis b : provisions()) {
      LocalDate day = start.plus(b.limit().orElseThrow());
      if (b.validFrom() != null && day.isBefore(b.validFrom())) {
        day = b.validFrom();
      }
      if (b.validTo() != null && day.isAfter(b.validTo())) {
        continue;
      }
      if (best == null || day.isBefore(best.due())) {
        best = new Term(this, b, start, day);
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * One period begun on a day: the provision that sets it, its start and its due day (the last day
   * on which it is met). Immutable and thread-safe.
   *
   * @since 0.1
   */
  public static final class Term {
    private final StatutoryPeriod period;
    private final LegalBasis basis;
    private final LocalDate start;
    private final LocalDate due;

    private Term(StatutoryPeriod period, LegalBasis basis, LocalDate start, LocalDate due) {
      this.period = period;
      this.basis = basis;
      this.start = start;
      this.due = due;
    }

    /** The statutory period. */
    public StatutoryPeriod period() {
      return period;
    }

    /** The provision that sets the limit. */
    public LegalBasis basis() {
      return basis;
    }

    /** The limit, such as 14 days or four months. */
    public Period limit() {
      return basis.limit().orElseThrow();
    }

    /** The day the period began. */
    public LocalDate start() {
      return start;
    }

    /** The due day: the last day on which the period is met. */
    public LocalDate due() {
      return due;
    }

    /** Whether a step taken on {@code day} is within the period (on or before the due day). */
    public boolean metBy(LocalDate day) {
      return !day.isAfter(due);
    }

    @Override
    public String toString() {
      return period + " " + start + ".." + due + " (" + basis + ")";
    }
  }
}
