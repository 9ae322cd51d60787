package org.openbbic.forms.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openbbic.forms.Application;
import org.openbbic.forms.BasicData;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Decision;
import org.openbbic.forms.Disclosure;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Report;
import org.openbbic.forms.ReportKind;
import org.openbbic.model.Address;
import org.openbbic.model.Custody;
import org.openbbic.model.Person;
import org.openbbic.model.PersonId;
import org.openbbic.model.Personnummer;
import org.openbbic.model.ProtectionLevel;
import org.openbbic.model.RelatedPerson;
import org.openbbic.model.Relation;

/**
 * The presets and the copy a policy makes, on a small case file built by hand: what each level of
 * protection withholds, the names left in the {@code withheld} lists, the statement of the policy,
 * and the cases of an unknown level. The test kit's generators drive the same checks over every
 * form type in the print and export modules.
 */
class RecipientPolicyTest {

  private static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-02T10:00:00+01:00");
  private static final PersonId CHILD =
      PersonId.of(Personnummer.of(LocalDate.of(2015, 3, 14), 982, false));
  private static final PersonId MOTHER =
      PersonId.of(Personnummer.of(LocalDate.of(1985, 6, 1), 986, false));

  static Person person(PersonId id, String given, ProtectionLevel level) {
    return Person.builder()
        .id(id)
        .givenName(given)
        .familyName("Lindberg")
        .birthDate(id.personnummer().orElseThrow().date())
        .protection(level)
        .address(Address.builder().street(given + "gatan 1").city("Stockholm").build())
        .phone("070-111 22 33")
        .email(given.toLowerCase() + "@example.org")
        .build();
  }

  static DocumentHeader header(FormType type) {
    return DocumentHeader.newDocument(type, AT).caseId("IFO-1").child(CHILD).build();
  }

  static CaseFile caseFile(ProtectionLevel childLevel, ProtectionLevel motherLevel) {
    Person child = person(CHILD, "Saga", childLevel);
    RelatedPerson mother =
        RelatedPerson.builder()
            .person(person(MOTHER, "Amira", motherLevel))
            .relation(Relation.MOTHER)
            .custody(Custody.SOLE)
            .build();
    return CaseFile.builder()
        .caseId("IFO-1")
        .child(child)
        .basicData(
            BasicData.builder()
                .header(header(FormType.BASIC_DATA))
                .child(child)
                .addGuardian(mother)
                .build())
        .addReport(
            Report.builder()
                .header(header(FormType.REPORT))
                .kind(ReportKind.ANMALAN)
                .receivedAt(AT)
                .reporterName("Rektor Berg")
                .reporterContact("rektor@example.org")
                .build())
        .addApplication(
            Application.builder()
                .header(header(FormType.APPLICATION))
                .addApplicant(
                    mother.toBuilder()
                        .person(mother.person().toBuilder().protection(null).build())
                        .build())
                .build())
        .addDecision(Decision.builder().header(header(FormType.DECISION)).build())
        .build();
  }

  @ParameterizedTest
  @EnumSource(ProtectionLevel.class)
  void theDefaultWithholdsContactDetailsOfTheProtectedAndTheIdentityOfTheFictitious(
      ProtectionLevel level) {
    CaseFile original = caseFile(level, ProtectionLevel.NONE);
    CaseFile out = RecipientPolicy.DEFAULT.applyTo(original);
    Person child = out.child();
    boolean prot = level.isProtected();
    boolean fictitious = level == ProtectionLevel.FINGERADE_PERSONUPPGIFTER;

    assertThat(child.address() == null).isEqualTo(prot);
    assertThat(child.phone() == null).isEqualTo(prot);
    assertThat(child.email() == null).isEqualTo(prot);
    assertThat(child.id() == null).isEqualTo(fictitious);
    assertThat(child.givenName() == null).isEqualTo(fictitious);
    assertThat(child.birthDate() == null).isEqualTo(fictitious);
    assertThat(child.protection()).isEqualTo(level);
    assertThat(out.basicData().child()).isEqualTo(child);
    // the child's identity number in every header goes with the identity
    for (var d : out.documents()) {
      assertThat(d.header().child() == null).as(d.formType().name()).isEqualTo(fictitious);
      assertThat(d.header().withheld()).isEqualTo(fictitious ? List.of("child") : List.of());
      assertThat(d.header().disclosure()).isNull();
    }
    if (!prot) {
      assertThat(out).isSameAs(original);
      assertThat(Withheld.pointers(out)).isEmpty();
      assertThat(out.disclosure()).isNull();
      return;
    }
    assertThat(out.disclosure()).isEqualTo(Disclosure.of("internal"));
    List<String> expected =
        fictitious
            ? List.of("id", "givenName", "familyName", "birthDate", "address", "phone", "email")
            : List.of("address", "phone", "email");
    assertThat(child.withheld()).containsExactlyElementsOf(expected);
    assertThat(Withheld.pointers(out))
        .contains("/child/address", "/basicData/child/email")
        .doesNotContain("/basicData/guardians/0/person/address");
    if (fictitious) {
      assertThat(Withheld.pointers(out)).contains("/decisions/0/header/child", "/child/id");
    }
    // the unprotected mother and the reporter are untouched
    assertThat(out.basicData().guardians().get(0).person())
        .isEqualTo(original.basicData().guardians().get(0).person());
    assertThat(out.reports().get(0).reporterName()).isEqualTo("Rektor Berg");
  }

  @Test
  void internalUnmaskedChangesNothingButStatesItselfWhenSomeoneIsProtected() {
    CaseFile open = caseFile(ProtectionLevel.NONE, ProtectionLevel.NONE);
    assertThat(RecipientPolicy.INTERNAL_UNMASKED.applyTo(open)).isSameAs(open);
    CaseFile secret =
        caseFile(ProtectionLevel.FINGERADE_PERSONUPPGIFTER, ProtectionLevel.SKYDDAD_FOLKBOKFORING);
    CaseFile out = RecipientPolicy.INTERNAL_UNMASKED.applyTo(secret);
    assertThat(out.disclosure()).isEqualTo(Disclosure.of("internal-unmasked"));
    assertThat(out.toBuilder().disclosure(null).build()).isEqualTo(secret);
    assertThat(Withheld.pointers(out)).isEmpty();
    // applying again changes nothing more
    assertThat(RecipientPolicy.INTERNAL_UNMASKED.applyTo(out)).isSameAs(out);
  }

  @Test
  void courtGetsIdentitiesButNoProtectedAddressGuardianNeitherNorTheReporter() {
    CaseFile file =
        caseFile(ProtectionLevel.FINGERADE_PERSONUPPGIFTER, ProtectionLevel.SEKRETESSMARKERING);
    CaseFile court = RecipientPolicy.COURT.applyTo(file);
    assertThat(court.child().id()).isEqualTo(CHILD);
    assertThat(court.child().address()).isNull();
    assertThat(court.decisions().get(0).header().child()).isEqualTo(CHILD);
    assertThat(court.disclosure().recipient()).isEqualTo("court");

    CaseFile guardian = RecipientPolicy.GUARDIAN.applyTo(file);
    Person mother = guardian.basicData().guardians().get(0).person();
    assertThat(mother.givenName()).isNull();
    assertThat(mother.withheld()).contains("id", "givenName", "address");
    // the applicant record states no level: the mother's level from the basic data counts
    Person applicant = guardian.applications().get(0).applicants().get(0).person();
    assertThat(applicant.id()).isNull();
    assertThat(applicant.address()).isNull();
    Report report = guardian.reports().get(0);
    assertThat(report.reporterName()).isNull();
    assertThat(report.reporterContact()).isNull();
    assertThat(report.withheld()).containsExactly("reporterName", "reporterContact");
    assertThat(Withheld.pointers(guardian))
        .contains(
            "/reports/0/reporterName",
            "/applications/0/applicants/0/person/address",
            "/basicData/guardians/0/person/id");
  }

  @Test
  void theChildOfADocumentOnItsOwnCountsAsProtectedAtEveryLevel() {
    CaseFile file = caseFile(ProtectionLevel.NONE, ProtectionLevel.NONE);
    Decision decision = file.decisions().get(0);
    Decision alone = RecipientPolicy.DEFAULT.applyTo(decision);
    assertThat(alone.header().child()).isNull();
    assertThat(alone.header().withheld()).containsExactly("child");
    assertThat(alone.header().disclosure()).isEqualTo(Disclosure.of("internal"));
    assertThat(Withheld.pointers(alone)).containsExactly("/header/child");
    // with its case file the child is known to be unprotected
    assertThat(RecipientPolicy.DEFAULT.applyTo(decision, file)).isSameAs(decision);
    // shown in full, nothing is known to be protected: nothing to state
    assertThat(RecipientPolicy.INTERNAL_UNMASKED.applyTo(decision)).isSameAs(decision);
    assertThat(RecipientPolicy.COURT.applyTo(decision)).isSameAs(decision);
    // the basic data holds the child
    assertThat(RecipientPolicy.DEFAULT.applyTo(file.basicData())).isSameAs(file.basicData());
  }

  @Test
  void aPersonWithoutAStatedLevelCountsAsProtected() {
    Person draft = person(MOTHER, "Amira", null);
    BasicData basic = BasicData.builder().header(header(FormType.BASIC_DATA)).child(draft).build();
    BasicData out = RecipientPolicy.DEFAULT.applyTo(basic);
    assertThat(out.child().id()).isNull();
    assertThat(out.child().address()).isNull();
    assertThat(RecipientPolicy.INTERNAL_UNMASKED.applyTo(basic)).isSameAs(basic);
  }

  @Test
  void alreadyWithheldNamesStayAndNothingIsWithheldTwice() {
    CaseFile once =
        RecipientPolicy.GUARDIAN.applyTo(caseFile(ProtectionLevel.SKYDDAD_FOLKBOKFORING, null));
    CaseFile twice = RecipientPolicy.GUARDIAN.applyTo(once);
    assertThat(twice).isEqualTo(once);
    CaseFile court = RecipientPolicy.INTERNAL_UNMASKED.applyTo(once);
    assertThat(Withheld.pointers(court)).isEqualTo(Withheld.pointers(once));
    assertThat(court.disclosure().recipient()).isEqualTo("internal-unmasked");
  }

  @Test
  void presetsNamesAndBuilder() {
    assertThat(RecipientPolicy.presets())
        .extracting(RecipientPolicy::name)
        .containsExactly("internal", "internal-unmasked", "court", "guardian");
    assertThat(RecipientPolicy.preset("court")).contains(RecipientPolicy.COURT);
    assertThat(RecipientPolicy.preset("press")).isEmpty();
    assertThat(RecipientPolicy.DEFAULT).isSameAs(RecipientPolicy.INTERNAL);
    assertThat(RecipientPolicy.INTERNAL.showsIdentity(ProtectionLevel.SKYDDAD_FOLKBOKFORING))
        .isTrue();
    assertThat(RecipientPolicy.INTERNAL.showsIdentity(ProtectionLevel.FINGERADE_PERSONUPPGIFTER))
        .isFalse();
    assertThat(RecipientPolicy.INTERNAL.showsIdentity(null)).isFalse();
    assertThat(RecipientPolicy.INTERNAL.showsContactDetails(ProtectionLevel.NONE)).isTrue();
    assertThat(RecipientPolicy.INTERNAL_UNMASKED.showsAllProtectedData()).isTrue();
    assertThat(RecipientPolicy.COURT.showsAllProtectedData()).isFalse();

    RecipientPolicy changed = RecipientPolicy.GUARDIAN.toBuilder().identityNumbers(false).build();
    assertThat(changed.name()).isEqualTo(RecipientPolicy.CUSTOM);
    assertThat(changed).isNotEqualTo(RecipientPolicy.GUARDIAN);
    assertThat(RecipientPolicy.GUARDIAN.toBuilder().name("guardian").build())
        .isEqualTo(RecipientPolicy.GUARDIAN);
    assertThatThrownBy(() -> changed.toBuilder().name("guardian").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecipientPolicy.builder().name("Socialtjänsten"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecipientPolicy.builder().identity(ProtectionLevel.NONE, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RecipientPolicy.builder().build().showsContactDetails(ProtectionLevel.NONE))
        .isFalse();
    assertThat(RecipientPolicy.INTERNAL.toString()).doesNotContainPattern("\\d{8}");
  }

  @Test
  void unprotectedNumbersAreWithheldWhenThePolicyShowsNoNumbers() {
    RecipientPolicy noNumbers = RecipientPolicy.INTERNAL.toBuilder().identityNumbers(false).build();
    CaseFile out = noNumbers.applyTo(caseFile(ProtectionLevel.NONE, ProtectionLevel.NONE));
    assertThat(out.child().id()).isNull();
    assertThat(out.child().givenName()).isEqualTo("Saga");
    assertThat(out.child().withheld()).containsExactly("id");
    assertThat(out.reports().get(0).header().child()).isNull();
    assertThat(out.disclosure().recipient()).isEqualTo("custom");
  }

  @Test
  void withheldKnowsWhichNamesEachRecordMayHold() {
    assertThat(Withheld.withholdable(Person.class)).contains("address", "id").hasSize(7);
    assertThat(Withheld.withholdable(DocumentHeader.class)).containsExactly("child");
    assertThat(Withheld.withholdable(CaseFile.class)).isEmpty();
    DocumentHeader h =
        header(FormType.DECISION).toBuilder().child(null).addWithheld("child").build();
    assertThat(Withheld.isWithheld(h, "child")).isTrue();
    assertThat(Withheld.isWithheld(h, "caseId")).isFalse();
    DocumentHeader odd = h.toBuilder().addWithheld("caseId").build();
    assertThat(Withheld.isWithheld(odd, "caseId")).isFalse();
  }
}
