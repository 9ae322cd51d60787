package org.openbbic.export;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;
import java.beans.Introspector;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.openbbic.forms.FormLabels;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.FieldDefinition;
import org.openbbic.forms.meta.TypeDefinition;
import org.openbbic.model.code.InterventionKind;
import org.openbbic.model.code.ModelLabels;
import org.openbbic.model.code.NeedArea;
import org.openbbic.model.level.Draft;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Adds to the XSD that JAXB generates what holds at every validation level and JAXB leaves out: the
 * {@link Size#max() maximum lengths} and {@link Pattern patterns} of the {@link Draft} group (the
 * group every level validates), the code lists ({@link NeedArea}, {@link InterventionKind}, all
 * generations, as the JSON Schemas list them), the one exact form of a date and a date-time and of
 * an identifier, the batch root {@code caseFileBatch}, and an {@code xs:documentation} in Swedish
 * and English (the model's labels, as the printouts use them) on every type, element and code.
 * Required-ness is left out: it depends on the level (the JSON Schema of each level carries it),
 * and the XSD stays valid for drafts.
 */
final class XsdConstraints {

  static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
  private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  /** The named simple types this step adds, by the Java type they stand for. */
  private static final Map<Class<?>, String> NAMED =
      Map.of(
          LocalDate.class, "date",
          OffsetDateTime.class, "dateTime",
          UUID.class, "uuid",
          NeedArea.class, "needAreaCode",
          InterventionKind.class, "interventionKindCode");

  private static final List<String> MISSING = new ArrayList<>();

  private XsdConstraints() {}

  /** {@code xsd} with the level-independent constraints and the labels added. */
  static synchronized String apply(String xsd) throws Exception {
    MISSING.clear();
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xsd)));
    Element schema = doc.getDocumentElement();
    stripWhitespace(schema);
    Map<String, Class<?>> types = types();
    for (Element e : children(schema, "complexType")) {
      Class<?> type = types.get(e.getAttribute("name"));
      if (type == null) {
        throw new IllegalStateException("no model class for " + e.getAttribute("name"));
      }
      document(e, type.getSimpleName());
      for (Element child : children(only(children(e, "sequence")), "element")) {
        constrain(child, type);
      }
    }
    for (Element e : children(schema, "simpleType")) {
      Class<?> type = types.get(e.getAttribute("name"));
      if (type == null || !type.isEnum()) {
        throw new IllegalStateException("no enumeration for " + e.getAttribute("name"));
      }
      document(e, type.getSimpleName());
      for (Element value : children(only(children(e, "restriction")), "enumeration")) {
        document(value, type.getSimpleName() + "." + constantOf(type, value.getAttribute("value")));
      }
    }
    for (Element e : children(schema, "element")) {
      document(e, BbicModel.get().root(e.getAttribute("name")).orElseThrow().name());
    }
    if (!MISSING.isEmpty()) {
      throw new IllegalStateException("no Swedish and English label for " + MISSING);
    }
    addBatchRoot(schema);
    addNamedTypes(schema);
    return serialize(doc);
  }

  /** Every model class by its XSD type name. */
  private static Map<String, Class<?>> types() {
    Map<String, Class<?>> all = new LinkedHashMap<>();
    for (TypeDefinition t : BbicModel.get().types()) {
      all.put(typeName(t.type()), t.type());
      for (FieldDefinition f : t.fields()) {
        if (f.valueType().isEnum()) {
          all.put(typeName(f.valueType()), f.valueType());
        }
      }
    }
    return all;
  }

  private static String typeName(Class<?> c) {
    XmlType t = c.getAnnotation(XmlType.class);
    return t != null && !t.name().equals("##default")
        ? t.name()
        : Introspector.decapitalize(c.getSimpleName());
  }

  private static String constantOf(Class<?> enumType, String value) {
    for (Field f : enumType.getDeclaredFields()) {
      if (f.isEnumConstant()) {
        XmlEnumValue v = f.getAnnotation(XmlEnumValue.class);
        if ((v == null ? f.getName() : v.value()).equals(value)) {
          return f.getName();
        }
      }
    }
    throw new IllegalStateException("no constant " + value + " in " + enumType);
  }

  /** One element of a complex type: its label, and the constraints of its field. */
  private static void constrain(Element element, Class<?> owner) {
    String name =
        element.hasAttribute("ref")
            ? element.getAttribute("ref").substring(element.getAttribute("ref").indexOf(':') + 1)
            : element.getAttribute("name");
    FieldDefinition field = BbicModel.get().type(owner).field(name);
    if (field == null) {
      throw new IllegalStateException("no field " + name + " in " + owner);
    }
    document(element, field.labelKey());
    if (field.list()) {
      Element item =
          only(
              children(
                  only(children(only(children(element, "complexType")), "sequence")), "element"));
      if (item.hasAttribute("name")) {
        document(item, field.labelKey());
      }
      if (item.hasAttribute("type")) {
        restrict(item, field);
      }
    } else if (element.hasAttribute("type")) {
      restrict(element, field);
    }
  }

  /**
   * Gives a value element its named type (dates, identifiers, codes) or, for text with a length or
   * pattern of the draft group, an anonymous restriction of {@code xs:string}.
   */
  private static void restrict(Element element, FieldDefinition field) {
    Class<?> type = field.valueType();
    String named = NAMED.get(type);
    if (named != null) {
      element.setAttribute("type", "tns:" + named);
      return;
    }
    if (type != String.class) {
      return;
    }
    Integer max = field.maxLength().isPresent() ? field.maxLength().getAsInt() : null;
    List<String> patterns =
        field.pattern().map(p -> List.of(xsdPattern(p.pattern()))).orElse(List.of());
    if (max == null && patterns.isEmpty()) {
      return;
    }
    Document doc = element.getOwnerDocument();
    element.removeAttribute("type");
    Element simple = doc.createElementNS(XS, "xs:simpleType");
    Element restriction = doc.createElementNS(XS, "xs:restriction");
    restriction.setAttribute("base", "xs:string");
    if (max != null) {
      Element m = doc.createElementNS(XS, "xs:maxLength");
      m.setAttribute("value", Integer.toString(max));
      restriction.appendChild(m);
    }
    for (String pattern : patterns) {
      Element p = doc.createElementNS(XS, "xs:pattern");
      p.setAttribute("value", pattern);
      restriction.appendChild(p);
    }
    simple.appendChild(restriction);
    element.appendChild(simple);
  }

  /**
   * A Java pattern as an XSD pattern: XSD patterns match the whole value, so anchors go; a Java
   * construct XSD lacks fails the generation rather than change the meaning.
   */
  static String xsdPattern(String java) {
    String p = java;
    if (p.startsWith("^")) {
      p = p.substring(1);
    }
    if (p.endsWith("$") && !p.endsWith("\\$")) {
      p = p.substring(0, p.length() - 1);
    }
    if (p.contains("(?") || p.contains("^") || p.contains("$") || p.contains("\\b")) {
      throw new IllegalStateException("a pattern XSD cannot express: " + java);
    }
    return p;
  }

  /**
   * The named simple types: dates, date-times and identifiers in their one form, the code lists.
   */
  private static void addNamedTypes(Element schema) {
    simple(
        schema,
        "date",
        "xs:date",
        "Datum (ÅÅÅÅ-MM-DD)",
        "Date (YYYY-MM-DD)",
        List.of("[0-9]{4}-[0-9]{2}-[0-9]{2}"),
        List.of());
    simple(
        schema,
        "dateTime",
        "xs:dateTime",
        "Tidpunkt med tidszon (ÅÅÅÅ-MM-DDTtt:mm:ss och Z eller ±tt:mm)",
        "Date and time with offset (YYYY-MM-DDThh:mm:ss and Z or ±hh:mm)",
        List.of(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?"
                + "(Z|[+\\-](0[0-9]|1[0-3]):[0-5][0-9]|[+\\-]14:00)"),
        List.of());
    simple(
        schema,
        "uuid",
        "xs:token",
        "Dokument-id (UUID)",
        "Document identifier (UUID)",
        List.of("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"),
        List.of());
    simple(
        schema,
        "needAreaCode",
        "xs:token",
        label("NeedArea", SWEDISH),
        label("NeedArea", Locale.ENGLISH),
        List.of(),
        NeedArea.all().stream().map(NeedArea::code).toList());
    simple(
        schema,
        "interventionKindCode",
        "xs:token",
        label("InterventionKind", SWEDISH),
        label("InterventionKind", Locale.ENGLISH),
        List.of(),
        InterventionKind.all().stream().map(InterventionKind::code).toList());
  }

  private static void simple(
      Element schema,
      String name,
      String base,
      String sv,
      String en,
      List<String> patterns,
      List<String> codes) {
    Document doc = schema.getOwnerDocument();
    Element simple = doc.createElementNS(XS, "xs:simpleType");
    simple.setAttribute("name", name);
    annotate(simple, sv, en);
    Element restriction = doc.createElementNS(XS, "xs:restriction");
    restriction.setAttribute("base", base);
    for (String p : patterns) {
      Element e = doc.createElementNS(XS, "xs:pattern");
      e.setAttribute("value", p);
      restriction.appendChild(e);
    }
    for (String c : codes) {
      Element e = doc.createElementNS(XS, "xs:enumeration");
      e.setAttribute("value", c);
      restriction.appendChild(e);
    }
    simple.appendChild(restriction);
    schema.appendChild(simple);
  }

  /** {@code caseFileBatch}: the XML batch root, zero or more case files. */
  private static void addBatchRoot(Element schema) {
    Document doc = schema.getOwnerDocument();
    Element batch = doc.createElementNS(XS, "xs:element");
    batch.setAttribute("name", CaseFileBatchWriter.XML_BATCH_ELEMENT);
    annotate(
        batch,
        "Samling av personakter (en eller flera akter i ett dokument)",
        "Batch of case files (one or more case files in one document)");
    Element complex = doc.createElementNS(XS, "xs:complexType");
    Element sequence = doc.createElementNS(XS, "xs:sequence");
    Element item = doc.createElementNS(XS, "xs:element");
    item.setAttribute("ref", "tns:caseFile");
    item.setAttribute("minOccurs", "0");
    item.setAttribute("maxOccurs", "unbounded");
    sequence.appendChild(item);
    complex.appendChild(sequence);
    batch.appendChild(complex);
    Element first = children(schema, "complexType").get(0);
    schema.insertBefore(batch, first);
  }

  private static void document(Element e, String key) {
    String sv = label(key, SWEDISH);
    String en = label(key, Locale.ENGLISH);
    if (sv == null || en == null) {
      MISSING.add(key);
      return;
    }
    annotate(e, sv, en);
  }

  private static void annotate(Element e, String sv, String en) {
    Document doc = e.getOwnerDocument();
    Element annotation = doc.createElementNS(XS, "xs:annotation");
    for (String[] text : new String[][] {{"sv", sv}, {"en", en}}) {
      Element d = doc.createElementNS(XS, "xs:documentation");
      d.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", text[0]);
      d.setTextContent(text[1]);
      annotation.appendChild(d);
    }
    e.insertBefore(annotation, e.getFirstChild());
  }

  static String label(String key, Locale locale) {
    return FormLabels.BUNDLE
        .find(key, locale)
        .orElseGet(() -> ModelLabels.BUNDLE.find(key, locale).orElse(null));
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> out = new ArrayList<>();
    NodeList list = parent.getChildNodes();
    for (int i = 0; i < list.getLength(); i++) {
      if (list.item(i) instanceof Element e
          && XS.equals(e.getNamespaceURI())
          && e.getLocalName().equals(localName)) {
        out.add(e);
      }
    }
    return out;
  }

  private static Element only(List<Element> elements) {
    if (elements.size() != 1) {
      throw new IllegalStateException("expected one element, found " + elements.size());
    }
    return elements.get(0);
  }

  private static void stripWhitespace(Node node) {
    for (Node child = node.getFirstChild(); child != null; ) {
      Node next = child.getNextSibling();
      if (child.getNodeType() == Node.TEXT_NODE && child.getTextContent().isBlank()) {
        node.removeChild(child);
      } else if (child.getNodeType() == Node.ELEMENT_NODE) {
        stripWhitespace(child);
      }
      child = next;
    }
  }

  private static String serialize(Document doc) throws Exception {
    Transformer t = TransformerFactory.newDefaultInstance().newTransformer();
    t.setOutputProperty(OutputKeys.INDENT, "yes");
    t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
    t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
    doc.setXmlStandalone(true);
    StringWriter w = new StringWriter();
    t.transform(new DOMSource(doc), new StreamResult(w));
    String s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + w.toString().replace("\r\n", "\n");
    return s.endsWith("\n") ? s : s + "\n";
  }
}
