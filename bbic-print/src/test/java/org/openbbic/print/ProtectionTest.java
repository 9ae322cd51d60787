package org.openbbic.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Report;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.Person;
import org.openbbic.model.Personnummer;
import org.openbbic.model.ProtectionLevel;
import org.openbbic.model.RelatedPerson;
import org.openbbic.print.internal.PrintLabels;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;

/**
 * Recipient-aware protection: a protected person's address and contact details, and a protected
 * identity, appear only where the policy allows; the same data does appear for the social services'
 * own file, so each absence is a real absence.
 */
class ProtectionTest {

  private static final Locale SV = Locale.forLanguageTag("sv-SE");

  @ParameterizedTest
  @EnumSource(FormType.class)
  void guardianPrintoutHidesProtectedPeopleInEveryDocument(FormType type) {
    long seed = Seeds.seed();
    CaseFile file = Fixtures.protectedCaseFile(new BbicGenerator(seed).caseFile());
    BbicDocument document = documentOf(file, type, seed);
    String why = type + " " + Seeds.describe(seed);

    String guardian = BbicPrinter.forRecipient(RecipientPolicy.GUARDIAN).html(document, file);
    Pages.parse(guardian);
    for (String secret : secrets(file)) {
      assertThat(guardian).as("%s: a protected detail is printed", why).doesNotContain(secret);
    }
    assertThat(guardian).as(why).doesNotContain(file.child().id().value());
    String court = BbicPrinter.forRecipient(RecipientPolicy.COURT).html(document, file);
    for (String contact : contactSecrets(file)) {
      assertThat(court)
          .as("%s: a protected contact detail for the court", why)
          .doesNotContain(contact);
    }
  }

  @Test
  void unmaskedPrintoutShowsWhatTheOthersHide() {
    long seed = Seeds.seed();
    CaseFile file = Fixtures.protectedCaseFile(new BbicGenerator(seed).caseFile());
    String why = Seeds.describe(seed);
    String internal = BbicPrinter.forRecipient(RecipientPolicy.INTERNAL_UNMASKED).html(file);
    for (String secret : secrets(file)) {
      assertThat(internal).as(why).contains(secret);
    }
    assertThat(internal)
        .as(why)
        .contains(ProtectionLevel.SKYDDAD_FOLKBOKFORING.label(SV))
        .contains(ProtectionLevel.SEKRETESSMARKERING.label(SV));

    String court = BbicPrinter.forRecipient(RecipientPolicy.COURT).html(file);
    assertThat(court).as(why).contains(formatted(file.child()));
    for (String contact : contactSecrets(file)) {
      assertThat(court).as(why).doesNotContain(contact);
    }

    String guardian = BbicPrinter.forRecipient(RecipientPolicy.GUARDIAN).html(file);
    for (String secret : secrets(file)) {
      assertThat(guardian).as(why).doesNotContain(secret);
    }
    // a withheld identity is said once, not once for the name and once for the number
    assertThat(guardian)
        .as(why)
        .doesNotContain(PrintLabels.word("identity.protected", SV) + "</span>, <span");
    // the protection level itself is not told to a guardian
    assertThat(guardian).as(why).doesNotContain(ProtectionLevel.SKYDDAD_FOLKBOKFORING.label(SV));
    // an unprotected guardian is printed in full
    RelatedPerson open =
        file.basicData().guardians().size() > 1 ? file.basicData().guardians().get(1) : null;
    if (open != null) {
      assertThat(guardian).as(why).contains(formatted(open.person()));
      assertThat(guardian).as(why).contains(open.person().address().street());
    }
  }

  @Test
  void reporterIdentityIsWithheldFromGuardians() {
    long seed = Seeds.seed();
    Report report = (Report) new BbicGenerator(seed).document(FormType.REPORT);
    String why = Seeds.describe(seed);
    assertThat(report.reporterName()).as(why).isNotBlank();
    String guardian = BbicPrinter.forRecipient(RecipientPolicy.GUARDIAN).html(report);
    assertThat(guardian).as(why).doesNotContain(report.reporterName());
    assertThat(guardian).as(why).doesNotContain(report.reporterContact());
    String internal = BbicPrinter.forRecipient(RecipientPolicy.INTERNAL).html(report);
    assertThat(internal).as(why).contains(report.reporterName());
  }

  @ParameterizedTest
  @EnumSource(FormType.class)
  void childOfADocumentPrintedAloneCountsAsProtected(FormType type) {
    long seed = Seeds.seed();
    CaseFile file = new BbicGenerator(seed).caseFile();
    BbicDocument document = documentOf(file, type, seed);
    String why = type + " " + Seeds.describe(seed);
    String number = formatted(file.child());
    String alone = BbicPrinter.forRecipient(RecipientPolicy.GUARDIAN).html(document);
    if (type == FormType.BASIC_DATA) {
      // the basic data holds the child and its (absent) protection: printed in full
      assertThat(alone).as(why).contains(number);
    } else {
      assertThat(alone).as(why).doesNotContain(number).doesNotContain(file.child().id().value());
      // with the case file the unprotected child is known and printed
      assertThat(BbicPrinter.forRecipient(RecipientPolicy.GUARDIAN).html(document, file))
          .as(why)
          .contains(number);
    }
  }

  @Test
  void policyWithoutIdentityNumbersPrintsOnlyTheBirthYear() {
    long seed = Seeds.seed();
    CaseFile file = new BbicGenerator(seed).caseFile();
    RecipientPolicy minimal =
        RecipientPolicy.GUARDIAN.toBuilder().identityNumbers(false).contactDetails(false).build();
    String html = BbicPrinter.forRecipient(minimal).html(file);
    String why = Seeds.describe(seed);
    Personnummer child = file.child().id().personnummer().orElseThrow();
    assertThat(html).as(why).doesNotContain(child.formatLong()).doesNotContain(child.format());
    assertThat(html).as(why).contains(child.masked());
    assertThat(html).as(why).doesNotContain(file.child().address().street());
  }

  private static BbicDocument documentOf(CaseFile file, FormType type, long seed) {
    return file.documents().stream()
        .filter(d -> d.formType() == type)
        .findFirst()
        .orElseGet(
            () -> {
              // types outside the chain (application, review, child-situation follow-up) come
              // from the same seed's generator, for the same kind of child
              BbicDocument other = new BbicGenerator(seed).document(type);
              return Fixtures.with(
                  other, "header", other.header().toBuilder().child(file.child().id()).build());
            });
  }

  /** Everything of the protected people that a guardian must not see. */
  private static List<String> secrets(CaseFile file) {
    Person child = file.child();
    Person guardian = file.basicData().guardians().get(0).person();
    return List.of(
        child.givenName(),
        child.address().street(),
        child.phone(),
        child.email(),
        formatted(child),
        guardian.givenName(),
        guardian.address().street(),
        guardian.phone(),
        formatted(guardian));
  }

  /** The protected people's addresses and contact details. */
  private static List<String> contactSecrets(CaseFile file) {
    Person child = file.child();
    Person guardian = file.basicData().guardians().get(0).person();
    return List.of(
        child.address().street(),
        child.phone(),
        child.email(),
        guardian.address().street(),
        guardian.phone(),
        guardian.email());
  }

  private static String formatted(Person p) {
    return p.id().personnummer().map(Personnummer::formatLong).orElse(p.id().value());
  }
}
