package org.openbbic.forms.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openbbic.forms.Application;
import org.openbbic.forms.AssignmentToProvider;
import org.openbbic.forms.BasicData;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CarePlan;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Decision;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Goal;
import org.openbbic.forms.ImplementationPlan;
import org.openbbic.forms.InitialAssessment;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.ProtectionAssessment;
import org.openbbic.forms.Report;
import org.openbbic.model.TextLimits;
import org.openbbic.model.level.ValidationLevel;

/**
 * The metamodel against what the model classes declare, written out here by hand so that a change
 * to an annotation shows: kinds, slots, event dates, references, done dates, goals, field order,
 * limits, accessors and builders.
 */
class BbicModelTest {

  private static final BbicModel MODEL = BbicModel.get();
  private static final UUID A = UUID.fromString("00000000-0000-4000-8000-00000000000a");
  private static final UUID B = UUID.fromString("00000000-0000-4000-8000-00000000000b");

  @Test
  void everyFormTypeHasOneKindWithItsClassRootAndSlot() {
    assertThat(MODEL.documentKinds()).hasSize(FormType.values().length);
    for (FormType t : FormType.values()) {
      DocumentKind<?> kind = MODEL.kind(t);
      assertThat(kind.formType()).isEqualTo(t);
      assertThat(kind.type()).isEqualTo(t.documentClass());
      assertThat(MODEL.kind(t.documentClass())).isSameAs(kind);
      assertThat(MODEL.root(kind.rootName()).orElseThrow()).isSameAs(kind.definition());
      assertThat(kind.caseFileSlot().owner()).isSameAs(MODEL.caseFile());
      assertThat(kind.caseFileSlot().valueType()).isEqualTo(t.documentClass());
    }
    Map<FormType, String> slots =
        MODEL.caseFileKinds().stream()
            .collect(
                Collectors.toMap(
                    DocumentKind::formType,
                    k -> k.caseFileSlot().name() + (k.caseFileSlot().list() ? "[]" : ""),
                    (a, b) -> a,
                    java.util.LinkedHashMap::new));
    assertThat(slots.values())
        .containsExactly(
            "basicData",
            "reports[]",
            "applications[]",
            "investigationPlans[]",
            "investigations[]",
            "decisions[]",
            "carePlans[]",
            "assignments[]",
            "implementationPlans[]",
            "followUps[]",
            "reconsiderations[]",
            "reviews[]",
            "childSituationFollowUps[]",
            "closures[]");
    assertThat(MODEL.roots().get(0)).isSameAs(MODEL.caseFile());
    assertThat(MODEL.root("caseFile")).contains(MODEL.caseFile());
    assertThat(MODEL.root("carePlan").orElseThrow().type()).isEqualTo(CarePlan.class);
    assertThat(MODEL.root("nothing")).isEmpty();
    assertThat(MODEL.isRoot(DocumentHeader.class)).isFalse();
    assertThat(MODEL.findKind(CaseFile.class)).isEmpty();
    assertThatThrownBy(() -> MODEL.type(String.class)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDocumentInterfaceIsSealedOverTheFormTypesClasses() {
    assertThat(BbicDocument.class.isSealed()).isTrue();
    assertThat(BbicDocument.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(
            MODEL.documentKinds().stream().map(DocumentKind::type).toArray(Class<?>[]::new));
  }

  @Test
  void eventDatesAreTheDeclaredFields() {
    Map<FormType, String> events =
        MODEL.documentKinds().stream()
            .filter(k -> k.eventDateField().isPresent())
            .collect(
                Collectors.toMap(
                    DocumentKind::formType,
                    k ->
                        k.eventDateField().orElseThrow().name()
                            + (k.eventDatePlanned() ? " (planned)" : "")));
    assertThat(events)
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry(FormType.REPORT, "receivedAt"),
                Map.entry(FormType.APPLICATION, "receivedDate"),
                Map.entry(FormType.INVESTIGATION_PLAN, "investigationOpenedAt"),
                Map.entry(FormType.INVESTIGATION, "openedAt"),
                Map.entry(FormType.DECISION, "decidedAt"),
                Map.entry(FormType.CARE_PLAN, "decidedAt"),
                Map.entry(FormType.ASSIGNMENT_TO_PROVIDER, "startDate (planned)"),
                Map.entry(FormType.IMPLEMENTATION_PLAN, "startDate (planned)"),
                Map.entry(FormType.FOLLOW_UP, "performedAt"),
                Map.entry(FormType.RECONSIDERATION, "performedAt"),
                Map.entry(FormType.REVIEW, "performedAt"),
                Map.entry(FormType.CHILD_SITUATION_FOLLOW_UP, "decidedAt"),
                Map.entry(FormType.CLOSURE, "closedAt")));
    assertThat(MODEL.kind(BasicData.class).eventDate(BasicData.builder().build())).isNull();
  }

  @Test
  void aDateTimeCountsByItsSwedishDate() {
    // 23:30 UTC on 31 December is 00:30 on 1 January in Stockholm (winter time, +01:00).
    Report report =
        Report.builder()
            .receivedAt(OffsetDateTime.of(2025, 12, 31, 23, 30, 0, 0, ZoneOffset.UTC))
            .build();
    DocumentKind.DatedValue event = MODEL.kind(Report.class).eventDate(report);
    assertThat(event.path()).isEqualTo("receivedAt");
    assertThat(event.date()).isEqualTo(LocalDate.of(2026, 1, 1));
  }

  @Test
  void referencesAndTheirTargetsAreTheDeclaredOnes() {
    Map<String, String> refs =
        MODEL.documentKinds().stream()
            .flatMap(k -> k.references().stream())
            .collect(
                Collectors.toMap(
                    r -> r.field().toString(),
                    r ->
                        r.targets().stream()
                            .map(Class::getSimpleName)
                            .collect(Collectors.joining(","))));
    assertThat(refs)
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("InvestigationPlan.initiatedBy[]:UUID", "Report,Application"),
                Map.entry("Investigation.initiatedBy[]:UUID", "Report,Application"),
                Map.entry("Investigation.planId:UUID", "InvestigationPlan"),
                Map.entry("Decision.investigationId:UUID", "Investigation"),
                Map.entry("CarePlan.decisionId:UUID", "Decision"),
                Map.entry("AssignmentToProvider.decisionId:UUID", "Decision"),
                Map.entry("ImplementationPlan.decisionId:UUID", "Decision"),
                Map.entry("ImplementationPlan.carePlanId:UUID", "CarePlan"),
                Map.entry("ImplementationPlan.assignmentId:UUID", "AssignmentToProvider"),
                Map.entry("FollowUp.planId:UUID", "ImplementationPlan,CarePlan"),
                Map.entry("Reconsideration.carePlanId:UUID", "CarePlan"),
                Map.entry("Review.decisionId:UUID", "Decision"),
                Map.entry("ChildSituationFollowUp.referenceId:UUID", "Investigation,CarePlan")));
  }

  @Test
  void referenceValuesCarryTheirPointersAndSkipAbsentIds() {
    Investigation inv = Investigation.builder().initiatedBy(List.of(A, B)).planId(null).build();
    List<Reference.Value> values = MODEL.kind(Investigation.class).referenceValues(inv);
    assertThat(values)
        .extracting(Reference.Value::pointer, Reference.Value::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/initiatedBy/0", A),
            org.assertj.core.groups.Tuple.tuple("/initiatedBy/1", B));
    Reference planId = MODEL.kind(Investigation.class).references().get(1);
    assertThat(planId.field().name()).isEqualTo("planId");
    assertThat(planId.accepts(org.openbbic.forms.InvestigationPlan.builder().build())).isTrue();
    assertThat(planId.accepts(Report.builder().build())).isFalse();
    assertThat(planId.accepts(null)).isFalse();
    assertThat(planId.targetKinds())
        .containsExactly(MODEL.kind(org.openbbic.forms.InvestigationPlan.class));
  }

  @Test
  void doneDatesComeHeaderFirstThenTheEventThenTheRestInWireOrder() {
    OffsetDateTime created = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(1));
    DocumentHeader header = DocumentHeader.builder().createdAt(created).build();
    Report report =
        Report.builder()
            .header(header)
            .receivedAt(created.plusDays(1))
            .protectionAssessment(
                ProtectionAssessment.builder().assessedAt(created.plusDays(2)).build())
            .initialAssessment(
                InitialAssessment.builder().decidedAt(LocalDate.of(2026, 3, 10)).build())
            .build();
    assertThat(MODEL.kind(Report.class).doneDates(report))
        .extracting(DocumentKind.DatedValue::path, DocumentKind.DatedValue::date)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("header/createdAt", LocalDate.of(2026, 3, 1)),
            org.assertj.core.groups.Tuple.tuple("receivedAt", LocalDate.of(2026, 3, 2)),
            org.assertj.core.groups.Tuple.tuple(
                "protectionAssessment/assessedAt", LocalDate.of(2026, 3, 3)),
            org.assertj.core.groups.Tuple.tuple(
                "initialAssessment/decidedAt", LocalDate.of(2026, 3, 10)));
    // A planned start is not a done date.
    AssignmentToProvider a =
        AssignmentToProvider.builder().header(header).startDate(LocalDate.of(2026, 4, 1)).build();
    assertThat(MODEL.kind(AssignmentToProvider.class).doneDates(a))
        .extracting(DocumentKind.DatedValue::path)
        .containsExactly("header/createdAt");
  }

  @Test
  void theReadyDateOfAnInvestigationIsItsCompletionWhenGiven() {
    DocumentKind<Investigation> kind = MODEL.kind(Investigation.class);
    Investigation open = Investigation.builder().openedAt(LocalDate.of(2026, 1, 5)).build();
    assertThat(kind.readyDate(open).path()).isEqualTo("openedAt");
    Investigation done = open.toBuilder().completedAt(LocalDate.of(2026, 4, 30)).build();
    assertThat(kind.readyDate(done).path()).isEqualTo("completedAt");
    assertThat(kind.readyDate(done).date()).isEqualTo(LocalDate.of(2026, 4, 30));
    Decision d = Decision.builder().decidedAt(LocalDate.of(2026, 5, 2)).build();
    assertThat(MODEL.kind(Decision.class).readyDate(d).path()).isEqualTo("decidedAt");
  }

  @Test
  void goalsAreReadFromThePlansThatSetThem() {
    assertThat(
            MODEL.documentKinds().stream()
                .filter(k -> !k.goalFields().isEmpty())
                .<Class<?>>map(DocumentKind::type))
        .containsExactlyInAnyOrder(
            CarePlan.class, AssignmentToProvider.class, ImplementationPlan.class);
    Goal g = Goal.builder().goalId("m1").build();
    CarePlan plan = CarePlan.builder().goals(List.of(g)).build();
    assertThat(MODEL.kind(CarePlan.class).goals(plan)).containsExactly(g);
    assertThat(MODEL.kind(Decision.class).goals(Decision.builder().build())).isEmpty();
  }

  @Test
  void withHeaderReplacesTheHeaderOfEveryKindAndLeavesTheRest() {
    DocumentHeader header = DocumentHeader.builder().caseId("Ä-1").documentId(A).build();
    for (DocumentKind<?> kind : MODEL.documentKinds()) {
      check(kind, header);
    }
  }

  private static <D extends BbicDocument> void check(DocumentKind<D> kind, DocumentHeader header) {
    D empty = kind.cast((BbicDocument) kind.definition().build(kind.definition().newBuilder()));
    D changed = kind.withHeader(empty, header);
    assertThat(changed).isInstanceOf(kind.type());
    assertThat(changed.header()).isEqualTo(header);
    assertThat(empty.header()).isNull();
    assertThat(kind.withHeader(changed, null)).isEqualTo(empty);
  }

  @Test
  void fieldsFollowTheWireOrderWithTheirKindsLimitsAndAccessors() {
    TypeDefinition decision = MODEL.type(Decision.class);
    assertThat(decision.fields())
        .extracting(FieldDefinition::name)
        .containsExactly(
            "header",
            "investigationId",
            "kind",
            "interventionKinds",
            "legalBasis",
            "decidedAt",
            "decidedBy",
            "validFrom",
            "validTo",
            "reasons",
            "appealInstruction",
            "informedAt");
    FieldDefinition kinds = decision.field("interventionKinds");
    assertThat(kinds.list()).isTrue();
    assertThat(kinds.itemName()).isEqualTo("interventionKind");
    assertThat(kinds.valueKind()).isEqualTo(ValueKind.CODE);
    assertThat(kinds.index()).isEqualTo(3);
    assertThat(decision.field("reasons").maxLength()).hasValue(TextLimits.LONG);
    assertThat(decision.field("reasons").valueKind()).isEqualTo(ValueKind.TEXT);
    assertThat(decision.field("decidedAt").valueKind()).isEqualTo(ValueKind.DATE);
    assertThat(decision.field("decidedAt").requiredFrom()).contains(ValidationLevel.COMPLETE);
    assertThat(decision.field("kind").requiredFrom()).contains(ValidationLevel.DRAFT);
    assertThat(decision.field("validTo").requiredFrom()).isEmpty();
    assertThat(decision.field("decidedBy").valueKind()).isEqualTo(ValueKind.OBJECT);
    assertThat(decision.field("decidedBy").definition().orElseThrow().type())
        .isEqualTo(org.openbbic.model.Decider.class);
    assertThat(decision.field("header").labelKey()).isEqualTo("Decision.header");
    assertThat(decision.field("decidedAt").lexicalForm().test("2026-02-30")).isTrue();
    assertThat(decision.field("decidedAt").lexicalForm().test("2026-2-3")).isFalse();
    assertThat(decision.field("reasons").lexicalForm()).isNull();
    FieldDefinition investigationId = decision.field("investigationId");
    assertThat(investigationId.lexicalForm().test("085cfc8d-c26e-4f70-8b62-000000036c70")).isTrue();
    // java.util.UUID.fromString takes this; the XSD's pattern does not (seed 4341372470892844465)
    assertThat(investigationId.lexicalForm().test("085cfc8d-c26e-4f70-8b62-36c70")).isFalse();
    assertThat(decision.field("nothing")).isNull();
    assertThat(MODEL.caseFile().field("schemaVersion").pattern().orElseThrow().pattern())
        .isEqualTo("[0-9]+\\.[0-9]+\\.[0-9]+");

    Decision d = Decision.builder().reasons("skäl").decidedAt(LocalDate.of(2026, 1, 2)).build();
    assertThat(decision.field("reasons").get(d)).isEqualTo("skäl");
    assertThat(decision.field("interventionKinds").get(d)).isEqualTo(List.of());
    assertThat(decision.field("validTo").get(d)).isNull();
    Decision changed = decision.with(d, decision.field("reasons"), "andra skäl");
    assertThat(changed.reasons()).isEqualTo("andra skäl");
    assertThat(changed.decidedAt()).isEqualTo(d.decidedAt());
    assertThat(d.reasons()).isEqualTo("skäl");
    assertThatThrownBy(
            () -> decision.set(decision.newBuilder(), MODEL.caseFile().field("caseId"), "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyFieldOfEveryTypeReadsWhatItsGetterReturnsAndRebuildsToAnEqualObject() {
    for (TypeDefinition def : MODEL.types()) {
      if (!def.hasBuilder()) {
        continue;
      }
      Object empty = def.build(def.newBuilder());
      Object copy = def.build(def.toBuilder(empty));
      assertThat(copy).as(def.name()).isEqualTo(empty);
      for (FieldDefinition f : def.fields()) {
        Object value = f.get(empty);
        if (f.list()) {
          assertThat((List<?>) value).as(f.toString()).isEmpty();
        } else {
          assertThat(value).as(f.toString()).isNull();
        }
        assertThat(def.with(empty, f, value)).as(f.toString()).isEqualTo(empty);
      }
    }
    assertThat(MODEL.types()).hasSizeGreaterThan(35);
  }

  @Test
  void caseFileDocumentsComeWithTheirPointersInSlotOrder() {
    Report r = Report.builder().build();
    Application app = Application.builder().build();
    Decision d1 = Decision.builder().build();
    Decision d2 = Decision.builder().reasons("x").build();
    CaseFile cf =
        CaseFile.builder()
            .basicData(BasicData.builder().build())
            .decisions(List.of(d1, d2))
            .applications(List.of(app))
            .reports(List.of(r))
            .build();
    assertThat(MODEL.documents(cf))
        .extracting(BbicModel.CaseDocument::pointer)
        .containsExactly(
            "/basicData", "/reports/0", "/applications/0", "/decisions/0", "/decisions/1");
    assertThat(cf.documents()).containsExactly(cf.basicData(), r, app, d1, d2);
  }
}
