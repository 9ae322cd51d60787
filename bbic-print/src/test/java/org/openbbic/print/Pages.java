package org.openbbic.print;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.FieldDefinition;
import org.openbbic.model.TextLimits;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reading rendered pages back as XML, and the spec facts the tests compare them with. */
final class Pages {

  private Pages() {}

  /** The page parsed as XML; fails the test when it is not well-formed. */
  static Document parse(String xhtml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(false);
      f.setExpandEntityReferences(false);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b.parse(new InputSource(new StringReader(xhtml)));
    } catch (Exception e) {
      throw new AssertionError("page is not well-formed XHTML: " + e.getMessage(), e);
    }
  }

  /** Every element named {@code tag}. */
  static List<Element> elements(Document doc, String tag) {
    List<Element> list = new ArrayList<>();
    NodeList nodes = doc.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  /**
   * The texts of every heading ({@code h1}–{@code h6}) and table header cell, in document order,
   * outside the document header block.
   */
  static List<String> headingTexts(Document doc) {
    List<String> texts = new ArrayList<>();
    collect(doc.getDocumentElement(), texts, false);
    return texts;
  }

  private static void collect(Element e, List<String> texts, boolean headingsOnly) {
    String tag = e.getTagName();
    if (tag.equals("table") && e.getAttribute("class").contains("doc-header")) {
      return;
    }
    if (tag.matches("h[1-6]") || (!headingsOnly && tag.equals("th"))) {
      texts.add(e.getTextContent().strip());
      return;
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        collect(child, texts, headingsOnly);
      }
    }
  }

  /** The texts of the headings {@code h1}–{@code h6} only, in document order. */
  static List<String> headingsOnly(Document doc) {
    List<String> texts = new ArrayList<>();
    collect(doc.getDocumentElement(), texts, true);
    return texts;
  }

  /** The texts of the headings with CSS class {@code cssClass}, in document order. */
  static List<String> headingsOfClass(Document doc, String cssClass) {
    List<String> texts = new ArrayList<>();
    walk(doc.getDocumentElement(), texts, cssClass);
    return texts;
  }

  private static void walk(Element e, List<String> texts, String cssClass) {
    if (e.getTagName().matches("h[1-6]")
        && List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
      texts.add(e.getTextContent().strip());
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        walk(child, texts, cssClass);
      }
    }
  }

  /** The wire names of a model type's fields in the format's order. */
  static List<String> properties(Class<?> type) {
    return fields(type).stream().map(FieldDefinition::name).toList();
  }

  private static List<FieldDefinition> fields(Class<?> type) {
    return BbicModel.get().type(type).fields();
  }

  /** The value of property {@code name}, as the metamodel reads it. */
  static Object get(Object o, String name) {
    FieldDefinition f = BbicModel.get().type(o.getClass()).field(name);
    if (f == null) {
      throw new AssertionError("no field " + name + " in " + o.getClass().getSimpleName());
    }
    return f.get(o);
  }

  static boolean isEmpty(Object v) {
    return v == null
        || (v instanceof String s && s.isBlank())
        || (v instanceof Collection<?> c && c.isEmpty());
  }

  /** The document's free-text fields: strings longer than a name (TextLimits.NAME). */
  static List<String> freeTextFields(BbicDocument document) {
    List<String> names = new ArrayList<>();
    for (FieldDefinition f : fields(document.getClass())) {
      if (isText(f) && f.maxLength().orElse(Integer.MAX_VALUE) > TextLimits.NAME) {
        names.add(f.name());
      }
    }
    return names;
  }

  /** Every String property of the document, short or long. */
  static List<String> stringFields(BbicDocument document) {
    return fields(document.getClass()).stream()
        .filter(Pages::isText)
        .map(FieldDefinition::name)
        .toList();
  }

  private static boolean isText(FieldDefinition f) {
    return f.valueType() == String.class && !f.list();
  }

  /** Every List property of the document that is not empty. */
  static List<String> filledListFields(BbicDocument document) {
    List<String> names = new ArrayList<>();
    for (FieldDefinition f : fields(document.getClass())) {
      if (f.list() && !((List<?>) f.get(document)).isEmpty()) {
        names.add(f.name());
      }
    }
    return names;
  }

  /** Whether {@code expected} occurs in {@code actual} in the same order (a subsequence). */
  static int firstMissing(List<String> actual, List<String> expected) {
    int at = 0;
    for (int i = 0; i < expected.size(); i++) {
      int found = -1;
      for (int j = at; j < actual.size(); j++) {
        if (actual.get(j).equals(expected.get(i))) {
          found = j;
          break;
        }
      }
      if (found < 0) {
        return i;
      }
      at = found + 1;
    }
    return -1;
  }
}
