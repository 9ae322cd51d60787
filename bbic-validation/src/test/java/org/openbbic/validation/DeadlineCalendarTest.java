package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.Report;
import org.openbbic.model.law.Statute;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;

class DeadlineCalendarTest {

  private final CaseFile cf =
      new BbicGenerator(314)
          .caseFile(
              org.openbbic.model.code.CareBasis.SOL,
              org.openbbic.model.code.PlacementForm.FAMILY_HOME);

  @RepeatedTest(20)
  void aGeneratedChainHasEveryDeadlineMetOnTime() {
    long seed = Seeds.seed();
    CaseFile file = new BbicGenerator(seed).caseFile();
    DeadlineCalendar cal = DeadlineCalendar.of(file, TestCases.lastDate(file).plusDays(1));
    assertThat(cal.deadlines())
        .as(Seeds.describe(seed))
        .extracting(Deadline::kind)
        .contains(
            DeadlineKind.PROTECTION_ASSESSMENT,
            DeadlineKind.INITIAL_ASSESSMENT,
            DeadlineKind.INVESTIGATION);
    if (!file.carePlans().isEmpty()) {
      // a placement: övervägande of SoL or LVU 2 § care, omprövning of LVU 3 § care
      assertThat(cal.deadlines())
          .as(Seeds.describe(seed))
          .extracting(Deadline::kind)
          .containsAnyOf(
              DeadlineKind.RECONSIDERATION,
              DeadlineKind.LVU_RECONSIDERATION,
              DeadlineKind.LVU_REVIEW);
    }
    assertThat(cal.deadlines())
        .as(Seeds.describe(seed))
        .allSatisfy(
            d -> {
              assertThat(d.status()).isEqualTo(DeadlineStatus.MET);
              assertThat(d.late()).isFalse();
              assertThat(d.legalBasis()).isPresent();
            });
    assertThat(cal.pending()).isEmpty();
  }

  @Test
  void statusesAreJudgedOnTheCalendarsDate() {
    Investigation inv = cf.investigations().get(0);
    CaseFile open =
        cf.toBuilder()
            .investigations(List.of(inv.toBuilder().completedAt(null).build()))
            .decisions(List.of())
            .carePlans(List.of())
            .reconsiderations(List.of())
            .closures(List.of())
            .build();
    LocalDate due = inv.openedAt().plusMonths(4);
    assertThat(status(open, due.minusDays(15))).isEqualTo(DeadlineStatus.OPEN);
    assertThat(status(open, due.minusDays(14))).isEqualTo(DeadlineStatus.DUE_SOON);
    assertThat(status(open, due)).isEqualTo(DeadlineStatus.DUE_SOON);
    assertThat(status(open, due.plusDays(1))).isEqualTo(DeadlineStatus.OVERDUE);
    DeadlineCalendar cal = DeadlineCalendar.of(open, due.minusDays(30));
    assertThat(cal.dueBy(due))
        .extracting(Deadline::kind)
        .containsExactly(DeadlineKind.INVESTIGATION);
    assertThat(cal.dueBy(due.minusDays(1))).isEmpty();
    Deadline d = cal.pending().get(0);
    assertThat(d.pointer()).isEqualTo("/investigations/0/completedAt");
    assertThat(d.documentId()).contains(inv.header().documentId());
    assertThat(d.dueDate()).isEqualTo(due);
    assertThat(d.what(Locale.ENGLISH)).contains(due.toString());
  }

  private static DeadlineStatus status(CaseFile file, LocalDate asOf) {
    return DeadlineCalendar.of(file, asOf).deadlines().stream()
        .filter(d -> d.kind() == DeadlineKind.INVESTIGATION)
        .findFirst()
        .orElseThrow()
        .status();
  }

  @Test
  void theDueSoonWindowIsConfigurable() {
    Investigation inv = cf.investigations().get(0);
    CaseFile open =
        cf.toBuilder().investigations(List.of(inv.toBuilder().completedAt(null).build())).build();
    LocalDate due = inv.openedAt().plusMonths(4);
    BbicValidator narrow = BbicValidator.builder().dueSoonDays(3).build();
    assertThat(narrow.deadlines(open, due.minusDays(4)).withStatus(DeadlineStatus.DUE_SOON))
        .isEmpty();
    assertThat(narrow.deadlines(open, due.minusDays(3)).withStatus(DeadlineStatus.DUE_SOON))
        .extracting(Deadline::kind)
        .containsExactly(DeadlineKind.INVESTIGATION);
  }

  @Test
  void aDeadlineMetADayLateIsMetLateNeverMet() {
    Report r = cf.reports().get(0);
    LocalDate received =
        r.receivedAt().atZoneSameInstant(java.time.ZoneId.of("Europe/Stockholm")).toLocalDate();
    CaseFile late =
        cf.toBuilder()
            .reports(
                List.of(
                    r.toBuilder()
                        .initialAssessment(
                            r.initialAssessment().toBuilder()
                                .decidedAt(received.plusDays(15))
                                .build())
                        .build()))
            .build();
    Deadline d =
        DeadlineCalendar.of(late, TestCases.lastDate(late)).deadlines().stream()
            .filter(x -> x.kind() == DeadlineKind.INITIAL_ASSESSMENT)
            .findFirst()
            .orElseThrow();
    assertThat(d.status()).isEqualTo(DeadlineStatus.MET_LATE);
    assertThat(d.status().breach()).isTrue();
    assertThat(d.late()).isTrue();
    assertThat(d.daysLate()).isEqualTo(1);
    assertThat(d.dueDate()).isEqualTo(received.plusDays(14));
    assertThat(d.legalBasis().get().statute())
        .isEqualTo(
            received.isBefore(LocalDate.of(2025, 7, 1))
                ? Statute.SOL_2001_453
                : Statute.SOL_2025_400);
  }
}
