package org.openbbic.forms;

import java.util.Locale;
import org.openbbic.model.code.Code;

/**
 * Informationsmängd (BBIC information set).
 *
 * <p>The wire code of each constant is its name; names are never changed or reused.
 *
 * @since 0.1
 */
public enum FormType implements Code {
  /** Grunduppgifter (Basic data). Information set 1. */
  BASIC_DATA,

  /** Ansökan om bistånd (Application for assistance). Information set 2. */
  APPLICATION,

  /**
   * Anmälan, Information på annat sätt (Report or other information). Information set 3, with
   * skyddsbedömning and förhandsbedömning.
   */
  REPORT,

  /** Utredningsplan (Investigation plan). Information set 4. */
  INVESTIGATION_PLAN,

  /** Beslutsunderlag (Investigation report). Information set 5. */
  INVESTIGATION,

  /** Vårdplan (Care plan). Information set 6. */
  CARE_PLAN,

  /** Beslut (Decision). Information set 7. */
  DECISION,

  /** Uppdrag till utförare (Assignment to provider). Information set 8. */
  ASSIGNMENT_TO_PROVIDER,

  /** Genomförandeplan (Implementation plan). Information sets 9-11, by kind. */
  IMPLEMENTATION_PLAN,

  /** Uppföljning (Follow-up). Information sets 12-13, by kind. */
  FOLLOW_UP,

  /** Övervägande (Reconsideration). Information set 14. */
  RECONSIDERATION,

  /** Omprövning (Review). Information set 15. */
  REVIEW,

  /** Uppföljning av ett barns situation (Follow-up of a child's situation). Information set 16. */
  CHILD_SITUATION_FOLLOW_UP,

  /** Avslut (Closure). Closes the case. */
  CLOSURE;

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return FormLabels.BUNDLE.get("FormType." + name(), locale);
  }

  /** The document class of this form type. */
  public Class<? extends BbicDocument> documentClass() {
    return switch (this) {
      case BASIC_DATA -> BasicData.class;
      case APPLICATION -> Application.class;
      case REPORT -> Report.class;
      case INVESTIGATION_PLAN -> InvestigationPlan.class;
      case INVESTIGATION -> Investigation.class;
      case CARE_PLAN -> CarePlan.class;
      case DECISION -> Decision.class;
      case ASSIGNMENT_TO_PROVIDER -> AssignmentToProvider.class;
      case IMPLEMENTATION_PLAN -> ImplementationPlan.class;
      case FOLLOW_UP -> FollowUp.class;
      case RECONSIDERATION -> Reconsideration.class;
      case REVIEW -> Review.class;
      case CHILD_SITUATION_FOLLOW_UP -> ChildSituationFollowUp.class;
      case CLOSURE -> Closure.class;
    };
  }

  /** The form type of a document class, if it is one. */
  public static java.util.Optional<FormType> of(Class<?> documentClass) {
    for (FormType type : values()) {
      if (type.documentClass() == documentClass) {
        return java.util.Optional.of(type);
      }
    }
    return java.util.Optional.empty();
  }
}
