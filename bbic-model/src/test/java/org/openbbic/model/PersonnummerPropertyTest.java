package org.openbbic.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Invariants of identity numbers over seeded random dates and birth numbers. */
class PersonnummerPropertyTest {

  private static final Pattern IDENTITY_PATTERN =
      Pattern.compile("\\b(\\d{6}|\\d{8})[-+]?\\d{4}\\b");

  private static long seed() {
    String fixed = System.getProperty("openbbic.seed");
    return fixed != null ? Long.parseLong(fixed) : ThreadLocalRandom.current().nextLong();
  }

  private static String why(long seed) {
    return "seed " + seed + " (replay with -Dopenbbic.seed=" + seed + ")";
  }

  private static LocalDate date(SplittableRandom random) {
    return LocalDate.of(1900, 1, 1).plusDays(random.nextInt(365 * 126));
  }

  @RepeatedTest(50)
  void everyWritingParsesBackToTheSameNumber() {
    long seed = seed();
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 200; i++) {
      LocalDate date = date(random);
      boolean coordination = random.nextBoolean();
      Personnummer p = Personnummer.of(date, 1 + random.nextInt(999), coordination);
      LocalDate reference = date.plusDays(random.nextInt(365 * 120));
      assertThat(Personnummer.parse(p.format())).as(why(seed)).isEqualTo(p);
      assertThat(Personnummer.parse(p.formatLong())).as(why(seed)).isEqualTo(p);
      assertThat(Personnummer.parse(p.formatShort(reference), reference))
          .as(why(seed))
          .isEqualTo(p);
      assertThat(p.date()).as(why(seed)).isEqualTo(date);
      assertThat(p.isCoordinationNumber()).as(why(seed)).isEqualTo(coordination);
    }
  }

  @RepeatedTest(50)
  void aCoordinationNumberIsTheDayPlusSixty() {
    long seed = seed();
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate date = date(random);
    int birthNumber = 1 + random.nextInt(999);
    Personnummer p = Personnummer.of(date, birthNumber, false);
    Personnummer s = Personnummer.of(date, birthNumber, true);
    int day = Integer.parseInt(s.format().substring(6, 8));
    assertThat(day).as(why(seed)).isEqualTo(date.getDayOfMonth() + 60).isBetween(61, 91);
    assertThat(s.kind()).as(why(seed)).isEqualTo(Personnummer.Kind.SAMORDNINGSNUMMER);
    assertThat(s.date()).as(why(seed)).isEqualTo(p.date());
  }

  @RepeatedTest(50)
  void changingAnyOneDigitBreaksTheCheckDigit() {
    long seed = seed();
    SplittableRandom random = new SplittableRandom(seed);
    Personnummer p = Personnummer.of(date(random), 1 + random.nextInt(999), false);
    String text = p.format();
    int position = 2 + random.nextInt(10);
    int digit = text.charAt(position) - '0';
    int other = (digit + 1 + random.nextInt(9)) % 10;
    String changed = text.substring(0, position) + other + text.substring(position + 1);
    // The Luhn digit catches every single-digit change (a changed date may also be no date at all).
    assertThat(Personnummer.isValid(changed, null)).as(why(seed) + " " + position).isFalse();
  }

  @RepeatedTest(20)
  void maskedFormsNeverLookLikeAnIdentityNumber() {
    long seed = seed();
    SplittableRandom random = new SplittableRandom(seed);
    Personnummer p = Personnummer.of(date(random), 1 + random.nextInt(999), random.nextBoolean());
    assertThat(IDENTITY_PATTERN.matcher(p.toString()).find()).as(why(seed)).isFalse();
    assertThat(IDENTITY_PATTERN.matcher(PersonId.of(p).toString()).find()).as(why(seed)).isFalse();
    assertThat(p.toString()).doesNotContain(p.format().substring(2));
  }

  @Test
  void theCenturyOfAShortFormFollowsTheReferenceDateAndThePlusSign() {
    LocalDate reference = LocalDate.of(2026, 11, 23);
    Personnummer born2012 = Personnummer.of(LocalDate.of(2012, 11, 20), 998, false);
    String shortForm = born2012.format().substring(2, 8) + "-" + born2012.format().substring(8);
    assertThat(Personnummer.parse(shortForm, reference).date()).isEqualTo("2012-11-20");
    String plusForm = shortForm.replace('-', '+');
    assertThat(Personnummer.parse(plusForm, reference).date()).isEqualTo("1912-11-20");
    // Born tomorrow a century ago: not yet 100, so '-' still means the last century.
    Personnummer born1926 = Personnummer.of(LocalDate.of(1926, 11, 24), 998, false);
    assertThat(born1926.formatShort(reference)).contains("-");
    assertThat(Personnummer.parse(born1926.formatShort(reference), reference)).isEqualTo(born1926);
  }

  @Test
  void aLeapDayIsReadInACenturyThatHasOne() {
    Personnummer leap = Personnummer.of(LocalDate.of(2020, 2, 29), 990, false);
    LocalDate reference = LocalDate.of(2026, 11, 23);
    assertThat(Personnummer.parse(leap.formatShort(reference), reference)).isEqualTo(leap);
    assertThat(Personnummer.isValid("19000229" + leap.format().substring(8), null)).isFalse();
  }

  @Test
  void aShortFormWithoutReferenceDateIsRefusedWithItsReason() {
    Personnummer p = Personnummer.of(LocalDate.of(2015, 3, 1), 990, false);
    assertThat(Personnummer.tryParse(p.formatShort(LocalDate.of(2026, 1, 1)), null)).isEmpty();
    try {
      Personnummer.parse(p.format().substring(2));
      throw new AssertionError("expected a refusal");
    } catch (InvalidPersonnummerException e) {
      assertThat(e.reason()).isEqualTo(InvalidPersonnummerException.Reason.NEEDS_REFERENCE_DATE);
      assertThat(e.getMessage()).doesNotContain(p.format().substring(2));
    }
  }
}
