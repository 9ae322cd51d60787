package org.openbbic.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openbbic.model.InvalidPersonnummerException.Reason;

/**
 * Identity numbers as people write them: the century of a 10-digit form at its boundaries, the
 * calendar dates of personnummer and samordningsnummer, the reason of each refusal, and {@link
 * PersonId#normalized(LocalDate)}. Birth numbers are from Skatteverket's test series (980–999).
 */
class PersonnummerShortFormTest {

  /** The 10-digit form of {@code yymmdd} and a test birth number, with its check digit. */
  private static String ten(String yymmdd, int birthNumber) {
    String nine = yymmdd + String.format("%03d", birthNumber);
    return nine + Personnummer.luhn(nine);
  }

  /** {@code YYMMDD<separator>NNNC}. */
  private static String written(String yymmdd, char separator, int birthNumber) {
    String ten = ten(yymmdd, birthNumber);
    return ten.substring(0, 6) + separator + ten.substring(6);
  }

  private static LocalDate read(String text, String reference) {
    return Personnummer.parse(text, LocalDate.parse(reference)).date();
  }

  private static Reason reasonOf(String text, LocalDate reference) {
    try {
      Personnummer.parse(text, reference);
    } catch (InvalidPersonnummerException e) {
      if (!text.isEmpty()) {
        assertThat(e.getMessage()).doesNotContain(text);
      }
      return e.reason();
    }
    throw new AssertionError("expected a refusal");
  }

  @Nested
  class TheCenturyOfATenDigitForm {

    @ParameterizedTest(name = "{0} on {1} is born {2}")
    @CsvSource({
      // Born 24 November 1926: the 100th birthday is 24 November 2026.
      "-, 2026-11-23, 1926-11-24", // the day before: under 100, so '-' is the last century
      "-, 2026-11-24, 2026-11-24", // the day of: '-' now means the child born today
      "-, 2026-11-25, 2026-11-24",
      "+, 2026-11-23, 1926-11-24", // '+' is written from the year the person turns 100 (18 § FOL)
      "+, 2026-11-24, 1926-11-24", // the day of the 100th birthday
      "+, 2026-01-01, 1926-11-24", // the first day of that year
      "+, 2025-12-31, 1826-11-24", // the last day before it: '+' is a century further back
      "+, 2027-06-01, 1926-11-24",
    })
    void followsTheSeparatorAndTheReferenceDate(char separator, String on, String born) {
      assertThat(read(written("261124", separator, 998), on)).isEqualTo(born);
    }

    @Test
    void aFormWithoutSeparatorIsReadAsTheMinusForm() {
      assertThat(read(ten("261124", 998), "2026-11-23")).isEqualTo("1926-11-24");
      assertThat(read(ten("261124", 998), "2026-11-24")).isEqualTo("2026-11-24");
    }

    @ParameterizedTest(name = "{0} on {1} is born {2}")
    @CsvSource({
      // Born 29 February 2000: 2100 has no 29 February.
      "-, 2100-02-28, 2000-02-29", // 2100-02-29 does not exist, so the century before
      "+, 2100-02-28, 2000-02-29", // the year the person turns 100
      "-, 2100-03-01, 2000-02-29",
      "+, 2100-03-01, 2000-02-29",
      "-, 2000-02-29, 2000-02-29", // born on the reference date
      "-, 2000-02-28, 1900-02-29", // the day before: 1900 was no leap year, refused below
    })
    void aLeapDayIsReadInTheCenturyThatHasIt(char separator, String on, String born) {
      String text = written("000229", separator, 990);
      if (born.startsWith("1900")) {
        assertThat(reasonOf(text, LocalDate.parse(on))).isEqualTo(Reason.DATE);
      } else {
        assertThat(read(text, on)).isEqualTo(born);
      }
    }

    @Test
    void aLeapDayBirthOnEitherSideOfTheHundredthYear() {
      // Born 29 February 1924 (1924 and 2024 are leap years).
      String minus = written("240229", '-', 996);
      String plus = written("240229", '+', 996);
      assertThat(read(minus, "2024-02-28")).isEqualTo("1924-02-29");
      assertThat(read(minus, "2024-02-29")).isEqualTo("2024-02-29");
      assertThat(read(plus, "2024-02-28")).isEqualTo("1924-02-29");
      assertThat(read(plus, "2023-12-31")).isEqualTo("1824-02-29");
      // '+' in 2099 for 29 February 2000 would be 1900-02-29, which never was.
      assertThat(reasonOf(written("000229", '+', 990), LocalDate.of(2099, 12, 31)))
          .isEqualTo(Reason.DATE);
    }

    @Test
    void twelveDigitFormsKeepTheirCenturyAndTenDigitFormsNeedADate() {
      String twelve = "19" + ten("261124", 998);
      assertThat(Personnummer.parse(twelve).date()).isEqualTo("1926-11-24");
      assertThat(Personnummer.parse(twelve, LocalDate.of(1950, 1, 1)).date())
          .isEqualTo("1926-11-24");
      assertThat(reasonOf(written("261124", '-', 998), null))
          .isEqualTo(Reason.NEEDS_REFERENCE_DATE);
      assertThat(reasonOf(ten("261124", 998), null)).isEqualTo(Reason.NEEDS_REFERENCE_DATE);
    }

    @RepeatedTest(20)
    void everyShortWritingNormalisesToTheTwelveDigitNumber() {
      String fixed = System.getProperty("openbbic.seed");
      long seed = fixed != null ? Long.parseLong(fixed) : ThreadLocalRandom.current().nextLong();
      String why = "seed " + seed + " (replay with -Dopenbbic.seed=" + seed + ")";
      SplittableRandom random = new SplittableRandom(seed);
      for (int i = 0; i < 200; i++) {
        LocalDate born = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(365 * 126));
        Personnummer p = Personnummer.of(born, 980 + random.nextInt(20), random.nextBoolean());
        LocalDate on = born.plusDays(random.nextInt(365 * 110));
        PersonId id = PersonId.of(p);
        PersonId written = PersonId.of(id.type(), p.formatShort(on));
        PersonId normalized = written.normalized(on);
        assertThat(normalized).as(why).isEqualTo(id);
        assertThat(normalized.value()).as(why).isEqualTo(p.format());
        assertThat(normalized.received()).as(why).isEqualTo(p.formatShort(on));
      }
    }
  }

  @Nested
  class CalendarDates {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "140131, PERSONNUMMER",
      "140160, DATE", // day 60: neither a personnummer day nor a samordningsnummer day
      "140161, SAMORDNINGSNUMMER", // the 1st
      "140191, SAMORDNINGSNUMMER", // the 31st of January
      "140192, DATE", // day 32
      "140228, PERSONNUMMER",
      "140229, DATE", // 2014 is no leap year
      "140231, DATE", // 31 February
      "140288, SAMORDNINGSNUMMER", // 28 February + 60
      "140289, DATE", // 29 February 2014 + 60
      "140291, DATE", // 31 February + 60
      "160289, SAMORDNINGSNUMMER", // 29 February 2016 + 60
      "140431, DATE", // 31 April
      "140491, DATE", // 31 April + 60
      "141301, DATE", // month 13
      "140001, DATE", // month 0
      "140100, DATE", // day 0
    })
    void theDateMustBeARealDate(String yymmdd, String verdict) {
      String twelve = "20" + ten(yymmdd, 982);
      if ("DATE".equals(verdict)) {
        assertThat(reasonOf(twelve, null)).as(yymmdd).isEqualTo(Reason.DATE);
        assertThat(reasonOf(written(yymmdd, '-', 982), LocalDate.of(2026, 1, 1)))
            .isEqualTo(Reason.DATE);
      } else {
        Personnummer p = Personnummer.parse(twelve);
        assertThat(p.kind()).isEqualTo(Personnummer.Kind.valueOf(verdict));
        assertThat(Personnummer.parse(written(yymmdd, '-', 982), LocalDate.of(2026, 1, 1)))
            .isEqualTo(p);
      }
    }
  }

  @Nested
  class Reasons {

    private final LocalDate on = LocalDate.of(2026, 11, 23);

    @Test
    void eachRefusalSaysWhy() {
      String twelve = "20" + ten("121212", 981);
      String wrongCheck =
          twelve.substring(0, 11) + (char) ('0' + (twelve.charAt(11) - '0' + 1) % 10);
      assertThat(reasonOf(wrongCheck, on)).isEqualTo(Reason.CHECK_DIGIT);
      assertThat(reasonOf(twelve.substring(1), on)).as("11 digits").isEqualTo(Reason.LENGTH);
      assertThat(reasonOf(twelve + "1", on)).as("13 digits").isEqualTo(Reason.LENGTH);
      assertThat(reasonOf("12345", on)).isEqualTo(Reason.LENGTH);
      assertThat(reasonOf("", on)).isEqualTo(Reason.LENGTH);
      assertThat(reasonOf(twelve.substring(0, 8) + "*" + twelve.substring(8), on))
          .isEqualTo(Reason.SEPARATOR);
      assertThat(reasonOf(twelve.substring(0, 8) + " " + twelve.substring(8), on))
          .isEqualTo(Reason.SEPARATOR);
      assertThat(reasonOf(twelve.substring(0, 4) + "-" + twelve.substring(4), on))
          .as("separator in the wrong place")
          .isEqualTo(Reason.SEPARATOR);
      assertThat(reasonOf(twelve.substring(0, 6) + "-" + twelve.substring(7), on))
          .as("a separator instead of a digit")
          .isEqualTo(Reason.SEPARATOR);
      assertThat(reasonOf(twelve.substring(0, 3) + "A" + twelve.substring(4), on))
          .isEqualTo(Reason.FORMAT);
      assertThat(reasonOf("20" + ten("121212", 0), on))
          .as("birth number 000")
          .isEqualTo(Reason.FORMAT);
      assertThat(reasonOf("20" + ten("121232", 981), on)).isEqualTo(Reason.DATE);
    }
  }

  @Nested
  class Normalisation {

    private final LocalDate on = LocalDate.of(2026, 11, 23);

    @Test
    void aValidShortWritingBecomesTheTwelveDigitFormAndKeepsWhatWasReceived() {
      String minus = written("261124", '-', 998);
      PersonId id = PersonId.of(IdType.PERSONNUMMER, minus);
      PersonId normalized = id.normalized(on);
      assertThat(normalized.value()).isEqualTo("19" + ten("261124", 998));
      assertThat(normalized.received()).isEqualTo(minus);
      assertThat(normalized.type()).isEqualTo(IdType.PERSONNUMMER);
      assertThat(normalized).isEqualTo(PersonId.of(Personnummer.parse(normalized.value())));
      assertThat(normalized.hashCode())
          .isEqualTo(PersonId.of(IdType.PERSONNUMMER, normalized.value()).hashCode());
      assertThat(normalized.personnummer()).isPresent();
      assertThat(normalized.toString()).doesNotContain(minus).doesNotContain(ten("261124", 998));
      // Normalising again changes nothing and keeps the first writing.
      assertThat(normalized.normalized(on.plusYears(1))).isSameAs(normalized);

      PersonId plus = PersonId.of(IdType.PERSONNUMMER, written("261124", '+', 998)).normalized(on);
      assertThat(plus.value()).isEqualTo(normalized.value());
      PersonId compact = PersonId.of(IdType.PERSONNUMMER, ten("261124", 998)).normalized(on);
      assertThat(compact.value()).isEqualTo(normalized.value());
      String long13 = "19" + minus;
      PersonId separatedLong = PersonId.of(IdType.PERSONNUMMER, long13).normalized(on);
      assertThat(separatedLong.value()).isEqualTo(normalized.value());
      assertThat(separatedLong.received()).isEqualTo(long13);
    }

    @Test
    void aSamordningsnummerKeepsItsTypeEvenWhenMistyped() {
      String written = written("140191", '-', 983);
      PersonId typed = PersonId.of(IdType.SAMORDNINGSNUMMER, written).normalized(on);
      assertThat(typed.value()).isEqualTo("20" + ten("140191", 983));
      PersonId mistyped = PersonId.of(IdType.PERSONNUMMER, written).normalized(on);
      assertThat(mistyped.type()).isEqualTo(IdType.PERSONNUMMER);
      assertThat(mistyped.value()).isEqualTo(typed.value());
    }

    @Test
    void whatIsNotAValidShortWritingStaysAsItIs() {
      PersonId twelve = PersonId.of(IdType.PERSONNUMMER, "20" + ten("121212", 981));
      assertThat(twelve.normalized(on)).isSameAs(twelve);
      assertThat(twelve.received()).isEqualTo(twelve.value());
      String ten = ten("121212", 981);
      String wrong = ten.substring(0, 9) + (char) ('0' + (ten.charAt(9) - '0' + 1) % 10);
      PersonId invalid = PersonId.of(IdType.PERSONNUMMER, wrong);
      assertThat(invalid.normalized(on)).isSameAs(invalid);
      PersonId local = PersonId.reservnummer(ten);
      assertThat(local.normalized(on)).isSameAs(local);
      PersonId leap = PersonId.of(IdType.PERSONNUMMER, written("000229", '+', 990));
      assertThat(leap.normalized(LocalDate.of(2099, 12, 31))).isSameAs(leap);
      assertThatThrownBy(() -> twelve.normalized(null)).isInstanceOf(NullPointerException.class);
    }
  }
}
