package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openbbic.forms.Application;
import org.openbbic.forms.BasicData;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Report;
import org.openbbic.model.IdType;
import org.openbbic.model.PersonId;
import org.openbbic.model.Personnummer;
import org.openbbic.model.RelatedPerson;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Mutation;
import org.openbbic.testkit.Mutators;
import org.openbbic.validation.internal.CaseIndex;

/**
 * BBIC-DOC-014: the reason of each invalid number, worded in both languages, and one finding per
 * distinct number with the count of its other places. Numbers are built from Skatteverket's test
 * series (birth numbers 980–999).
 */
class IdentityNumberRuleTest {

  private static final String CODE = "BBIC-DOC-014";
  private static final Locale SV = Locale.forLanguageTag("sv");
  private static final Pattern IDENTITY = Pattern.compile("\\d{6}[-+]?\\d{4}");
  private static final BbicValidator VALIDATOR = BbicValidator.builder().build();

  private final BbicGenerator gen = new BbicGenerator(2026);

  private static ValidationReport signed(BbicDocument doc, Locale locale) {
    return VALIDATOR.validate(doc, ValidationLevel.SIGNED, locale);
  }

  /** A 12-digit number of {@code yyyymmdd} with a test birth number and its check digit. */
  private static String twelve(String yyyymmdd, int birthNumber) {
    String nine = yyyymmdd.substring(2) + String.format("%03d", birthNumber);
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int p = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += p > 9 ? p - 9 : p;
    }
    return yyyymmdd.substring(0, 2) + nine + (10 - sum % 10) % 10;
  }

  private static String wrongCheckDigit(String number) {
    int last = number.charAt(number.length() - 1) - '0';
    return number.substring(0, number.length() - 1) + (last + 1) % 10;
  }

  private Report reportAbout(PersonId child) {
    Report r = (Report) gen.document(FormType.REPORT);
    return r.toBuilder().header(r.header().toBuilder().child(child).build()).build();
  }

  /** The message the finding must have: the template with the reason and count worded. */
  private static String expectedMessage(Finding f, Locale locale) {
    Map<String, Object> args = new java.util.LinkedHashMap<>(f.arguments());
    int others = (Integer) args.get("otherPlaces");
    args.put(
        "reason", Messages.render("IdentityNumber.reason." + args.get("reason"), args, locale));
    args.put(
        "elsewhere",
        others == 0
            ? ""
            : Messages.render(
                "IdentityNumber.elsewhere." + (others == 1 ? "one" : "many"), args, locale));
    return Messages.render(CODE, args, locale);
  }

  private static void assertNoNumberIn(Finding f, String number) {
    assertThat(f.message()).doesNotContain(number).doesNotContainPattern(IDENTITY);
    assertThat(String.valueOf(f.arguments())).doesNotContain(number);
    assertThat(f.toString()).doesNotContain(number);
  }

  @ParameterizedTest(name = "{2}: {0} {1}")
  @CsvSource({
    "PERSONNUMMER, 20121212-981*, CHECK_DIGIT",
    "PERSONNUMMER, 1212129819, LENGTH", // a valid 10-digit writing that nobody normalised
    "PERSONNUMMER, 12345, LENGTH",
    "PERSONNUMMER, 2012121298199, LENGTH",
    "PERSONNUMMER, 2012-12129819, SEPARATOR",
    "PERSONNUMMER, 20121212+-981, SEPARATOR",
    "PERSONNUMMER, 2012121A9819, FORMAT",
    "PERSONNUMMER, 201212120000, FORMAT", // birth number 000
    "PERSONNUMMER, 20140231-982, DATE", // 31 February
    "SAMORDNINGSNUMMER, 20140291-982, DATE", // 31 February + 60
    "SAMORDNINGSNUMMER, 20140192-982, DATE", // day 92
    "SAMORDNINGSNUMMER, 20140160-982, DATE", // day 60
    "PERSONNUMMER, 20140191-982, KIND_MISMATCH", // a samordningsnummer typed as personnummer
    "SAMORDNINGSNUMMER, 20140131-982, KIND_MISMATCH", // and the other way round
  })
  void eachReasonIsNamedAndWordedInBothLanguages(IdType type, String spec, String reason) {
    // "YYYYMMDD-NNN" takes its check digit; a trailing '*' makes it wrong.
    String value = spec;
    if (spec.matches("\\d{8}-\\d{3}\\*?")) {
      value = twelve(spec.substring(0, 8), Integer.parseInt(spec.substring(9, 12)));
      if (spec.endsWith("*")) {
        value = wrongCheckDigit(value);
      }
    }
    Report broken = reportAbout(PersonId.of(type, value));
    for (Locale locale : List.of(SV, Locale.ENGLISH)) {
      ValidationReport report = signed(broken, locale);
      assertThat(report.findings())
          .as("%s", report.findings())
          .extracting(Finding::code)
          .containsExactly(CODE);
      Finding f = report.findings().get(0);
      assertThat(f.pointer()).isEqualTo("/header/child/value");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.arguments())
          .containsEntry("idType", type)
          .containsEntry("reason", reason)
          .containsEntry("otherPlaces", 0);
      if (reason.equals("KIND_MISMATCH")) {
        assertThat(f.arguments())
            .containsEntry(
                "numberKind", type == IdType.PERSONNUMMER ? "SAMORDNINGSNUMMER" : "PERSONNUMMER");
      } else {
        assertThat(f.arguments()).doesNotContainKey("numberKind");
      }
      assertThat(f.message()).isEqualTo(expectedMessage(f, locale)).doesNotContain("{");
      assertThat(f.message())
          .contains(Messages.render("IdentityNumber.reason." + reason, f.arguments(), locale));
      if (value.length() >= 10) {
        assertNoNumberIn(f, value.substring(value.length() - 10));
      }
    }
  }

  @Test
  void validNumbersOfTheirTypeAndReservnummerGiveNoFinding() {
    String personnummer = twelve("20121212", 981);
    String samordningsnummer = twelve("20140191", 982);
    for (PersonId id :
        List.of(
            PersonId.of(IdType.PERSONNUMMER, personnummer),
            PersonId.of(IdType.SAMORDNINGSNUMMER, samordningsnummer),
            PersonId.of(Personnummer.parse(samordningsnummer)),
            PersonId.reservnummer("K-17"),
            PersonId.reservnummer("12345"))) {
      assertThat(signed(reportAbout(id), SV).findings()).as(id.masked()).isEmpty();
    }
  }

  @Test
  void aNumberRepeatedInOneDocumentIsReportedOnceWithItsOtherPlaces() {
    BasicData bd = (BasicData) gen.document(FormType.BASIC_DATA);
    PersonId wrong = PersonId.of(IdType.PERSONNUMMER, wrongCheckDigit(twelve("20121212", 981)));
    assertThat(bd.guardians()).isNotEmpty();
    RelatedPerson g = bd.guardians().get(0);
    PersonId otherWrong =
        PersonId.of(IdType.PERSONNUMMER, wrongCheckDigit(twelve("19850405", 992)));
    BasicData broken =
        bd.toBuilder()
            .header(bd.header().toBuilder().child(wrong).build())
            .child(bd.child().toBuilder().id(wrong).build())
            .guardians(
                List.of(
                    g.toBuilder().person(g.person().toBuilder().id(otherWrong).build()).build()))
            .build();
    ValidationReport report = signed(broken, SV);
    List<Finding> found = report.withCode(CODE);
    assertThat(found)
        .extracting(Finding::pointer)
        .containsExactly("/header/child/value", "/guardians/0/person/id/value");
    assertThat(found.get(0).arguments()).containsEntry("otherPlaces", 1);
    assertThat(found.get(0).message())
        .endsWith(Messages.render("IdentityNumber.elsewhere.one", Map.of(), SV) + ".");
    assertThat(found.get(1).arguments()).containsEntry("otherPlaces", 0);
  }

  @Test
  void theApplicantsOfAnApplicationAreChecked() {
    Application a = (Application) gen.document(FormType.APPLICATION);
    assertThat(a.applicants()).isNotEmpty();
    RelatedPerson rp = a.applicants().get(0);
    PersonId wrong = PersonId.of(IdType.PERSONNUMMER, wrongCheckDigit(twelve("19850405", 992)));
    Application broken =
        a.toBuilder()
            .applicants(
                List.of(rp.toBuilder().person(rp.person().toBuilder().id(wrong).build()).build()))
            .build();
    assertThat(signed(broken, SV).withCode(CODE))
        .extracting(Finding::pointer)
        .containsExactly("/applicants/0/person/id/value");
  }

  /** The generated case file with the child's number wrong in every place it stands. */
  private static CaseFile childWrongEverywhere(CaseFile cf, PersonId wrong) {
    CaseFile headers = TestCases.withChild(cf, wrong);
    return headers.toBuilder()
        .child(cf.child().toBuilder().id(wrong).build())
        .basicData(
            headers.basicData().toBuilder()
                .child(headers.basicData().child().toBuilder().id(wrong).build())
                .build())
        .build();
  }

  @Test
  void aWrongChildNumberInEveryDocumentOfACaseFileIsOneFinding() {
    CaseFile cf = gen.caseFile();
    PersonId wrong = PersonId.of(IdType.PERSONNUMMER, wrongCheckDigit(cf.child().id().value()));
    CaseFile broken = childWrongEverywhere(cf, wrong);
    int documents = CaseIndex.of(broken).documents().size();
    assertThat(documents).isGreaterThan(5);
    // The case file's child, the basic data's child and every header.
    int places = 2 + documents;
    for (Locale locale : List.of(SV, Locale.ENGLISH)) {
      ValidationReport report =
          VALIDATOR.validateCase(broken, ValidationLevel.SIGNED, TestCases.lastDate(cf), locale);
      assertThat(report.findings())
          .as("%s", report.findings())
          .extracting(f -> f.code() + " at " + f.pointer())
          .containsExactly(CODE + " at /child/id/value");
      Finding f = report.findings().get(0);
      assertThat(f.arguments())
          .containsEntry("reason", "CHECK_DIGIT")
          .containsEntry("otherPlaces", places - 1);
      assertThat(f.documentId()).isEmpty();
      assertThat(f.message())
          .isEqualTo(expectedMessage(f, locale))
          .contains(
              Messages.render(
                  "IdentityNumber.elsewhere.many", Map.of("otherPlaces", places - 1), locale));
      assertNoNumberIn(f, wrong.value().substring(2));
    }
    assertThat(
            VALIDATOR
                .validateCase(broken, ValidationLevel.SIGNED, TestCases.lastDate(cf), SV)
                .findings()
                .get(0)
                .message())
        .contains("förekommer på ytterligare " + (places - 1) + " ställen");
  }

  @Test
  void aWrongNumberInTheHeadersOnlyIsReportedAtTheFirstDocument() {
    CaseFile cf = gen.caseFile();
    PersonId wrong = PersonId.of(IdType.PERSONNUMMER, wrongCheckDigit(cf.child().id().value()));
    CaseFile broken = TestCases.withChild(cf, wrong);
    CaseIndex index = CaseIndex.of(broken);
    BbicDocument first = index.documents().get(0);
    ValidationReport report =
        VALIDATOR.validateCase(broken, ValidationLevel.SIGNED, TestCases.lastDate(cf), SV);
    List<Finding> found = report.withCode(CODE);
    assertThat(found)
        .extracting(Finding::pointer)
        .containsExactly(index.pointer(first) + "/header/child/value");
    assertThat(found.get(0).arguments()).containsEntry("otherPlaces", index.documents().size() - 1);
    assertThat(found.get(0).documentId()).contains(first.header().documentId());
    // The other child's number is still another child in each document (BBIC-CASE-001).
    assertThat(report.withCode("BBIC-CASE-001")).hasSize(index.documents().size());
  }

  @Test
  void twoDistinctWrongNumbersAreTwoFindingsAndATenDigitFormIsJudgedOnItsDocumentsDate() {
    CaseFile cf = gen.caseFile();
    LocalDate asOf = TestCases.lastDate(cf);
    Report r = cf.reports().get(0);
    String valid = r.header().child().value();
    // An unnormalised valid 10-digit writing, and a 10-digit writing with a wrong check digit.
    PersonId shortValid = PersonId.of(IdType.PERSONNUMMER, valid.substring(2));
    PersonId shortWrong = PersonId.of(IdType.PERSONNUMMER, wrongCheckDigit(valid.substring(2)));
    CaseFile broken =
        cf.toBuilder()
            .reports(
                List.of(
                    r.toBuilder().header(r.header().toBuilder().child(shortValid).build()).build(),
                    r.toBuilder().header(r.header().toBuilder().child(shortWrong).build()).build()))
            .build();
    List<Finding> found =
        VALIDATOR.validateCase(broken, ValidationLevel.SIGNED, asOf, SV).withCode(CODE);
    assertThat(found)
        .extracting(f -> f.pointer() + " " + f.arguments().get("reason"))
        .containsExactly(
            "/reports/0/header/child/value LENGTH", "/reports/1/header/child/value CHECK_DIGIT");
  }

  @Test
  void theTestKitsIdentityMutationsGiveOneFindingWithTheirReason() {
    CaseFile cf = gen.caseFile();
    Mutation<CaseFile> wrong =
        Mutators.caseFile(cf, 2026).stream()
            .filter(m -> m.name().equals("child-personnummer-wrong-check-digit"))
            .findFirst()
            .orElseThrow();
    ValidationReport report =
        VALIDATOR.validateCase(
            wrong.value(), ValidationLevel.SIGNED, wrong.asOf().orElseThrow(), SV);
    assertThat(report.findings())
        .extracting(f -> f.code() + " at " + f.pointer())
        .containsExactly(CODE + " at /child/id/value");
    assertThat(report.findings().get(0).arguments())
        .containsEntry("reason", "CHECK_DIGIT")
        .containsEntry("otherPlaces", 1 + CaseIndex.of(cf).documents().size());

    Report r = (Report) gen.document(FormType.REPORT);
    Map<String, String> reasons =
        Map.of(
            "child-samordningsnummer-on-31-february", "DATE",
            "child-samordningsnummer-typed-as-personnummer", "KIND_MISMATCH",
            "child-personnummer-wrong-check-digit", "CHECK_DIGIT");
    for (Map.Entry<String, String> e : reasons.entrySet()) {
      Mutation<BbicDocument> m =
          Mutators.document(r, 2026).stream()
              .filter(x -> x.name().equals(e.getKey()))
              .findFirst()
              .orElseThrow();
      List<Finding> found = signed(m.value(), SV).findings();
      assertThat(found).extracting(Finding::code).as(e.getKey()).containsExactly(CODE);
      assertThat(found.get(0).arguments()).containsEntry("reason", e.getValue());
    }
  }
}
