package org.openbbic.validation.internal;

import java.util.List;
import org.openbbic.model.code.CareBasis;
import org.openbbic.validation.DeadlineKind;
import org.openbbic.validation.Rule;

/**
 * The library's own rules, single-document first, then case-chain: one class per rule, each with
 * its {@link Declaration}.
 */
public final class BuiltInRules {

  /** Every built-in rule, in the order they run. */
  public static final List<Rule> ALL =
      List.of(
          // single documents
          new DeadlineRule(DeadlineKind.PROTECTION_ASSESSMENT),
          new DeadlineRule(DeadlineKind.INITIAL_ASSESSMENT),
          new DeadlineRule(DeadlineKind.INVESTIGATION),
          new ExtensionRule(),
          new InvestigationChildViewsRule(),
          new InitialAssessmentChildViewsRule(),
          new CommunicationRecordRule(),
          new ViolenceRule(),
          new AppealInstructionRule(),
          new CarePlanReviseByRule(),
          new NeedAreaGenerationRule(),
          new PlannedCompletionRule(),
          new DateOrderRule(),
          new IdentityNumberRule(),
          new AllNeedAreasAssessedRule(),
          new UniqueGoalIdRule(),
          new ChildSituationPeriodRule(),
          new ProtectionAssessmentRecordedRule(),
          new SignedBeforeCreatedRule(),
          new FutureDateRule(),
          // the case chain
          new OneChildRule(),
          new ReferenceRule(),
          new UniqueIdRule(),
          new ChainOrderRule(),
          new GoalNeedAreaRule(),
          new FollowUpGoalRule(),
          new CommunicationBeforeDecisionRule(),
          new DeadlineRule(DeadlineKind.RECONSIDERATION),
          new DeadlineRule(DeadlineKind.LVU_RECONSIDERATION),
          new DeadlineRule(DeadlineKind.LVU_REVIEW),
          new DeadlineRule(DeadlineKind.CARE_PLAN_REVISION),
          new ViolenceInvestigationRule(),
          new AdultAtStartRule(),
          new LvuAgeRule("BBIC-CASE-014", CareBasis.LVU_3),
          new Age21Rule(),
          new CircumventionRule(),
          new DeadlineRule(DeadlineKind.CUSTODY_TRANSFER),
          new PlacementImplementationPlanRule(),
          new AfterClosureRule(),
          new LvuAgeRule("BBIC-CASE-021", CareBasis.LVU_2),
          new LvuCareEndRule(),
          new PlacementCarePlanRule(),
          new ImplementationGoalTraceRule());

  private BuiltInRules() {}
}
