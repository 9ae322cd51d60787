package org.openbbic.model.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LegalProvisionsTest {

  private static final Locale SV = Locale.forLanguageTag("sv");
  private static final LocalDate LAST_OLD = LocalDate.of(2025, 6, 30);
  private static final LocalDate FIRST_NEW = LocalDate.of(2025, 7, 1);

  private static LegalBasis only(String topic, String scope, LocalDate day) {
    List<LegalBasis> rows = LegalProvisions.inForce(topic, scope, day);
    assertThat(rows).as("%s/%s on %s", topic, scope, day).hasSize(1);
    return rows.get(0);
  }

  @Test
  void theInitialAssessmentCitesTheActInForceOnTheDay() {
    LegalBasis old = LegalProvisions.forTopic("initial-assessment", LAST_OLD).orElseThrow();
    LegalBasis current = LegalProvisions.forTopic("initial-assessment", FIRST_NEW).orElseThrow();
    assertThat(old.statute()).isEqualTo(Statute.SOL_2001_453);
    assertThat(old.cite(SV)).isEqualTo("11 kap. 1 a § andra stycket socialtjänstlagen (2001:453)");
    assertThat(old.limit()).contains(Period.ofDays(14));
    assertThat(current.statute()).isEqualTo(Statute.SOL_2025_400);
    assertThat(current.cite(SV)).isEqualTo("20 kap. 2 § socialtjänstlagen (2025:400)");
    assertThat(current.confirmed()).isTrue();
  }

  /** Days on which some row begins or ends, with their neighbours. */
  private static Set<LocalDate> boundaryDays(List<LegalBasis> rows) {
    Set<LocalDate> days = new HashSet<>();
    for (LegalBasis b : rows) {
      for (LocalDate d : new LocalDate[] {b.validFrom(), b.validTo()}) {
        if (d != null) {
          days.add(d.minusDays(1));
          days.add(d);
          days.add(d.plusDays(1));
        }
      }
    }
    days.add(LocalDate.of(2000, 1, 1));
    days.add(LocalDate.of(2040, 1, 1));
    return days;
  }

  @Test
  void onEveryDayATopicCitesOneStatuteAndEachRowLiesWithinItsStatutesLife() {
    for (String topic : LegalProvisions.topics()) {
      List<LegalBasis> rows = LegalProvisions.allForTopic(topic);
      Set<String> scopes =
          rows.stream()
              .map(b -> b.scope().orElse(null))
              .collect(HashSet::new, Set::add, Set::addAll);
      for (String scope : scopes) {
        for (LocalDate day : boundaryDays(rows)) {
          Set<Statute> statutes =
              LegalProvisions.inForce(topic, scope, day).stream()
                  .map(LegalBasis::statute)
                  .collect(Collectors.toSet());
          assertThat(statutes).as("%s/%s on %s", topic, scope, day).hasSizeLessThanOrEqualTo(1);
          statutes.forEach(
              s -> assertThat(s.inForceOn(day)).as("%s in force on %s", s, day).isTrue());
        }
      }
      for (LegalBasis b : rows) {
        assertThat(b.source()).as("source of %s", b).isNotBlank();
      }
    }
  }

  @Test
  void everySocTopicGoesOnUnderTheNewActFromTheFirstOfJuly2025() {
    for (String topic : LegalProvisions.topics()) {
      for (LegalBasis b : LegalProvisions.allForTopic(topic)) {
        if (b.statute() == Statute.SOL_2001_453 && LAST_OLD.equals(b.validTo())) {
          String scope = b.scope().orElse(null);
          assertThat(only(topic, scope, FIRST_NEW).statute())
              .as("%s/%s", topic, scope)
              .isEqualTo(Statute.SOL_2025_400);
        }
      }
    }
  }

  @Test
  void anUnconfirmedProvisionIsCitedWithoutAGuessedNumber() {
    LegalBasis basis = LegalProvisions.forTopic("investigation-deadline", FIRST_NEW).orElseThrow();
    assertThat(basis.confirmed()).isFalse();
    assertThat(basis.chapter()).isNull();
    assertThat(basis.cite(SV))
        .isEqualTo("socialtjänstlagen (2025:400) (bestämmelsens nummer ej bekräftat)");
    assertThat(basis.citeShort(SV)).isEqualTo("SoL (2025:400) (bestämmelsens nummer ej bekräftat)");
    assertThat(basis.cite(Locale.ENGLISH)).contains("not confirmed");
  }

  @Test
  void theFourMonthRuleIsTheSecondStyckeOf11Kap2() {
    LegalBasis b = only("investigation-deadline", null, LAST_OLD);
    assertThat(b.cite(SV)).isEqualTo("11 kap. 2 § andra stycket socialtjänstlagen (2001:453)");
    assertThat(b.citeShort(SV)).isEqualTo("11 kap. 2 § 2 st. SoL (2001:453)");
    assertThat(b.citeShort(Locale.ENGLISH)).isEqualTo("SoL (2001:453) ch. 11 s. 2 para. 2");
    assertThat(b.limit()).contains(Period.ofMonths(4));
    assertThat(b.source()).contains("JO 2565-2016");
  }

  @Test
  void custodyTransferIsThreeYearsUntil30June2022AndTwoYearsInTheThirdStyckeFrom1July() {
    LegalBasis before = only("custody-transfer", "SOL", LocalDate.of(2022, 6, 30));
    LegalBasis after = only("custody-transfer", "SOL", LocalDate.of(2022, 7, 1));
    assertThat(before.limit()).contains(Period.ofYears(3));
    assertThat(before.paragraph()).isEqualTo(2);
    assertThat(before.source()).contains("SFS 2020:1260");
    assertThat(after.limit()).contains(Period.ofYears(2));
    assertThat(after.paragraph()).isEqualTo(3);
    assertThat(after.cite(SV)).isEqualTo("6 kap. 8 § tredje stycket socialtjänstlagen (2001:453)");
    assertThat(after.source()).contains("SFS 2022:665");
    // 1 March 2021 (SFS 2020:1260) made it the second stycke; before, the section alone is cited
    assertThat(only("custody-transfer", "SOL", LocalDate.of(2021, 2, 28)).paragraph()).isNull();
    assertThat(only("custody-transfer", "SOL", LocalDate.of(2021, 3, 1)).paragraph()).isEqualTo(2);
    // LVU: two years from 1 July 2022 (likely); no sourced row before
    assertThat(LegalProvisions.inForce("custody-transfer", "LVU_2", LocalDate.of(2022, 6, 30)))
        .isEmpty();
    LegalBasis lvu = only("custody-transfer", "LVU_2", LocalDate.of(2022, 7, 1));
    assertThat(lvu.statute()).isEqualTo(Statute.LVU_1990_52);
    assertThat(lvu.confidence()).isEqualTo(Confidence.LIKELY);
  }

  private static Optional<LocalDate> reached(LocalDate placed) {
    return StatutoryPeriod.CUSTODY_TRANSFER_SOL.from(placed).map(StatutoryPeriod.Term::due);
  }

  @Test
  void theDutyArisesWhenTheLimitInForceThatDayHasRunOut() {
    // placed 1 Jan 2019: three years under SFS 2020:1260 -> 1 Jan 2022
    assertThat(reached(LocalDate.of(2019, 1, 1))).contains(LocalDate.of(2022, 1, 1));
    // placed 15 June 2020: three years would be 2023, but two years apply from 1 July 2022, when
    // the child had been placed for more than two
    assertThat(reached(LocalDate.of(2020, 6, 15))).contains(LocalDate.of(2022, 7, 1));
    assertThat(reached(LocalDate.of(2021, 1, 10))).contains(LocalDate.of(2023, 1, 10));
  }

  @Test
  void theCarePlanRevisionExistsOnlyFrom1March2021() {
    assertThat(LegalProvisions.inForce("care-plan-revision", null, LocalDate.of(2021, 2, 28)))
        .isEmpty();
    LegalBasis b = only("care-plan-revision", null, LocalDate.of(2021, 3, 1));
    assertThat(b.limit()).contains(Period.ofYears(2));
    assertThat(b.source()).contains("SFS 2020:1260");
    // the duty to have a care plan is older
    assertThat(LegalProvisions.inForce("care-plan", null, LocalDate.of(2021, 2, 28))).hasSize(1);
  }

  @Test
  void theLvuOmprovningIsNotCitedAsTheSecondStycke() {
    LegalBasis review = only("lvu-review", null, LAST_OLD);
    assertThat(review.section()).isEqualTo("13");
    assertThat(review.paragraph()).isNull();
    assertThat(only("lvu-reconsideration", null, LAST_OLD).paragraph()).isEqualTo(1);
  }

  @Test
  void theAppealInstructionRestsOnFl33AndFl44() {
    List<LegalBasis> rows = LegalProvisions.inForce("appeal", null, LAST_OLD);
    assertThat(rows).extracting(LegalBasis::section).containsExactly("33", "44");
    assertThat(rows.get(1).limit()).contains(Period.ofWeeks(3));
  }

  @Test
  void theProtectionAssessmentIsGenastInTheStatuteAndSameOrNextDayInTheBill() {
    LegalBasis b = only("protection-assessment", null, LAST_OLD);
    assertThat(b.paragraph()).isEqualTo(1);
    assertThat(b.source()).contains("genast").contains("prop. 2012/13:10 s. 60");
  }

  @Test
  void theChildSituationFollowUpHasItsLimitPerBasis() {
    LegalBasis closed = only("child-situation-follow-up", "AFTER_CLOSED_INVESTIGATION", LAST_OLD);
    assertThat(closed.section()).isEqualTo("4 a");
    assertThat(closed.confidence()).isEqualTo(Confidence.NOT_FOUND);
    LegalBasis ended = only("child-situation-follow-up", "AFTER_ENDED_PLACEMENT", LAST_OLD);
    assertThat(ended.section()).isEqualTo("4 b");
    assertThat(ended.limit()).contains(Period.ofMonths(6));
    assertThat(ended.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(
            LegalProvisions.inForce(
                "child-situation-follow-up", "AFTER_ENDED_PLACEMENT", LocalDate.of(2022, 6, 30)))
        .isEmpty();
  }

  @Test
  void statutesKnowWhenTheyWereInForce() {
    assertThat(Statute.SOL_2001_453.inForceOn(LAST_OLD)).isTrue();
    assertThat(Statute.SOL_2001_453.inForceOn(FIRST_NEW)).isFalse();
    assertThat(Statute.SOL_2025_400.inForceOn(LAST_OLD)).isFalse();
    assertThat(Statute.SOL_2025_400.inForceOn(FIRST_NEW)).isTrue();
    assertThat(Statute.SOL_2001_453.designation()).isEqualTo("SFS 2001:453");
  }
}
