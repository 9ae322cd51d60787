package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.RepeatedTest;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Decision;
import org.openbbic.forms.FollowUp;
import org.openbbic.forms.GoalFollowUp;
import org.openbbic.forms.ImplementationPlan;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.NeedAreaAssessment;
import org.openbbic.forms.Report;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;

/**
 * Property: a valid generated case file with exactly one field broken yields exactly the expected
 * code at the expected pointer, and nothing else.
 */
class SingleBrokenFieldPropertyTest {

  private static final BbicValidator VALIDATOR = BbicValidator.builder().build();

  /** One way to break a case file, with the code and pointer it must yield. */
  private static final class Breakage {
    final String name;
    final String code;
    final String pointer;
    final UnaryOperator<CaseFile> apply;

    Breakage(String name, String code, String pointer, UnaryOperator<CaseFile> apply) {
      this.name = name;
      this.code = code;
      this.pointer = pointer;
      this.apply = apply;
    }
  }

  private static List<Breakage> breakages(CaseFile cf, SplittableRandom random) {
    List<Breakage> all = new ArrayList<>();
    Investigation inv = cf.investigations().get(0);
    int area = random.nextInt(inv.assessments().size());
    all.add(
        new Breakage(
            "assessment without needIdentified",
            "BBIC-FLD-001",
            "/investigations/0/assessments/" + area + "/needIdentified",
            c -> {
              List<NeedAreaAssessment> a = new ArrayList<>(inv.assessments());
              a.set(area, a.get(area).toBuilder().needIdentified(null).build());
              return c.toBuilder()
                  .investigations(List.of(inv.toBuilder().assessments(a).build()))
                  .build();
            }));
    all.add(
        new Breakage(
            "investigation without analysis",
            "BBIC-FLD-001",
            "/investigations/0/analysis",
            c ->
                c.toBuilder()
                    .investigations(List.of(inv.toBuilder().analysis(null).build()))
                    .build()));
    all.add(
        new Breakage(
            "investigation without child's views",
            "BBIC-DOC-005",
            "/investigations/0/childViews",
            c ->
                c.toBuilder()
                    .investigations(
                        List.of(
                            inv.toBuilder()
                                .childViews(null)
                                .childViewsNotObtainedReason(null)
                                .build()))
                    .build()));
    ImplementationPlan plan = cf.implementationPlans().get(0);
    int goal = random.nextInt(plan.goals().size());
    all.add(
        new Breakage(
            "goal with a malformed id",
            "BBIC-FLD-004",
            "/implementationPlans/0/goals/" + goal + "/goalId",
            c -> {
              var goals = new ArrayList<>(plan.goals());
              goals.set(goal, goals.get(goal).toBuilder().goalId("bad id " + goal).build());
              // the follow-up refers to the goal by id: keep it pointing at the renamed goal
              FollowUp f = c.followUps().get(0);
              List<GoalFollowUp> outcomes = new ArrayList<>();
              for (GoalFollowUp o : f.goalFollowUps()) {
                outcomes.add(
                    o.goalId().equals(plan.goals().get(goal).goalId())
                        ? o.toBuilder().goalId("bad id " + goal).build()
                        : o);
              }
              return c.toBuilder()
                  .implementationPlans(List.of(plan.toBuilder().goals(goals).build()))
                  .followUps(List.of(f.toBuilder().goalFollowUps(outcomes).build()))
                  .build();
            }));
    Report report = cf.reports().get(0);
    LocalDate received =
        report
            .receivedAt()
            .atZoneSameInstant(java.time.ZoneId.of("Europe/Stockholm"))
            .toLocalDate();
    int lateBy = 1 + random.nextInt(5);
    all.add(
        new Breakage(
            "initial decision after 14 days",
            "BBIC-DOC-002",
            "/reports/0/initialAssessment/decidedAt",
            c ->
                c.toBuilder()
                    .reports(
                        List.of(
                            report.toBuilder()
                                .initialAssessment(
                                    report.initialAssessment().toBuilder()
                                        .decidedAt(received.plusDays(14 + lateBy))
                                        .build())
                                .build()))
                    .build()));
    Decision decision = cf.decisions().get(0);
    all.add(
        new Breakage(
            "decision without decider",
            "BBIC-FLD-001",
            "/decisions/0/decidedBy",
            c ->
                c.toBuilder()
                    .decisions(List.of(decision.toBuilder().decidedBy(null).build()))
                    .build()));
    FollowUp f = cf.followUps().get(0);
    int outcome = random.nextInt(f.goalFollowUps().size());
    all.add(
        new Breakage(
            "follow-up of an unknown goal",
            "BBIC-CASE-006",
            "/followUps/0/goalFollowUps/" + outcome + "/goalId",
            c -> {
              List<GoalFollowUp> o = new ArrayList<>(f.goalFollowUps());
              o.set(outcome, o.get(outcome).toBuilder().goalId("unknown").build());
              return c.toBuilder()
                  .followUps(List.of(f.toBuilder().goalFollowUps(o).build()))
                  .build();
            }));
    org.openbbic.forms.BasicData bd = cf.basicData();
    String number = bd.child().id().value();
    String wrong =
        number.substring(0, 11) + ((number.charAt(11) - '0' + 1 + random.nextInt(9)) % 10);
    all.add(
        new Breakage(
            "basic data with a wrong check digit",
            "BBIC-DOC-014",
            "/basicData/child/id/value",
            c ->
                c.toBuilder()
                    .basicData(
                        bd.toBuilder()
                            .child(
                                bd.child().toBuilder()
                                    .id(
                                        org.openbbic.model.PersonId.of(
                                            org.openbbic.model.IdType.PERSONNUMMER, wrong))
                                    .build())
                            .build())
                    .build()));
    FollowUp fu = cf.followUps().get(0);
    LocalDate planStart =
        cf.implementationPlans().stream()
            .filter(p -> p.header().documentId().equals(fu.planId()))
            .findFirst()
            .map(ImplementationPlan::startDate)
            .orElseThrow();
    int early = 1 + random.nextInt(10);
    all.add(
        new Breakage(
            "follow-up before the plan it follows up",
            "BBIC-CASE-004",
            "/followUps/0/performedAt",
            c ->
                c.toBuilder()
                    .followUps(
                        List.of(fu.toBuilder().performedAt(planStart.minusDays(early)).build()))
                    .build()));
    return all;
  }

  @RepeatedTest(30)
  void oneBrokenFieldYieldsExactlyItsCodeAtItsPointer() {
    long seed = Seeds.seed();
    CaseFile cf = new BbicGenerator(seed).caseFile();
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate asOf = TestCases.lastDate(cf).plusDays(30);
    for (Breakage b : breakages(cf, random)) {
      CaseFile broken = b.apply.apply(cf);
      ValidationReport report =
          VALIDATOR.validateCase(broken, ValidationLevel.SIGNED, asOf, Locale.ENGLISH);
      assertThat(report.findings())
          .as("%s: %s -> %s", Seeds.describe(seed), b.name, report.findings())
          .filteredOn(x -> x.severity() != Severity.INFO)
          .extracting(Finding::code, Finding::pointer)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(b.code, b.pointer));
    }
  }
}
