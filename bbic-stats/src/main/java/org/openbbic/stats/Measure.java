package org.openbbic.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openbbic.model.code.CareBasis;
import org.openbbic.model.code.DecisionKind;
import org.openbbic.model.code.NeedArea;
import org.openbbic.model.code.PlacementForm;
import org.openbbic.model.code.ReporterCategory;
import org.openbbic.model.code.TriangleSide;
import org.openbbic.validation.DeadlineKind;

/**
 * The tables of a {@link FollowUpResult}: each a frequency table of stable row and column codes
 * (row codes are the model's code-list codes where there is one, such as {@code SCHOOL} or {@code
 * PLACERING_FAMILJEHEM}). Unless stated otherwise every measure is judged as of the period's last
 * day: events dated after it are not counted.
 *
 * <p>The unit is the case file: one child's chain. A child with two case files counts twice.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Measure {
  /** Case files read, children in the client group, open cases at the period's end and more. */
  SUMMARY(
      Part.OPERATIONAL,
      List.of(Measure.COUNT),
      List.of(
          "CASE_FILES",
          "CHILDREN",
          "CHILDREN_WITH_INVESTIGATION",
          "OPEN_CASES",
          "OPEN_CASES_WITHOUT_CASE_WORKER",
          "CASES_WITH_OVERDUE_DEADLINES",
          "CASE_FILES_WITHOUT_DEADLINES")),
  /** Referrals (aktualiseringar) received in the period: anmälan, other information, ansökan. */
  REFERRALS_BY_KIND(
      Part.OPERATIONAL,
      List.of(Measure.COUNT),
      List.of("ANMALAN", "INFORMATION_PA_ANNAT_SATT", "ANSOKAN", Measure.UNKNOWN)),
  /** Reports (anmälan, information på annat sätt) received in the period by reporter category. */
  REFERRALS_BY_REPORTER(
      Part.OPERATIONAL, List.of(Measure.COUNT), withUnknown(codes(ReporterCategory.values()))),
  /**
   * Anmälningar received in the period by protection assessment: on time (the day of receipt or the
   * next), late, missing at the period's end, or not yet due.
   */
  PROTECTION_ASSESSMENTS(
      Part.OPERATIONAL,
      List.of(Measure.COUNT),
      List.of("ON_TIME", "LATE", "MISSING", "NOT_YET_DUE")),
  /**
   * Decisions after an initial assessment (förhandsbedömning) made in the period, by decision and
   * by days from receipt: within 14 days, later with documented exceptional reasons, later without;
   * no deadline for a decision on what is not an anmälan or while an investigation of the child was
   * ongoing (judged as validation judges the deadline, {@link
   * org.openbbic.validation.DeadlineCalendar}); unknown for a case file the calendar could not
   * judge.
   */
  INITIAL_ASSESSMENTS(
      Part.OPERATIONAL,
      List.of(
          "WITHIN_14_DAYS",
          "AFTER_14_DAYS_EXCUSED",
          "AFTER_14_DAYS",
          "NO_DEADLINE",
          "NO_RECEIPT_DATE",
          Measure.UNKNOWN),
      List.of("OPEN_INVESTIGATION", "NOT_OPEN", "INVESTIGATION_ALREADY_ONGOING", Measure.UNKNOWN)),
  /**
   * Investigations opened in the period, finished in the period, finished within four months of
   * opening (four months exactly is on time), and finished within the deadline including an
   * extension.
   */
  INVESTIGATIONS(
      Part.OPERATIONAL,
      List.of(Measure.COUNT),
      List.of(
          "OPENED",
          "FINISHED",
          "FINISHED_WITHIN_FOUR_MONTHS",
          "FINISHED_WITHIN_EXTENDED_DEADLINE")),
  /** Investigations finished in the period by duration in days (from opening to completion). */
  INVESTIGATION_DURATION(
      Part.OPERATIONAL,
      List.of(Measure.COUNT),
      List.of(
          "DAYS_0_30",
          "DAYS_31_60",
          "DAYS_61_90",
          "DAYS_91_120",
          "DAYS_121_180",
          "DAYS_181_OR_MORE")),
  /**
   * Investigations finished in the period by whether the child was heard: a conversation or the
   * child's views recorded (of these, heard alone at least once), not heard with a reason given,
   * not documented.
   */
  CHILDREN_HEARD(
      Part.OPERATIONAL,
      List.of(Measure.COUNT),
      List.of("HEARD", "HEARD_ALONE", "NOT_HEARD_REASON_GIVEN", "NOT_DOCUMENTED")),
  /** Decisions (beslut) made in the period by kind. */
  DECISIONS_BY_KIND(
      Part.OPERATIONAL, List.of(Measure.COUNT), withUnknown(codes(DecisionKind.values()))),
  /**
   * Interventions granted in the period by intervention kind: each kind on a decision that grants
   * (granted, partly granted, without application, immediate custody under LVU 6 §).
   */
  INTERVENTIONS_BY_KIND(Part.OPERATIONAL, List.of(Measure.COUNT), List.of()),
  /** Placements begun in the period (care plans' placement start) by form and legal basis. */
  PLACEMENTS(
      Part.OPERATIONAL,
      withUnknown(codes(CareBasis.values())),
      withUnknown(codes(PlacementForm.values()))),
  /**
   * Plans, follow-ups and övervägande whose due date falls in the period, by outcome at the
   * period's end: the care plan by the placement start, each planned follow-up of an implementation
   * plan (the n-th follow-up meets the n-th planned date), övervägande, omprövning and care-plan
   * revision as the deadline calendar computes them.
   */
  PLANS_AND_FOLLOW_UPS(
      Part.OPERATIONAL,
      List.of("ON_TIME", "LATE", "NOT_MET"),
      List.of(
          "CARE_PLAN",
          "FOLLOW_UP",
          DeadlineKind.RECONSIDERATION.name(),
          DeadlineKind.LVU_RECONSIDERATION.name(),
          DeadlineKind.LVU_REVIEW.name(),
          DeadlineKind.CARE_PLAN_REVISION.name())),
  /** Case workers by caseload (open cases at the period's end they are responsible for). */
  CASELOAD(
      Part.OPERATIONAL,
      List.of(Measure.COUNT),
      List.of(
          "CASES_1_5",
          "CASES_6_10",
          "CASES_11_15",
          "CASES_16_20",
          "CASES_21_30",
          "CASES_31_OR_MORE")),
  /**
   * Deadlines overdue at the period's end (due before its last day and not met by then) in cases
   * open at the period's end, by kind.
   */
  OVERDUE_DEADLINES(Part.OPERATIONAL, List.of(Measure.COUNT), codes(DeadlineKind.values())),
  /**
   * Children in the client group (case files open at some time in the period) by age on the first
   * day the case was open in the period.
   */
  CHILDREN_BY_AGE(
      Part.CLIENT_GROUP,
      List.of(Measure.COUNT),
      List.of(
          "AGE_0_2",
          "AGE_3_6",
          "AGE_7_12",
          "AGE_13_15",
          "AGE_16_17",
          "AGE_18_20",
          "AGE_21_OR_MORE",
          Measure.UNKNOWN)),
  /** Children by gender, from the personnummer's sex digit; unknown without one. */
  CHILDREN_BY_GENDER(
      Part.CLIENT_GROUP, List.of(Measure.COUNT), List.of("FEMALE", "MALE", Measure.UNKNOWN)),
  /** Children by unaccompanied minor (ensamkommande) in the basic data. */
  UNACCOMPANIED(Part.CLIENT_GROUP, List.of(Measure.COUNT), List.of("YES", "NO", Measure.UNKNOWN)),
  /** Children by the kind of their latest referral received by the period's end. */
  REFERRAL_REASON_KIND(
      Part.CLIENT_GROUP,
      List.of(Measure.COUNT),
      List.of("ANMALAN", "INFORMATION_PA_ANNAT_SATT", "ANSOKAN", Measure.UNKNOWN, "NONE")),
  /** Children by the reporter category of their latest referral (an ansökan has none). */
  REFERRAL_REASON_REPORTER(
      Part.CLIENT_GROUP,
      List.of(Measure.COUNT),
      Stream.concat(
              withUnknown(codes(ReporterCategory.values())).stream(),
              Stream.of(Measure.NOT_APPLICABLE))
          .collect(Collectors.toUnmodifiableList())),
  /** Children by suspected violence in their latest referral. */
  SUSPECTED_VIOLENCE(
      Part.CLIENT_GROUP,
      List.of(Measure.COUNT),
      List.of("YES", "NO", Measure.UNKNOWN, Measure.NOT_APPLICABLE)),
  /**
   * Children with an investigation completed by the period's end, per need area of their latest
   * investigation: area assessed, need identified. Rows are need-area codes (both generations).
   */
  NEED_AREAS(
      Part.CLIENT_GROUP,
      List.of("ASSESSED", "NEED_IDENTIFIED"),
      NeedArea.ofGeneration(NeedArea.CURRENT_GENERATION).stream()
          .map(NeedArea::code)
          .collect(Collectors.toUnmodifiableList())),
  /** Children with a need identified in at least one area of a triangle side. */
  NEED_SIDES(Part.CLIENT_GROUP, List.of(Measure.COUNT), codes(TriangleSide.values())),
  /** Children with an intervention of the kind granted by the period's end (once per child). */
  CHILD_INTERVENTIONS(Part.CLIENT_GROUP, List.of(Measure.COUNT), List.of());

  /** The column code of one-column tables. */
  public static final String COUNT = "COUNT";

  /** The row or column code for a value missing in the case file. */
  public static final String UNKNOWN = "UNKNOWN";

  /** The row code for a category that does not apply (an ansökan has no reporter). */
  public static final String NOT_APPLICABLE = "NOT_APPLICABLE";

  /**
   * Which part of the report a measure belongs to. Immutable and thread-safe.
   *
   * @since 0.1
   */
  public enum Part {
    /** Verksamhetsuppföljning. */
    OPERATIONAL,
    /** Beskrivning av klientgruppen. */
    CLIENT_GROUP
  }

  private final Part part;
  private final List<String> columns;
  private final List<String> rows;

  Measure(Part part, List<String> columns, List<String> rows) {
    this.part = part;
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
  }

  /** The part of the report. */
  public Part part() {
    return part;
  }

  /** The column codes, in order. */
  public List<String> columns() {
    return columns;
  }

  /** The row codes always shown (zero when nothing was counted), in order. */
  public List<String> declaredRows() {
    return rows;
  }

  /** A stable file-name-friendly identifier, such as {@code referrals-by-kind}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** How rows not declared (intervention kinds, need areas of another generation) are ordered. */
  Comparator<String> extraRowOrder() {
    if (this == NEED_AREAS) {
      return Comparator.comparing(
          (String code) -> NeedArea.find(code).orElse(null),
          Comparator.nullsLast(Comparator.naturalOrder()));
    }
    return Comparator.naturalOrder();
  }

  private static List<String> codes(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableList());
  }

  private static List<String> withUnknown(List<String> codes) {
    List<String> list = new ArrayList<>(codes);
    list.add(UNKNOWN);
    return List.copyOf(list);
  }
}
