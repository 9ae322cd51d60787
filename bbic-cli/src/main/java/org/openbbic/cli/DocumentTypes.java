package org.openbbic.cli;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;

/** The document classes by form type and by wire root name. */
final class DocumentTypes {

  private static final Map<String, Class<?>> BY_ROOT = new LinkedHashMap<>();

  static {
    for (FormType type : FormType.values()) {
      BY_ROOT.put(rootName(type.documentClass()), type.documentClass());
    }
    BY_ROOT.put(rootName(CaseFile.class), CaseFile.class);
  }

  private DocumentTypes() {}

  /** The XML root element (and the name users type) of a document class: {@code carePlan}. */
  static String rootName(Class<?> type) {
    return type.getAnnotation(XmlRootElement.class).name();
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
        return Optional.of(type.documentClass());
      }
    }
    return Optional.empty();
  }

  /** Every name {@link #byUserName} accepts as a root name, for help texts. */
  static Iterable<String> rootNames() {
    return BY_ROOT.keySet();
  }
}
