package org.openbbic.cli;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openbbic.forms.Application;
import org.openbbic.forms.AssignmentToProvider;
import org.openbbic.forms.BasicData;
import org.openbbic.forms.CarePlan;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.ChildSituationFollowUp;
import org.openbbic.forms.Closure;
import org.openbbic.forms.Decision;
import org.openbbic.forms.FollowUp;
import org.openbbic.forms.FormType;
import org.openbbic.forms.ImplementationPlan;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.InvestigationPlan;
import org.openbbic.forms.Reconsideration;
import org.openbbic.forms.Report;
import org.openbbic.forms.Review;

/** The document classes by form type and by wire root name. */
final class DocumentTypes {

  private static final Map<FormType, Class<?>> BY_FORM_TYPE = new LinkedHashMap<>();
  private static final Map<String, Class<?>> BY_ROOT = new LinkedHashMap<>();

  static {
    BY_FORM_TYPE.put(FormType.BASIC_DATA, BasicData.class);
    BY_FORM_TYPE.put(FormType.APPLICATION, Application.class);
    BY_FORM_TYPE.put(FormType.REPORT, Report.class);
    BY_FORM_TYPE.put(FormType.INVESTIGATION_PLAN, InvestigationPlan.class);
    BY_FORM_TYPE.put(FormType.INVESTIGATION, Investigation.class);
    BY_FORM_TYPE.put(FormType.CARE_PLAN, CarePlan.class);
    BY_FORM_TYPE.put(FormType.DECISION, Decision.class);
    BY_FORM_TYPE.put(FormType.ASSIGNMENT_TO_PROVIDER, AssignmentToProvider.class);
    BY_FORM_TYPE.put(FormType.IMPLEMENTATION_PLAN, ImplementationPlan.class);
    BY_FORM_TYPE.put(FormType.FOLLOW_UP, FollowUp.class);
    BY_FORM_TYPE.put(FormType.RECONSIDERATION, Reconsideration.class);
    BY_FORM_TYPE.put(FormType.REVIEW, Review.class);
    BY_FORM_TYPE.put(FormType.CHILD_SITUATION_FOLLOW_UP, ChildSituationFollowUp.class);
    BY_FORM_TYPE.put(FormType.CLOSURE, Closure.class);
    for (Class<?> type : BY_FORM_TYPE.values()) {
      BY_ROOT.put(rootName(type), type);
    }
    BY_ROOT.put(rootName(CaseFile.class), CaseFile.class);
  }

  private DocumentTypes() {}

  /** The XML root element (and the name users type) of a document class: {@code carePlan}. */
  static String rootName(Class<?> type) {
    return type.getAnnotation(XmlRootElement.class).name();
  }

  /** The class of a form type. */
  static Class<?> of(FormType type) {
    return BY_FORM_TYPE.get(type);
  }

  /**
   * The form type's code of a document class, {@code CASE_FILE} for a case file, {@code null} when
   * unknown.
   */
  static String formTypeName(Class<?> type) {
    if (type == CaseFile.class) {
      return "CASE_FILE";
    }
    for (Map.Entry<FormType, Class<?>> e : BY_FORM_TYPE.entrySet()) {
      if (e.getValue() == type) {
        return e.getKey().code();
      }
    }
    return null;
  }

  /**
   * The class a user names on the command line: a root name ({@code carePlan}), a form type ({@code
   * CARE_PLAN}, {@code care-plan}) or {@code case} for a case file.
   */
  static Optional<Class<?>> byUserName(String name) {
    if (name.equalsIgnoreCase("case") || name.equalsIgnoreCase("case-file")) {
      return Optional.of(CaseFile.class);
    }
    for (Map.Entry<String, Class<?>> e : BY_ROOT.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return Optional.of(e.getValue());
      }
    }
    String constant = name.replace('-', '_').toUpperCase(Locale.ROOT);
    for (FormType type : FormType.values()) {
      if (type.name().equals(constant)) {
        return Optional.of(of(type));
      }
    }
    return Optional.empty();
  }

  /** Every name {@link #byUserName} accepts as a root name, for help texts. */
  static Iterable<String> rootNames() {
    return BY_ROOT.keySet();
  }
}
