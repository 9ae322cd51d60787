package org.openbbic.export.internal;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openbbic.forms.Application;
import org.openbbic.forms.AssignmentToProvider;
import org.openbbic.forms.BasicData;
import org.openbbic.forms.BbicDocument;
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

/**
 * The root types of the format: every document class by form type, and the case file. Thread-safe.
 */
public final class DocumentTypes {

  private static final Map<FormType, Class<? extends BbicDocument>> BY_FORM_TYPE;

  static {
    Map<FormType, Class<? extends BbicDocument>> m = new LinkedHashMap<>();
    m.put(FormType.BASIC_DATA, BasicData.class);
    m.put(FormType.APPLICATION, Application.class);
    m.put(FormType.REPORT, Report.class);
    m.put(FormType.INVESTIGATION_PLAN, InvestigationPlan.class);
    m.put(FormType.INVESTIGATION, Investigation.class);
    m.put(FormType.CARE_PLAN, CarePlan.class);
    m.put(FormType.DECISION, Decision.class);
    m.put(FormType.ASSIGNMENT_TO_PROVIDER, AssignmentToProvider.class);
    m.put(FormType.IMPLEMENTATION_PLAN, ImplementationPlan.class);
    m.put(FormType.FOLLOW_UP, FollowUp.class);
    m.put(FormType.RECONSIDERATION, Reconsideration.class);
    m.put(FormType.REVIEW, Review.class);
    m.put(FormType.CHILD_SITUATION_FOLLOW_UP, ChildSituationFollowUp.class);
    m.put(FormType.CLOSURE, Closure.class);
    if (m.size() != FormType.values().length) {
      throw new IllegalStateException("a form type has no document class");
    }
    BY_FORM_TYPE = Collections.unmodifiableMap(m);
  }

  private DocumentTypes() {}

  /** The document class of a form type. */
  public static Class<? extends BbicDocument> of(FormType formType) {
    return BY_FORM_TYPE.get(formType);
  }

  /** The form type of a document class, or {@code null} for the case file. */
  public static FormType formTypeOf(Class<?> type) {
    for (Map.Entry<FormType, Class<? extends BbicDocument>> e : BY_FORM_TYPE.entrySet()) {
      if (e.getValue() == type) {
        return e.getKey();
      }
    }
    return null;
  }

  /** Every root class: the case file, then the documents in form-type order. */
  public static List<Class<?>> roots() {
    List<Class<?>> all = new java.util.ArrayList<>();
    all.add(CaseFile.class);
    all.addAll(BY_FORM_TYPE.values());
    return List.copyOf(all);
  }

  /** Whether {@code type} is a root type of the format. */
  public static boolean isRoot(Class<?> type) {
    return type == CaseFile.class || BY_FORM_TYPE.containsValue(type);
  }

  /** Refuses a type that is not a root of the format. */
  public static void requireRoot(Class<?> type) {
    if (!isRoot(type)) {
      throw new IllegalArgumentException(
          "not a BBIC document or case file type: " + type.getName());
    }
  }

  /** The XML root element name of a root type. */
  public static String rootName(Class<?> type) {
    XmlRootElement root = type.getAnnotation(XmlRootElement.class);
    if (root == null) {
      throw new IllegalArgumentException("no root element: " + type.getName());
    }
    return root.name();
  }
}
