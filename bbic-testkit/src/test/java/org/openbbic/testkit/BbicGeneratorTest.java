package org.openbbic.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Goal;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.NeedAreaAssessment;
import org.openbbic.forms.Report;
import org.openbbic.model.PersonId;
import org.openbbic.model.code.NeedArea;
import org.openbbic.model.level.Signed;

/** Properties every generated case file has, over many seeds. */
class BbicGeneratorTest {

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void validator() {
    factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  private static final Set<String> MALE =
      Set.of("Noah", "William", "Hugo", "Liam", "Elias", "Oscar", "Lucas", "Adam", "Leo", "Ali");
  private static final Set<String> FEMALE =
      Set.of("Alice", "Elsa", "Maja", "Selma", "Astrid", "Olivia", "Wilma", "Ebba", "Nora", "Saga");

  private static void nameAgreesWithSexDigit(org.openbbic.model.Person p, String what, long seed) {
    boolean male = (p.id().value().charAt(10) - '0') % 2 == 1;
    assertThat(male ? FEMALE : MALE)
        .as("%s of %s: given name of the other sex", what, Seeds.describe(seed))
        .doesNotContain(p.givenName());
  }

  @RepeatedTest(20)
  void peopleAndPlacesAgree() {
    long seed = Seeds.seed();
    CaseFile cf = new BbicGenerator(seed).caseFile();
    nameAgreesWithSexDigit(cf.child(), "child", seed);
    for (org.openbbic.model.RelatedPerson rp : cf.basicData().guardians()) {
      nameAgreesWithSexDigit(rp.person(), rp.relation().name(), seed);
      boolean male = (rp.person().id().value().charAt(10) - '0') % 2 == 1;
      assertThat(male)
          .as("%s, %s", rp.relation(), Seeds.describe(seed))
          .isEqualTo(rp.relation() == org.openbbic.model.Relation.FATHER);
      assertThat(rp.person().address().city()).isEqualTo(cf.child().address().city());
    }
    String code = cf.reports().get(0).header().organisation().municipalityCode();
    String city = cf.child().address().city();
    String committee = cf.reports().get(0).header().organisation().committeeName();
    java.util.Map<String, String> towns =
        java.util.Map.of(
            "0180",
            "Stockholm",
            "1480",
            "Göteborg",
            "1280",
            "Malmö",
            "0380",
            "Uppsala",
            "2480",
            "Umeå");
    assertThat(city).as(Seeds.describe(seed)).isEqualTo(towns.get(code));
    assertThat(committee).as(Seeds.describe(seed)).contains(city.substring(0, 3));
    Report r = cf.reports().get(0);
    String concern = r.concern();
    switch (r.reporterCategory()) {
      case SCHOOL -> assertThat(concern).containsAnyOf("Skolan", "skolkuratorn");
      case PRESCHOOL -> assertThat(concern).contains("Förskolan");
      case HEALTH_CARE -> assertThat(concern).contains("Barnavårdscentralen");
      case POLICE -> assertThat(concern).contains("Polisen");
      case PRIVATE_PERSON -> assertThat(concern).contains("Grannar");
      default -> throw new AssertionError("unexpected " + r.reporterCategory());
    }
    assertThat(r.mandatoryReporter())
        .isEqualTo(r.reporterCategory() != org.openbbic.model.code.ReporterCategory.PRIVATE_PERSON);
  }

  @Test
  void chainsVaryInBasisPlacementFormAndClosureAsRealOnesDo() {
    long base = Seeds.seed();
    Set<org.openbbic.model.code.CareBasis> bases = new HashSet<>();
    Set<org.openbbic.model.code.PlacementForm> forms = new HashSet<>();
    Set<org.openbbic.model.code.ClosureReason> reasons = new HashSet<>();
    Set<String> workers = new HashSet<>();
    Set<org.openbbic.forms.ImplementationPlanKind> openCare = new HashSet<>();
    // stödboende is for those of 16 or more, whom few generated chains reach
    for (int i = 0; i < 4000; i++) {
      long seed = base + i;
      CaseFile cf = new BbicGenerator(seed).caseFile();
      org.openbbic.forms.Decision d = cf.decisions().get(0);
      reasons.add(cf.closures().get(0).reason());
      if (cf.carePlans().isEmpty()) {
        openCare.add(cf.implementationPlans().get(0).kind());
        assertThat(d.interventionKinds().get(0).category())
            .as(Seeds.describe(seed))
            .isEqualTo(org.openbbic.model.code.InterventionKind.Category.OPEN_CARE);
        continue;
      }
      org.openbbic.forms.CarePlan cp = cf.carePlans().get(0);
      bases.add(cp.legalBasis());
      forms.add(cp.placementForm());
      String why = Seeds.describe(seed);
      assertThat(d.legalBasis()).as(why).isEqualTo(cp.legalBasis());
      assertThat(d.interventionKinds()).as(why).hasSize(1);
      assertThat(d.interventionKinds().get(0).placementForm()).as(why).contains(cp.placementForm());
      assertThat(cf.assignments().get(0).interventionKind())
          .as(why)
          .isEqualTo(d.interventionKinds().get(0));
      int age = java.time.Period.between(cf.child().birthDate(), d.decidedAt()).getYears();
      switch (cp.legalBasis()) {
        case LVU_2 -> assertThat(age).as(why).isLessThan(18);
        case LVU_3 -> {
          assertThat(age).as(why).isBetween(15, 19);
          assertThat(cf.reviews()).as(why).hasSize(1);
          assertThat(cf.reconsiderations()).as(why).isEmpty();
        }
        default -> assertThat(cf.reviews()).as(why).isEmpty();
      }
      if (cp.legalBasis() != org.openbbic.model.code.CareBasis.LVU_3) {
        assertThat(cf.reconsiderations().get(0).legalBasis()).as(why).isEqualTo(cp.legalBasis());
      }
      workers.add(cf.reports().get(0).header().author().name() + "|" + cp.header().author().name());
    }
    assertThat(bases).containsExactlyInAnyOrder(org.openbbic.model.code.CareBasis.values());
    assertThat(forms)
        .contains(
            org.openbbic.model.code.PlacementForm.FAMILY_HOME,
            org.openbbic.model.code.PlacementForm.EMERGENCY_HOME,
            org.openbbic.model.code.PlacementForm.HVB,
            org.openbbic.model.code.PlacementForm.SUPPORTED_HOUSING,
            org.openbbic.model.code.PlacementForm.PROTECTED_HOUSING);
    assertThat(reasons).hasSizeGreaterThanOrEqualTo(5);
    assertThat(openCare)
        .containsExactlyInAnyOrder(
            org.openbbic.forms.ImplementationPlanKind.OPEN_CARE_OWN,
            org.openbbic.forms.ImplementationPlanKind.OPEN_CARE_CONTACT);
    assertThat(workers).hasSizeGreaterThan(200);
  }

  @Test
  void theSameSeedGivesTheSameCaseFile() {
    long seed = Seeds.seed();
    assertThat(new BbicGenerator(seed).caseFile())
        .as(Seeds.describe(seed))
        .isEqualTo(new BbicGenerator(seed).caseFile());
  }

  @Test
  void differentSeedsGiveDifferentCaseFiles() {
    long seed = Seeds.seed();
    assertThat(new BbicGenerator(seed).caseFile())
        .as(Seeds.describe(seed))
        .isNotEqualTo(new BbicGenerator(seed + 1).caseFile());
  }

  @RepeatedTest(200)
  void aGeneratedCaseFileHasNoConstraintViolationAtTheSignedLevel() {
    long seed = Seeds.seed();
    CaseFile file = new BbicGenerator(seed).caseFile();
    Set<ConstraintViolation<CaseFile>> violations = validator.validate(file, Signed.class);
    assertThat(violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessageTemplate()))
        .as(Seeds.describe(seed))
        .isEmpty();
  }

  @RepeatedTest(200)
  void aGeneratedCaseFileIsCoherent() {
    long seed = Seeds.seed();
    CaseFile file = new BbicGenerator(seed).caseFile();
    String why = Seeds.describe(seed);
    List<BbicDocument> documents = file.documents();
    // open care has neither care plan nor reconsideration
    assertThat(documents).as(why).hasSize(file.carePlans().isEmpty() ? 9 : 11);

    // One child everywhere, with a valid identity number.
    PersonId child = file.child().id();
    assertThat(child.personnummer()).as(why).isPresent();
    assertThat(documents).as(why).allSatisfy(d -> assertThat(d.header().child()).isEqualTo(child));

    // Unique ids; every reference resolves to a document of the file.
    Set<UUID> ids =
        documents.stream().map(d -> d.header().documentId()).collect(Collectors.toSet());
    assertThat(ids).as(why).hasSize(documents.size());
    Investigation investigation = file.investigations().get(0);
    assertThat(ids)
        .as(why)
        .containsAll(investigation.initiatedBy())
        .contains(investigation.planId());
    assertThat(ids)
        .as(why)
        .contains(
            file.decisions().get(0).investigationId(),
            file.implementationPlans().get(0).assignmentId(),
            file.followUps().get(0).planId());
    // SoL and LVU 2 § care is reconsidered (övervägande), LVU 3 § care reviewed (omprövning)
    if (file.carePlans().isEmpty()) {
      // open care: the implementation plan implements the assignment, the follow-up is of open care
      assertThat(file.reconsiderations()).as(why).isEmpty();
      assertThat(file.reviews()).as(why).isEmpty();
      assertThat(file.implementationPlans().get(0).kind())
          .as(why)
          .isIn(
              org.openbbic.forms.ImplementationPlanKind.OPEN_CARE_OWN,
              org.openbbic.forms.ImplementationPlanKind.OPEN_CARE_CONTACT);
      assertThat(file.followUps().get(0).kind())
          .as(why)
          .isEqualTo(org.openbbic.forms.FollowUpKind.OPEN_CARE);
    } else if (file.carePlans().get(0).legalBasis() == org.openbbic.model.code.CareBasis.LVU_3) {
      assertThat(file.reconsiderations()).as(why).isEmpty();
      assertThat(ids).as(why).contains(file.reviews().get(0).decisionId());
    } else {
      assertThat(file.reviews()).as(why).isEmpty();
      assertThat(ids)
          .as(why)
          .contains(
              file.carePlans().get(0).decisionId(), file.implementationPlans().get(0).carePlanId());
      assertThat(ids).as(why).contains(file.reconsiderations().get(0).carePlanId());
    }

    // Every need area of the current generation is assessed; goals use areas with a need.
    assertThat(investigation.assessments().stream().map(NeedAreaAssessment::area))
        .as(why)
        .containsExactlyElementsOf(NeedArea.ofGeneration(NeedArea.CURRENT_GENERATION));
    Set<NeedArea> needs =
        investigation.assessments().stream()
            .filter(NeedAreaAssessment::needIdentified)
            .map(NeedAreaAssessment::area)
            .collect(Collectors.toSet());
    assertThat(file.assignments().get(0).goals().stream().flatMap(g -> g.needAreas().stream()))
        .as(why)
        .isNotEmpty()
        .allSatisfy(a -> assertThat(needs).contains(a));
    Set<String> goalIds = new HashSet<>();
    file.implementationPlans().get(0).goals().stream().map(Goal::goalId).forEach(goalIds::add);
    assertThat(file.followUps().get(0).goalFollowUps())
        .as(why)
        .allSatisfy(g -> assertThat(goalIds).contains(g.goalId()));

    // Dates in chain order and inside the deadlines.
    Report report = file.reports().get(0);
    LocalDate received = report.receivedAt().atZoneSameInstant(SWEDEN).toLocalDate();
    LocalDate assessed =
        report.protectionAssessment().assessedAt().atZoneSameInstant(SWEDEN).toLocalDate();
    assertThat(assessed).as(why).isBetween(received, received.plusDays(1));
    LocalDate decided = report.initialAssessment().decidedAt();
    assertThat(decided).as(why).isBetween(received, received.plusDays(14));
    assertThat(investigation.openedAt()).as(why).isAfterOrEqualTo(decided);
    assertThat(investigation.completedAt())
        .as(why)
        .isBeforeOrEqualTo(investigation.openedAt().plusMonths(4));
    assertThat(investigation.communication().communicatedAt())
        .as(why)
        .isBefore(file.decisions().get(0).decidedAt());
    if (file.carePlans().isEmpty()) {
      assertThat(file.closures().get(0).closedAt())
          .as(why)
          .isAfter(file.followUps().get(0).performedAt());
      return;
    }
    LocalDate placement = file.carePlans().get(0).placementStart();
    LocalDate reconsidered =
        file.reconsiderations().isEmpty()
            ? file.reviews().get(0).performedAt()
            : file.reconsiderations().get(0).performedAt();
    assertThat(reconsidered).as(why).isAfter(placement).isBeforeOrEqualTo(placement.plusMonths(6));
    assertThat(file.closures().get(0).closedAt()).as(why).isAfter(reconsidered);
    assertThat(file.child().birthDate().plusYears(18))
        .as(why)
        .isAfter(file.closures().get(0).closedAt());
  }

  @ParameterizedTest
  @EnumSource(FormType.class)
  void everyFormTypeHasAValidSignedDocumentOfThatType(FormType type) {
    long seed = Seeds.seed();
    BbicDocument document = new BbicGenerator(seed).document(type);
    assertThat(document.formType()).as(Seeds.describe(seed)).isEqualTo(type);
    assertThat(validator.validate(document, Signed.class)).as(Seeds.describe(seed)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(org.openbbic.model.ProtectionLevel.class)
  void aProtectedCaseFileIsTheSameChainWithTwoPeopleUnderProtection(
      org.openbbic.model.ProtectionLevel level) {
    long seed = Seeds.seed();
    CaseFile plain = new BbicGenerator(seed).caseFile();
    CaseFile file = new BbicGenerator(seed).caseFile(level);
    String why = level + " " + Seeds.describe(seed);
    assertThat(file.reports()).as(why).isEqualTo(plain.reports());
    assertThat(file.child().protection()).as(why).isEqualTo(level);
    assertThat(file.basicData().child()).as(why).isEqualTo(file.child());
    org.openbbic.model.Person guardian = file.basicData().guardians().get(0).person();
    assertThat(guardian.protection()).as(why).isEqualTo(level);
    for (org.openbbic.model.Person p : List.of(file.child(), guardian)) {
      assertThat(p.phone()).as(why).isNotBlank();
      assertThat(p.email()).as(why).isNotBlank();
      // names and streets no one else of the file has
      for (org.openbbic.model.Person other : people(plain)) {
        assertThat(other.givenName()).as(why).isNotEqualTo(p.givenName());
        assertThat(other.familyName()).as(why).isNotEqualTo(p.familyName());
        assertThat(other.address().street()).as(why).isNotEqualTo(p.address().street());
      }
    }
    assertThat(validator.validate(file, Signed.class)).as(why).isEmpty();
    BbicDocument application = new BbicGenerator(seed).document(FormType.APPLICATION, level);
    assertThat(
            ((org.openbbic.forms.Application) application)
                .applicants()
                .get(0)
                .person()
                .protection())
        .as(why)
        .isEqualTo(level);
  }

  private static List<org.openbbic.model.Person> people(CaseFile file) {
    List<org.openbbic.model.Person> all = new java.util.ArrayList<>();
    all.add(file.child());
    file.basicData().guardians().forEach(r -> all.add(r.person()));
    file.basicData().siblings().forEach(r -> all.add(r.person()));
    return all;
  }
}
