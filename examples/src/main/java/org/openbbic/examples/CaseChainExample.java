package org.openbbic.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openbbic.forms.Activity;
import org.openbbic.forms.BasicData;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CarePlan;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.ChildConversation;
import org.openbbic.forms.Closure;
import org.openbbic.forms.Communication;
import org.openbbic.forms.Decision;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.DocumentStatus;
import org.openbbic.forms.FollowUp;
import org.openbbic.forms.FollowUpKind;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Goal;
import org.openbbic.forms.GoalFollowUp;
import org.openbbic.forms.GoalOutcome;
import org.openbbic.forms.ImplementationPlan;
import org.openbbic.forms.ImplementationPlanKind;
import org.openbbic.forms.InitialAssessment;
import org.openbbic.forms.InitialAssessmentDecision;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.InvestigationPlan;
import org.openbbic.forms.NeedAreaAssessment;
import org.openbbic.forms.Proposal;
import org.openbbic.forms.ProtectionAssessment;
import org.openbbic.forms.Reconsideration;
import org.openbbic.forms.Report;
import org.openbbic.forms.ReportKind;
import org.openbbic.model.CaseWorker;
import org.openbbic.model.Custody;
import org.openbbic.model.Decider;
import org.openbbic.model.DeciderKind;
import org.openbbic.model.Organisation;
import org.openbbic.model.Person;
import org.openbbic.model.PersonId;
import org.openbbic.model.Personnummer;
import org.openbbic.model.ProtectionLevel;
import org.openbbic.model.RelatedPerson;
import org.openbbic.model.Relation;
import org.openbbic.model.WireFormat;
import org.openbbic.model.code.CareBasis;
import org.openbbic.model.code.ClosureReason;
import org.openbbic.model.code.DecisionKind;
import org.openbbic.model.code.InterventionKind;
import org.openbbic.model.code.NeedArea;
import org.openbbic.model.code.PlacementForm;
import org.openbbic.model.code.ReporterCategory;
import org.openbbic.model.code.TriangleSide;

/**
 * Builds one fictitious child's whole BBIC case chain with the builders — report, protection
 * assessment, initial assessment, investigation plan, investigation with every need area, decision,
 * care plan, implementation plan, follow-up, reconsideration and closure — and prints a summary.
 *
 * <p>The identity numbers are in the 980–999 test series; every person and text is invented.
 */
public final class CaseChainExample {

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  private static final Locale SV = Locale.forLanguageTag("sv-SE");

  private CaseChainExample() {}

  /** Prints the summary of {@link #build()} in Swedish, or English with the argument {@code en}. */
  public static void main(String[] args) {
    Locale locale = args.length > 0 ? Locale.forLanguageTag(args[0]) : SV;
    print(build(), locale, System.out);
  }

  /** The example case file. */
  public static CaseFile build() {
    Personnummer childNumber = Personnummer.parse("20140512-9824");
    Person child =
        Person.builder()
            .id(PersonId.of(childNumber))
            .givenName("Elsa")
            .familyName("Testsson")
            .birthDate(childNumber.date())
            .protection(ProtectionLevel.NONE)
            .build();
    RelatedPerson mother = guardian("19860203-9847", "Maria", Relation.MOTHER);
    RelatedPerson father = guardian("19880917-9867", "Jonas", Relation.FATHER);

    Organisation committee =
        Organisation.builder()
            .municipalityCode("0180")
            .committeeName("Socialnämnden i Exempelstad")
            .unit("Barn och unga")
            .build();
    CaseWorker handlaggare =
        CaseWorker.builder().name("Sara Handläggare").title("Socialsekreterare").build();
    Decider delegate = Decider.builder().kind(DeciderKind.DELEGATE).name("Enhetschef Ek").build();
    Decider utskott =
        Decider.builder().kind(DeciderKind.SUBCOMMITTEE).name("Sociala utskottet").build();
    String caseId = "IFO-2025-00042";
    Headers headers = new Headers(caseId, child.id(), committee, handlaggare);

    OffsetDateTime received = at(LocalDate.of(2025, 3, 3), 9, 40);
    Report report =
        Report.builder()
            .header(headers.next(FormType.REPORT, received))
            .kind(ReportKind.ANMALAN)
            .receivedAt(received)
            .reporterCategory(ReporterCategory.SCHOOL)
            .mandatoryReporter(true)
            .concern("Skolan är orolig för Elsas frånvaro och för att hon ofta är hungrig.")
            .suspectedViolence(false)
            .protectionAssessment(
                ProtectionAssessment.builder()
                    .assessedAt(received.plusMinutes(80))
                    .assessedBy(handlaggare)
                    .immediateProtectionNeeded(false)
                    .actionTaken("Inget omedelbart skyddsbehov; förhandsbedömning inleds.")
                    .build())
            .initialAssessment(
                InitialAssessment.builder()
                    .contacts("Samtal med skolan och med båda vårdnadshavarna.")
                    .childHeard(true)
                    .assessment("Oron är allvarlig och behöver utredas.")
                    .decision(InitialAssessmentDecision.OPEN_INVESTIGATION)
                    .decidedAt(LocalDate.of(2025, 3, 12))
                    .decidedBy(delegate)
                    .reporterInformedAt(LocalDate.of(2025, 3, 13))
                    .build())
            .build();

    LocalDate opened = LocalDate.of(2025, 3, 12);
    List<NeedArea> areas = NeedArea.ofGeneration(NeedArea.CURRENT_GENERATION);
    NeedArea health = NeedArea.of("2016.HALSA");
    NeedArea basicCare = NeedArea.of("2016.GRUNDLAGGANDE_OMSORG");
    InvestigationPlan plan =
        InvestigationPlan.builder()
            .header(headers.next(FormType.INVESTIGATION_PLAN, at(opened.plusDays(2), 10, 0)))
            .addInitiatedBy(report.header().documentId())
            .investigationOpenedAt(opened)
            .addQuestion("Får Elsa den omsorg och det stöd hon behöver hemma?")
            .areasInFocus(List.of(health, basicCare))
            .addInstrument("SDQ")
            .childParticipation("Två enskilda samtal med Elsa i skolan.")
            .plannedCompletion(opened.plusMonths(4).minusDays(1))
            .build();

    List<NeedAreaAssessment> assessments = new ArrayList<>();
    for (NeedArea area : areas) {
      boolean need = area.equals(health) || area.equals(basicCare);
      assessments.add(
          NeedAreaAssessment.builder()
              .area(area)
              .description("Beskrivning av Elsas situation inom området.")
              .riskFactors(need ? "Brister som påverkar Elsas utveckling." : null)
              .protectiveFactors("Elsa har en nära relation till sin mormor.")
              .needIdentified(need)
              .build());
    }
    LocalDate completed = LocalDate.of(2025, 6, 27);
    Investigation investigation =
        Investigation.builder()
            .header(headers.next(FormType.INVESTIGATION, at(completed, 15, 0)))
            .addInitiatedBy(report.header().documentId())
            .planId(plan.header().documentId())
            .openedAt(opened)
            .reason(report.concern())
            .questions(plan.questions())
            .addChildConversation(
                ChildConversation.builder().heldAt(LocalDate.of(2025, 4, 2)).alone(true).build())
            .addChildConversation(
                ChildConversation.builder().heldAt(LocalDate.of(2025, 5, 7)).alone(true).build())
            .childViews("Elsa vill bo hos sin mormor under en tid och gå kvar i sin skola.")
            .guardianViews("Vårdnadshavarna samtycker till en placering hos mormor.")
            .assessments(assessments)
            .analysis("Elsas behov av grundläggande omsorg och hälsa tillgodoses inte hemma.")
            .proposal(
                Proposal.builder()
                    .decisionKind(DecisionKind.GRANTED)
                    .addInterventionKind(InterventionKind.of("PLACERING_FAMILJEHEM"))
                    .build())
            .communication(
                Communication.builder()
                    .communicated(true)
                    .communicatedAt(LocalDate.of(2025, 6, 23))
                    .method("Möte")
                    .recipients("Båda vårdnadshavarna")
                    .build())
            .completedAt(completed)
            .build();

    LocalDate decided = LocalDate.of(2025, 7, 3);
    LocalDate placementStart = LocalDate.of(2025, 7, 7);
    Decision decision =
        Decision.builder()
            .header(headers.next(FormType.DECISION, at(decided, 14, 0)))
            .investigationId(investigation.header().documentId())
            .kind(DecisionKind.GRANTED)
            .addInterventionKind(InterventionKind.of("PLACERING_FAMILJEHEM"))
            .legalBasis(CareBasis.SOL)
            .decidedAt(decided)
            .decidedBy(utskott)
            .validFrom(placementStart)
            .informedAt(decided.plusDays(1))
            .build();

    List<Goal> goals =
        List.of(
            Goal.builder()
                .goalId("G1")
                .description("Elsa får regelbundna måltider och kommer till skolan varje dag.")
                .addNeedArea(basicCare)
                .build(),
            Goal.builder()
                .goalId("G2")
                .description("Elsas tandvård och hälsokontroller är ordnade.")
                .addNeedArea(health)
                .build());
    CarePlan carePlan =
        CarePlan.builder()
            .header(headers.next(FormType.CARE_PLAN, at(decided, 15, 0)))
            .decisionId(decision.header().documentId())
            .legalBasis(CareBasis.SOL)
            .placementForm(PlacementForm.FAMILY_HOME)
            .placementStart(placementStart)
            .goals(goals)
            .parentContact("Umgänge med föräldrarna varje helg.")
            .decidedAt(decided)
            .reviseBy(placementStart.plusYears(2).minusDays(1))
            .build();

    ImplementationPlan implementationPlan =
        ImplementationPlan.builder()
            .header(
                headers.next(FormType.IMPLEMENTATION_PLAN, at(LocalDate.of(2025, 7, 14), 10, 0)))
            .kind(ImplementationPlanKind.PLACEMENT)
            .decisionId(decision.header().documentId())
            .carePlanId(carePlan.header().documentId())
            .goals(goals)
            .addActivity(
                Activity.builder()
                    .what("Mormor följer Elsa till skolan och till tandläkaren.")
                    .who("Familjehemmet")
                    .goalIds(List.of("G1", "G2"))
                    .build())
            .startDate(placementStart)
            .addFollowUpDate(LocalDate.of(2025, 10, 13))
            .build();

    FollowUp followUp =
        FollowUp.builder()
            .header(headers.next(FormType.FOLLOW_UP, at(LocalDate.of(2025, 10, 13), 10, 0)))
            .kind(FollowUpKind.CARE)
            .planId(implementationPlan.header().documentId())
            .performedAt(LocalDate.of(2025, 10, 13))
            .addGoalFollowUp(
                GoalFollowUp.builder().goalId("G1").outcome(GoalOutcome.ACHIEVED).build())
            .addGoalFollowUp(
                GoalFollowUp.builder().goalId("G2").outcome(GoalOutcome.PARTLY_ACHIEVED).build())
            .childViews("Elsa trivs hos mormor.")
            .build();

    Reconsideration reconsideration =
        Reconsideration.builder()
            .header(headers.next(FormType.RECONSIDERATION, at(LocalDate.of(2025, 12, 22), 13, 0)))
            .legalBasis(CareBasis.SOL)
            .carePlanId(carePlan.header().documentId())
            .performedAt(LocalDate.of(2025, 12, 22))
            .careStillNeeded(false)
            .childViews("Elsa vill flytta hem igen.")
            .decidedBy(utskott)
            .build();

    Closure closure =
        Closure.builder()
            .header(headers.next(FormType.CLOSURE, at(LocalDate.of(2026, 3, 31), 15, 0)))
            .closedAt(LocalDate.of(2026, 3, 31))
            .reason(ClosureReason.GOALS_MET)
            .childViews("Elsa är nöjd med hur det blev.")
            .build();

    BasicData basicData =
        BasicData.builder()
            .header(headers.next(FormType.BASIC_DATA, received.plusHours(2)))
            .child(child)
            .addGuardian(mother)
            .addGuardian(father)
            .language("svenska")
            .caseWorker(handlaggare)
            .build();

    return CaseFile.builder()
        .schemaVersion(WireFormat.SCHEMA_VERSION)
        .caseId(caseId)
        .child(child)
        .basicData(basicData)
        .addReport(report)
        .addInvestigationPlan(plan)
        .addInvestigation(investigation)
        .addDecision(decision)
        .addCarePlan(carePlan)
        .addImplementationPlan(implementationPlan)
        .addFollowUp(followUp)
        .addReconsideration(reconsideration)
        .addClosure(closure)
        .build();
  }

  /** Prints a readable summary of the chain; identity numbers are masked. */
  public static void print(CaseFile file, Locale locale, PrintStream out) {
    boolean en = "en".equals(locale.getLanguage());
    out.printf(
        "%s %s · %s %s · %d %s%n",
        en ? "Case file" : "Ärendekedja",
        file.caseId(),
        en ? "child" : "barn",
        file.child().id().masked(),
        file.documents().size(),
        en ? "documents" : "dokument");
    for (BbicDocument d : file.documents()) {
      DocumentHeader h = d.header();
      out.printf(
          "  %s  %-38s %s%n",
          h.createdAt().atZoneSameInstant(SWEDEN).toLocalDate(),
          h.formType().label(locale),
          h.status().label(locale));
    }
    Report report = file.reports().get(0);
    LocalDate received = report.receivedAt().atZoneSameInstant(SWEDEN).toLocalDate();
    LocalDate decided = report.initialAssessment().decidedAt();
    Investigation investigation = file.investigations().get(0);
    out.printf(
        "%s: %s, %d %s%n",
        en ? "Initial assessment" : "Förhandsbedömning",
        report.initialAssessment().decision().label(locale),
        ChronoUnit.DAYS.between(received, decided),
        en ? "days after the report" : "dagar efter anmälan");
    out.printf(
        "%s: %s – %s (%s %s)%n",
        en ? "Investigation" : "Utredning",
        investigation.openedAt(),
        investigation.completedAt(),
        en ? "four months end" : "fyra månader löper ut",
        investigation.openedAt().plusMonths(4));
    for (TriangleSide side : TriangleSide.values()) {
      List<String> needs =
          investigation.assessments().stream()
              .filter(a -> a.area().side() == side && Boolean.TRUE.equals(a.needIdentified()))
              .map(a -> a.area().label(locale))
              .toList();
      long assessed =
          investigation.assessments().stream().filter(a -> a.area().side() == side).count();
      out.printf(
          "  %-24s %d %s; %s: %s%n",
          side.label(locale),
          assessed,
          en ? "areas assessed" : "behovsområden bedömda",
          en ? "needs" : "behov",
          needs.isEmpty() ? "–" : String.join(", ", needs));
    }
    out.printf(
        "%s: %s, %s%n",
        en ? "Decision" : "Beslut",
        file.decisions().get(0).kind().label(locale),
        file.decisions().get(0).decidedAt());
    out.printf(
        "%s: %s, %s %d%n",
        en ? "Care plan" : "Vårdplan",
        file.carePlans().get(0).placementForm().label(locale),
        en ? "goals" : "mål",
        file.carePlans().get(0).goals().size());
    out.printf(
        "%s: %s, %s%n",
        en ? "Closure" : "Avslut",
        file.closures().get(0).closedAt(),
        file.closures().get(0).reason().label(locale));
  }

  private static RelatedPerson guardian(String number, String givenName, Relation relation) {
    Personnummer personnummer = Personnummer.parse(number);
    return RelatedPerson.builder()
        .person(
            Person.builder()
                .id(PersonId.of(personnummer))
                .givenName(givenName)
                .familyName("Testsson")
                .birthDate(personnummer.date())
                .protection(ProtectionLevel.NONE)
                .build())
        .relation(relation)
        .custody(Custody.SHARED)
        .build();
  }

  private static OffsetDateTime at(LocalDate date, int hour, int minute) {
    return date.atTime(hour, minute).atZone(SWEDEN).toOffsetDateTime();
  }

  /** Makes the headers of one case: same case, child, committee and author; signed documents. */
  private record Headers(String caseId, PersonId child, Organisation committee, CaseWorker author) {
    DocumentHeader next(FormType type, OffsetDateTime createdAt) {
      return DocumentHeader.newDocument(type, createdAt)
          .status(DocumentStatus.SIGNED)
          .caseId(caseId)
          .child(child)
          .organisation(committee)
          .author(author)
          .signedAt(createdAt.plusHours(1))
          .signedBy(author)
          .build();
    }
  }
}
