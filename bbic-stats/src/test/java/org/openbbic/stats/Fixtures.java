package org.openbbic.stats;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.openbbic.forms.BasicData;
import org.openbbic.forms.CarePlan;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.ChildConversation;
import org.openbbic.forms.Closure;
import org.openbbic.forms.Decision;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.DocumentStatus;
import org.openbbic.forms.FormType;
import org.openbbic.forms.InitialAssessment;
import org.openbbic.forms.InitialAssessmentDecision;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.NeedAreaAssessment;
import org.openbbic.forms.ProtectionAssessment;
import org.openbbic.forms.Report;
import org.openbbic.forms.ReportKind;
import org.openbbic.model.CaseWorker;
import org.openbbic.model.Person;
import org.openbbic.model.PersonId;
import org.openbbic.model.Personnummer;
import org.openbbic.model.ProtectionLevel;
import org.openbbic.model.WireFormat;
import org.openbbic.model.code.CareBasis;
import org.openbbic.model.code.ClosureReason;
import org.openbbic.model.code.DecisionKind;
import org.openbbic.model.code.InterventionKind;
import org.openbbic.model.code.NeedArea;
import org.openbbic.model.code.PlacementForm;
import org.openbbic.model.code.ReporterCategory;

/** Small builders of hand-made case files for the tests. Dates are Swedish local dates. */
final class Fixtures {

  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  /** A leap-year half year: 1 January – 30 June 2024. */
  static final LocalDate FROM = LocalDate.of(2024, 1, 1);

  static final LocalDate TO = LocalDate.of(2024, 6, 30);

  static final CaseWorker WORKER_A =
      CaseWorker.builder().name("Anna Handläggare").staffId("hl1001").build();
  static final CaseWorker WORKER_B =
      CaseWorker.builder().name("Bo Handläggare").staffId("hl1002").build();

  private Fixtures() {}

  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  static OffsetDateTime at(LocalDate date, int hour, int minute) {
    return date.atTime(hour, minute).atZone(SWEDEN).toOffsetDateTime();
  }

  static OffsetDateTime at(LocalDate date) {
    return at(date, 10, 0);
  }

  static DocumentHeader header(FormType type, LocalDate created) {
    return DocumentHeader.newDocument(type, at(created))
        .status(DocumentStatus.SIGNED)
        .caseId("T-1")
        .author(WORKER_A)
        .build();
  }

  /** A child with a test personnummer; birth number 980–999 (odd third digit: boy). */
  static Person child(LocalDate birth, int birthNumber) {
    Personnummer pnr = Personnummer.of(birth, birthNumber, false);
    return Person.builder()
        .id(PersonId.of(pnr))
        .givenName("Testbarn")
        .familyName("Testsson")
        .birthDate(birth)
        .protection(ProtectionLevel.NONE)
        .build();
  }

  static Report anmalan(LocalDate received, ReporterCategory reporter) {
    return Report.builder()
        .header(header(FormType.REPORT, received))
        .kind(ReportKind.ANMALAN)
        .receivedAt(at(received))
        .reporterCategory(reporter)
        .build();
  }

  static Report withProtection(Report r, LocalDate assessed) {
    return r.toBuilder()
        .protectionAssessment(
            ProtectionAssessment.builder()
                .assessedAt(at(assessed, 16, 0))
                .immediateProtectionNeeded(false)
                .build())
        .build();
  }

  static Report withDecision(
      Report r, InitialAssessmentDecision decision, LocalDate decided, String extensionReason) {
    return r.toBuilder()
        .initialAssessment(
            InitialAssessment.builder()
                .decision(decision)
                .decidedAt(decided)
                .extensionReason(extensionReason)
                .build())
        .build();
  }

  static Investigation investigation(LocalDate opened, LocalDate completed) {
    return Investigation.builder()
        .header(header(FormType.INVESTIGATION, opened))
        .openedAt(opened)
        .completedAt(completed)
        .build();
  }

  static Investigation heard(Investigation inv, boolean alone) {
    return inv.toBuilder()
        .addChildConversation(
            ChildConversation.builder().heldAt(inv.openedAt().plusDays(3)).alone(alone).build())
        .build();
  }

  static NeedAreaAssessment area(String code, boolean need) {
    return NeedAreaAssessment.builder().area(NeedArea.of(code)).needIdentified(need).build();
  }

  static Decision decision(LocalDate decided, DecisionKind kind, String... interventions) {
    Decision.Builder b =
        Decision.builder().header(header(FormType.DECISION, decided)).kind(kind).decidedAt(decided);
    for (String code : interventions) {
      b.addInterventionKind(InterventionKind.of(code));
    }
    return b.build();
  }

  static CarePlan carePlan(
      LocalDate decided, LocalDate start, PlacementForm form, CareBasis basis) {
    return CarePlan.builder()
        .header(header(FormType.CARE_PLAN, decided))
        .legalBasis(basis)
        .placementForm(form)
        .placementStart(start)
        .decidedAt(decided)
        .build();
  }

  static Closure closure(LocalDate closed) {
    return Closure.builder()
        .header(header(FormType.CLOSURE, closed))
        .closedAt(closed)
        .reason(ClosureReason.GOALS_MET)
        .build();
  }

  static BasicData basicData(Person child, CaseWorker worker, Boolean unaccompanied) {
    return BasicData.builder()
        .header(header(FormType.BASIC_DATA, d(2020, 1, 1)))
        .child(child)
        .caseWorker(worker)
        .unaccompaniedMinor(unaccompanied)
        .build();
  }

  static CaseFile.Builder caseFile(String caseId, Person child) {
    return CaseFile.builder().schemaVersion(WireFormat.SCHEMA_VERSION).caseId(caseId).child(child);
  }

  static FollowUpResult report(CaseFile... files) {
    FollowUpReport r = FollowUpReport.builder().period(FROM, TO).build();
    for (CaseFile f : files) {
      r.add(f);
    }
    return r.result();
  }

  @SafeVarargs
  static <T> List<T> list(T... items) {
    return new ArrayList<>(List.of(items));
  }
}
