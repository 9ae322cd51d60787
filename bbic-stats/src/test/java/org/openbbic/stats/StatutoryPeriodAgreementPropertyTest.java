package org.openbbic.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.Report;
import org.openbbic.testkit.Seeds;
import org.openbbic.validation.Deadline;
import org.openbbic.validation.DeadlineCalendar;
import org.openbbic.validation.DeadlineKind;
import org.openbbic.validation.DeadlineStatus;

/**
 * Over generated, varied case files (late decisions, late and missing completions, excused ones),
 * the statistics count every protection assessment, initial-assessment decision and investigation
 * as on time or late exactly as the validator's deadline calendar judges it. The seed is printed in
 * every assertion description; replay with {@code -Dopenbbic.seed=...}.
 */
class StatutoryPeriodAgreementPropertyTest {

  private static final int FILES = 150;
  private static final LocalDate FROM = LocalDate.of(2000, 1, 1);
  private static final LocalDate TO = LocalDate.of(2035, 12, 31);

  @RepeatedTest(4)
  void statisticsAndValidatorJudgeEveryPeriodAlike(RepetitionInfo info) {
    long seed = Seeds.seed() + info.getCurrentRepetition();
    Varied varied = new Varied(seed);
    for (int i = 0; i < FILES; i++) {
      CaseFile cf = varied.next();
      String described = "seed " + seed + " (" + Seeds.describe(seed) + "), file " + i;
      List<Deadline> deadlines = DeadlineCalendar.of(cf, TO).deadlines();
      FollowUpReport report = FollowUpReport.builder().period(FROM, TO).build();
      report.add(cf);
      FollowUpResult r = report.result();

      FrequencyTable protection = r.table(Measure.PROTECTION_ASSESSMENTS);
      assertThat(protection.count("ON_TIME"))
          .as(described)
          .isEqualTo(count(deadlines, DeadlineKind.PROTECTION_ASSESSMENT, DeadlineStatus.MET));
      assertThat(protection.count("LATE"))
          .as(described)
          .isEqualTo(count(deadlines, DeadlineKind.PROTECTION_ASSESSMENT, DeadlineStatus.MET_LATE));

      FrequencyTable ia = r.table(Measure.INITIAL_ASSESSMENTS);
      assertThat(ia.columnTotal("WITHIN_14_DAYS"))
          .as(described)
          .isEqualTo(count(deadlines, DeadlineKind.INITIAL_ASSESSMENT, DeadlineStatus.MET));
      assertThat(ia.columnTotal("AFTER_14_DAYS"))
          .as(described)
          .isEqualTo(count(deadlines, DeadlineKind.INITIAL_ASSESSMENT, DeadlineStatus.MET_LATE));
      assertThat(ia.columnTotal("AFTER_14_DAYS_EXCUSED"))
          .as(described)
          .isEqualTo(count(deadlines, DeadlineKind.INITIAL_ASSESSMENT, DeadlineStatus.MET_EXCUSED));
      long decided =
          cf.reports().stream()
              .filter(x -> x != null && x.receivedAt() != null)
              .map(Report::initialAssessment)
              .filter(x -> x != null && x.decidedAt() != null)
              .count();
      // every other decision has no deadline: not on an anmälan, or an investigation was ongoing
      long judged =
          deadlines.stream()
              .filter(d -> d.kind() == DeadlineKind.INITIAL_ASSESSMENT && d.metOn().isPresent())
              .count();
      assertThat(ia.columnTotal("NO_DEADLINE")).as(described).isEqualTo(decided - judged);

      FrequencyTable inv = r.table(Measure.INVESTIGATIONS);
      long finished =
          cf.investigations().stream()
              .filter(x -> x != null && x.openedAt() != null && x.completedAt() != null)
              .filter(x -> !x.completedAt().isBefore(x.openedAt()))
              .count();
      assertThat(inv.count("FINISHED")).as(described).isEqualTo(finished);
      assertThat(inv.count("FINISHED_WITHIN_EXTENDED_DEADLINE"))
          .as(described)
          .isEqualTo(
              deadlines.stream()
                  .filter(d -> d.kind() == DeadlineKind.INVESTIGATION)
                  .filter(d -> d.status() == DeadlineStatus.MET)
                  .filter(d -> !d.metOn().orElseThrow().isBefore(d.startDate()))
                  .count());
      long withinFourMonths =
          cf.investigations().stream()
              .filter(x -> x != null && x.openedAt() != null && x.completedAt() != null)
              .filter(x -> !x.completedAt().isBefore(x.openedAt()))
              .filter(StatutoryPeriodAgreementPropertyTest::withinFourMonthsByTheValidator)
              .count();
      assertThat(inv.count("FINISHED_WITHIN_FOUR_MONTHS"))
          .as(described)
          .isEqualTo(withinFourMonths);
    }
  }

  /**
   * The validator's judgement of the four months alone: the investigation without its extension,
   * judged by the calendar.
   */
  private static boolean withinFourMonthsByTheValidator(Investigation inv) {
    CaseFile alone =
        CaseFile.builder()
            .caseId("alone")
            .addInvestigation(inv.toBuilder().extension(null).build())
            .build();
    return DeadlineCalendar.of(alone, TO).deadlines().stream()
        .filter(d -> d.kind() == DeadlineKind.INVESTIGATION)
        .allMatch(d -> d.status() == DeadlineStatus.MET);
  }

  private static long count(List<Deadline> deadlines, DeadlineKind kind, DeadlineStatus status) {
    return deadlines.stream()
        .filter(d -> d.kind() == kind && (status == null || d.status() == status))
        .count();
  }
}
