package org.openbbic.model.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatutoryPeriodTest {

  private static final LocalDate LAST_OLD = LocalDate.of(2025, 6, 30);
  private static final LocalDate FIRST_NEW = LocalDate.of(2025, 7, 1);

  /** The data rows of the table, split into cells, read here independently of the loader. */
  private static List<String[]> rows() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = LegalProvisions.class.getResourceAsStream("legal-provisions.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    }
    return rows;
  }

  @Test
  void everyRowWithALimitNamesItsPeriodCountingAndSourceOrIsMarkedUnverified() throws IOException {
    EnumSet<StatutoryPeriod> seen = EnumSet.noneOf(StatutoryPeriod.class);
    for (String[] c : rows()) {
      assertThat(c).as(String.join("|", c)).hasSize(15);
      boolean hasLimit = !c[9].equals("-");
      assertThat(!c[12].equals("-"))
          .as("period key of %s", String.join("|", c))
          .isEqualTo(hasLimit);
      if (!hasLimit) {
        continue;
      }
      StatutoryPeriod p = StatutoryPeriod.valueOf(c[12]);
      seen.add(p);
      assertThat(Period.parse(c[9]).isNegative()).isFalse();
      assertThat(StatutoryPeriod.Counting.valueOf(c[13])).isEqualTo(p.counting());
      Confidence conf = Confidence.ofLetter(c[10]);
      // a fact without a source is only allowed when the row says it was not found
      assertThat(!c[11].isBlank() || conf == Confidence.NOT_FOUND)
          .as("source or unverified: %s", p)
          .isTrue();
    }
    assertThat(seen).containsExactlyInAnyOrder(StatutoryPeriod.values());
  }

  @Test
  void everyPeriodHasAProvisionWithALimitAndItsTopicAndScope() {
    for (StatutoryPeriod p : StatutoryPeriod.values()) {
      assertThat(p.provisions()).as("%s", p).isNotEmpty();
      for (LegalBasis b : p.provisions()) {
        assertThat(b.limit()).as("%s", p).isPresent();
        assertThat(b.topic()).isEqualTo(p.topic());
        assertThat(b.scope()).isEqualTo(p.scope());
      }
      assertThat(StatutoryPeriod.of(p.topic(), p.scope().orElse(null))).contains(p);
    }
  }

  @Test
  void theUnverifiedPeriodsStayMarked() {
    LegalBasis closed =
        StatutoryPeriod.FOLLOW_UP_AFTER_CLOSED_INVESTIGATION.inForce(LAST_OLD).orElseThrow();
    assertThat(closed.confidence()).isEqualTo(Confidence.NOT_FOUND);
    assertThat(closed.limit()).contains(Period.ofMonths(2));
    assertThat(StatutoryPeriod.CUSTODY_TRANSFER_REPEAT_LVU_2.inForce(FIRST_NEW).orElseThrow())
        .extracting(LegalBasis::confidence)
        .isEqualTo(Confidence.NOT_FOUND);
    assertThat(StatutoryPeriod.INVESTIGATION.inForce(FIRST_NEW).orElseThrow().confirmed())
        .isFalse();
  }

  @Test
  void fourteenDaysAreMetOnTheFourteenthDayAndMissedOnTheFifteenth() {
    LocalDate received = LocalDate.of(2025, 3, 3);
    StatutoryPeriod.Term t = StatutoryPeriod.INITIAL_ASSESSMENT.from(received).orElseThrow();
    assertThat(t.limit()).isEqualTo(Period.ofDays(14));
    assertThat(t.due()).isEqualTo(LocalDate.of(2025, 3, 17));
    assertThat(t.metBy(LocalDate.of(2025, 3, 17))).isTrue();
    assertThat(t.metBy(LocalDate.of(2025, 3, 18))).isFalse();
    assertThat(StatutoryPeriod.INITIAL_ASSESSMENT.exemptions())
        .containsExactlyInAnyOrder(
            StatutoryPeriod.Exemption.INVESTIGATION_ONGOING,
            StatutoryPeriod.Exemption.EXTRAORDINARY_REASONS);
  }

  @Test
  void fourMonthsFromThe31stEndOnTheLastDayOfAShorterMonth() {
    StatutoryPeriod.Term t =
        StatutoryPeriod.INVESTIGATION.from(LocalDate.of(2023, 10, 31)).orElseThrow();
    assertThat(t.due()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(StatutoryPeriod.INVESTIGATION.from(LocalDate.of(2022, 10, 31)).orElseThrow().due())
        .isEqualTo(LocalDate.of(2023, 2, 28));
    assertThat(StatutoryPeriod.INVESTIGATION.exemptions())
        .containsExactly(StatutoryPeriod.Exemption.EXTENSION);
  }

  @Test
  void aPeriodBegunTheDayBeforeTheNewActCitesTheOldActAndOneBegunThatDayTheNew() {
    for (StatutoryPeriod p :
        List.of(
            StatutoryPeriod.INITIAL_ASSESSMENT,
            StatutoryPeriod.INVESTIGATION,
            StatutoryPeriod.RECONSIDERATION,
            StatutoryPeriod.PROTECTION_ASSESSMENT)) {
      StatutoryPeriod.Term before = p.from(LAST_OLD).orElseThrow();
      StatutoryPeriod.Term on = p.from(FIRST_NEW).orElseThrow();
      assertThat(before.basis().statute()).as("%s", p).isEqualTo(Statute.SOL_2001_453);
      assertThat(on.basis().statute()).as("%s", p).isEqualTo(Statute.SOL_2025_400);
      assertThat(on.limit()).as("%s", p).isEqualTo(before.limit());
    }
    assertThat(
            StatutoryPeriod.INITIAL_ASSESSMENT
                .from(FIRST_NEW)
                .orElseThrow()
                .basis()
                .cite(java.util.Locale.forLanguageTag("sv")))
        .isEqualTo("20 kap. 2 § socialtjänstlagen (2025:400)");
  }

  @Test
  void theCarePlanRevisionIsCountedByTheProvisionInForceOnItsDueDay() {
    // two years from 28 February 2019 end before 1 March 2021: no revision duty
    assertThat(StatutoryPeriod.CARE_PLAN_REVISION.from(LocalDate.of(2019, 2, 28))).isEmpty();
    // two years from 1 March 2019 end on 1 March 2021, the day the duty began
    StatutoryPeriod.Term t =
        StatutoryPeriod.CARE_PLAN_REVISION.from(LocalDate.of(2019, 3, 1)).orElseThrow();
    assertThat(t.due()).isEqualTo(LocalDate.of(2021, 3, 1));
    assertThat(t.basis().source()).contains("SFS 2020:1260");
  }

  @Test
  void theCustodyTransferLengthChangesOn1July2022() {
    assertThat(StatutoryPeriod.CUSTODY_TRANSFER_SOL.inForce(LocalDate.of(2022, 6, 30)))
        .map(b -> b.limit().orElseThrow())
        .contains(Period.ofYears(3));
    assertThat(StatutoryPeriod.CUSTODY_TRANSFER_SOL.inForce(LocalDate.of(2022, 7, 1)))
        .map(b -> b.limit().orElseThrow())
        .contains(Period.ofYears(2));
    assertThat(StatutoryPeriod.CUSTODY_TRANSFER_LVU_2.from(LocalDate.of(2019, 1, 1)))
        .map(StatutoryPeriod.Term::due)
        .contains(LocalDate.of(2022, 7, 1));
    assertThat(StatutoryPeriod.CUSTODY_TRANSFER_REPEAT_SOL.from(LocalDate.of(2023, 5, 4)))
        .map(StatutoryPeriod.Term::due)
        .contains(LocalDate.of(2024, 5, 4));
  }

  @Test
  void anAgeIsReachedOnTheBirthdayAndAnAppealRunsThreeWeeks() {
    LocalDate born = LocalDate.of(2008, 2, 29);
    assertThat(StatutoryPeriod.LVU_2_AGE.from(born).orElseThrow().due())
        .isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(StatutoryPeriod.LVU_CARE_END.from(born).orElseThrow().limit())
        .isEqualTo(Period.ofYears(21));
    assertThat(StatutoryPeriod.APPEAL.from(LocalDate.of(2025, 1, 10)).orElseThrow().due())
        .isEqualTo(LocalDate.of(2025, 1, 31));
    assertThat(StatutoryPeriod.APPEAL.provisions()).extracting(LegalBasis::section).contains("44");
  }
}
