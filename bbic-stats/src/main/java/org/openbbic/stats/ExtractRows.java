package org.openbbic.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * The rows one case file contributes to a {@link PseudonymisedExtract}: one case row, one row per
 * investigation and one per intervention decided. No identity number, name, address or free text;
 * the birth year instead of the birth date; codes are the model's code-list codes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param caseRow the case row, or {@code null} when the child is protected and left out
 * @param investigations one row per investigation
 * @param interventions one row per intervention kind on a decision
 * @since 0.1
 */
public record ExtractRows(
    ExtractRows.CaseRow caseRow,
    List<ExtractRows.InvestigationRow> investigations,
    List<ExtractRows.InterventionRow> interventions) {

  /** Copies the lists. */
  public ExtractRows {
    investigations = List.copyOf(investigations);
    interventions = List.copyOf(interventions);
  }

  /** Whether the case file contributed nothing (a protected child left out). */
  public boolean isEmpty() {
    return caseRow == null;
  }

  /**
   * One case file. Immutable and thread-safe.
   *
   * @since 0.1
   * @param caseKey keyed pseudonym of the case id
   * @param childKey keyed pseudonym of the child's identity number (empty when protected)
   * @param protectedIdentity whether the child's identity is protected
   * @param birthYear the child's birth year, or {@code null}
   * @param gender FEMALE, MALE or UNKNOWN (from the personnummer's sex digit)
   * @param unaccompanied unaccompanied minor, or {@code null}
   * @param municipalityCode the committee's municipality code, or {@code null}
   * @param caseStart the earliest referral, application or investigation date
   * @param closedAt the latest closure date, or {@code null}
   * @param closureReason the latest closure's reason code, or {@code null}
   * @param reports number of reports
   * @param applications number of applications
   * @param latestReferralKind ANMALAN, INFORMATION_PA_ANNAT_SATT, ANSOKAN or {@code null}
   * @param latestReporterCategory reporter category code of the latest report, or {@code null}
   */
  public record CaseRow(
      String caseKey,
      String childKey,
      boolean protectedIdentity,
      Integer birthYear,
      String gender,
      Boolean unaccompanied,
      String municipalityCode,
      LocalDate caseStart,
      LocalDate closedAt,
      String closureReason,
      int reports,
      int applications,
      String latestReferralKind,
      String latestReporterCategory) {}

  /**
   * One investigation. Immutable and thread-safe.
   *
   * @since 0.1
   * @param caseKey as in the case row
   * @param childKey as in the case row
   * @param sequence 1, 2, ... in order of opening
   * @param openedAt opening date
   * @param completedAt completion date, or {@code null}
   * @param days days from opening to completion, or {@code null}
   * @param withinFourMonths whether completed within four months, or {@code null} if not completed
   * @param extended whether the deadline was extended
   * @param childConversations number of conversations with the child
   * @param childViewsRecorded whether the child's views are recorded
   * @param needAreasAssessed need-area codes assessed, separated by {@code |}
   * @param needAreasIdentified need-area codes with a need identified, separated by {@code |}
   */
  public record InvestigationRow(
      String caseKey,
      String childKey,
      int sequence,
      LocalDate openedAt,
      LocalDate completedAt,
      Long days,
      Boolean withinFourMonths,
      boolean extended,
      int childConversations,
      boolean childViewsRecorded,
      String needAreasAssessed,
      String needAreasIdentified) {}

  /**
   * One intervention kind on a decision. Immutable and thread-safe.
   *
   * @since 0.1
   * @param caseKey as in the case row
   * @param childKey as in the case row
   * @param sequence 1, 2, ... in order of decision
   * @param decidedAt decision date
   * @param decisionKind decision kind code
   * @param interventionKind intervention kind code
   * @param legalBasis SOL, LVU_2, LVU_3 or {@code null}
   * @param validFrom first day of validity, or {@code null}
   * @param validTo last day of validity, or {@code null}
   * @param placementForm placement form code of the decision's care plan, or {@code null}
   * @param placementStart placement start of that care plan, or {@code null}
   */
  public record InterventionRow(
      String caseKey,
      String childKey,
      int sequence,
      LocalDate decidedAt,
      String decisionKind,
      String interventionKind,
      String legalBasis,
      LocalDate validFrom,
      LocalDate validTo,
      String placementForm,
      LocalDate placementStart) {}
}
