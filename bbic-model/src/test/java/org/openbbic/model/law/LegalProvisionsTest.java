package org.openbbic.model.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LegalProvisionsTest {

  private static final LocalDate LAST_OLD = LocalDate.of(2025, 6, 30);
  private static final LocalDate FIRST_NEW = LocalDate.of(2025, 7, 1);

  @Test
  void theInitialAssessmentCitesTheActInForceOnTheDay() {
    LegalBasis old = LegalProvisions.forTopic("initial-assessment", LAST_OLD).orElseThrow();
    LegalBasis current = LegalProvisions.forTopic("initial-assessment", FIRST_NEW).orElseThrow();
    assertThat(old.statute()).isEqualTo(Statute.SOL_2001_453);
    assertThat(old.cite(Locale.forLanguageTag("sv")))
        .isEqualTo("11 kap. 1 a § andra stycket socialtjänstlagen (2001:453)");
    assertThat(current.statute()).isEqualTo(Statute.SOL_2025_400);
    assertThat(current.cite(Locale.forLanguageTag("sv")))
        .isEqualTo("20 kap. 2 § socialtjänstlagen (2025:400)");
    assertThat(current.confirmed()).isTrue();
  }

  @Test
  void everySocTopicHasExactlyOneProvisionOnEachSideOfTheSwitch() {
    for (String topic : LegalProvisions.topics()) {
      for (LocalDate day : new LocalDate[] {LAST_OLD, FIRST_NEW}) {
        long applying =
            LegalProvisions.allForTopic(topic).stream().filter(b -> b.appliesOn(day)).count();
        assertThat(applying).as("%s on %s", topic, day).isEqualTo(1);
      }
    }
  }

  @Test
  void anUnconfirmedProvisionIsCitedWithoutAGuessedNumber() {
    LegalBasis basis = LegalProvisions.forTopic("investigation-deadline", FIRST_NEW).orElseThrow();
    assertThat(basis.confirmed()).isFalse();
    assertThat(basis.chapter()).isNull();
    assertThat(basis.cite(Locale.forLanguageTag("sv")))
        .isEqualTo("socialtjänstlagen (2025:400) (bestämmelsens nummer ej bekräftat)");
    assertThat(basis.cite(Locale.ENGLISH)).contains("not confirmed");
  }

  @Test
  void statutesKnowWhenTheyWereInForce() {
    assertThat(Statute.SOL_2001_453.inForceOn(LAST_OLD)).isTrue();
    assertThat(Statute.SOL_2001_453.inForceOn(FIRST_NEW)).isFalse();
    assertThat(Statute.SOL_2025_400.inForceOn(LAST_OLD)).isFalse();
    assertThat(Statute.SOL_2025_400.inForceOn(FIRST_NEW)).isTrue();
  }
}
