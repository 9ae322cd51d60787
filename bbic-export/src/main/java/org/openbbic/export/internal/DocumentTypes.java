package org.openbbic.export.internal;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;

/**
 * The root types of the format: every document class by form type, and the case file. Thread-safe.
 */
public final class DocumentTypes {

  private DocumentTypes() {}

  /** The document class of a form type. */
  public static Class<? extends BbicDocument> of(FormType formType) {
    return formType.documentClass();
  }

  /** The form type of a document class, or {@code null} for the case file. */
  public static FormType formTypeOf(Class<?> type) {
    return FormType.of(type).orElse(null);
  }

  /** Every root class: the case file, then the documents in form-type order. */
  public static List<Class<?>> roots() {
    List<Class<?>> all = new java.util.ArrayList<>();
    all.add(CaseFile.class);
    for (FormType type : FormType.values()) {
      all.add(type.documentClass());
    }
    return List.copyOf(all);
  }

  /** Whether {@code type} is a root type of the format. */
  public static boolean isRoot(Class<?> type) {
    return type == CaseFile.class || FormType.of(type).isPresent();
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
