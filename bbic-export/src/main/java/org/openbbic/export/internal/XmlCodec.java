package org.openbbic.export.internal;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.DateTimeException;
import java.util.Map;
import java.util.function.Supplier;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.openbbic.export.BbicSchemas;
import org.openbbic.export.ExportCodes;
import org.openbbic.export.ReadLimits;
import org.openbbic.export.Strictness;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.FieldDefinition;
import org.openbbic.forms.meta.TypeDefinition;
import org.openbbic.forms.meta.ValueKind;
import org.openbbic.model.code.UnknownCodeException;
import org.openbbic.validation.FindingSource;
import org.openbbic.validation.Severity;
import org.openbbic.validation.internal.FindingSink;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The JAXB 4 set-up of the format and the XML read pipeline (limits, syntax and refused constructs,
 * then binding; see {@link #read} for when the published XSD is applied). Thread-safe once built:
 * marshallers and unmarshallers are made per call.
 */
public final class XmlCodec {

  private final ReadLimits limits;
  private final ReadErrors errors;
  private final XMLInputFactory inputFactory;
  private final XMLOutputFactory outputFactory;

  /** The JAXB context, made on first XML use. */
  private volatile JAXBContext context;

  /** The compiled XSD, made on first need (writing a schema or reading a document not clean). */
  private volatile Schema schema;

  /**
   * A codec reading within {@code limits}. The JAXB context and the XSD are loaded on first use, so
   * a JSON-only user (and a one-file command-line run) never pays for them.
   */
  public XmlCodec(ReadLimits limits, Strictness strictness) {
    this.limits = limits;
    this.errors = ReadErrors.of(strictness);
    this.inputFactory = newInputFactory();
    this.outputFactory = XMLOutputFactory.newDefaultFactory();
  }

  /** The JAXB context of every root type. */
  public JAXBContext context() {
    JAXBContext c = context;
    if (c == null) {
      synchronized (this) {
        c = context;
        if (c == null) {
          try {
            c =
                JAXBContext.newInstance(
                    BbicModel.get().roots().stream()
                        .map(TypeDefinition::type)
                        .toArray(Class<?>[]::new));
          } catch (JAXBException e) {
            throw new IllegalStateException("cannot set up the XML binding", e);
          }
          context = c;
        }
      }
    }
    return c;
  }

  /** The published XSD, compiled once. */
  public Schema schema() {
    Schema s = schema;
    if (s == null) {
      synchronized (this) {
        s = schema;
        if (s == null) {
          s = loadSchema();
          schema = s;
        }
      }
    }
    return s;
  }

  /**
   * A StAX factory with DTDs, external entities and external access off: the JDK's own
   * implementation, never one found on the class path.
   */
  public static XMLInputFactory newInputFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    f.setProperty(XMLInputFactory.IS_VALIDATING, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return f;
  }

  /** A schema factory that never reaches outside the class path. */
  public static SchemaFactory newSchemaFactory() {
    SchemaFactory sf = SchemaFactory.newDefaultInstance();
    try {
      sf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXException e) {
      throw new IllegalStateException("cannot harden the schema factory", e);
    }
    sf.setResourceResolver(new ClasspathSchemaResolver());
    return sf;
  }

  private static Schema loadSchema() {
    try (InputStream in = BbicSchemas.xsd().openStream()) {
      return newSchemaFactory().newSchema(new StreamSource(in, BbicSchemas.XSD_RESOURCE));
    } catch (IOException | SAXException e) {
      throw new IllegalStateException("cannot load the published XSD", e);
    }
  }

  /**
   * A marshaller of one root object into a StAX writer, as a fragment (the caller writes the XML
   * declaration; {@link XmlOutput} indents).
   */
  private Marshaller fragmentMarshaller() {
    try {
      Marshaller m = context().createMarshaller();
      m.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
      m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.FALSE);
      m.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
      return m;
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot set up the XML writer", e);
    }
  }

  /** Writes {@code value} as an indented UTF-8 XML document. */
  public void write(Object value, OutputStream out) throws JAXBException, XMLStreamException {
    XMLStreamWriter w = outputFactory.createXMLStreamWriter(out, "UTF-8");
    w.writeStartDocument("UTF-8", "1.0");
    w.writeCharacters("\n");
    marshal(value, w, true, 0);
    w.writeCharacters("\n");
    w.writeEndDocument();
    w.flush();
    w.close();
  }

  /**
   * Marshals one root object into {@code w} as a fragment, date-times with seconds, indented from
   * {@code depth} when asked.
   */
  public void marshal(Object value, XMLStreamWriter w, boolean indent, int depth)
      throws JAXBException {
    fragmentMarshaller().marshal(value, new XmlOutput(w, value.getClass(), indent, depth));
  }

  /** A StAX writer for batches. */
  public XMLStreamWriter streamWriter(OutputStream out) throws XMLStreamException {
    return outputFactory.createXMLStreamWriter(out, "UTF-8");
  }

  /** A hardened StAX reader over a stream. */
  public XMLStreamReader streamReader(InputStream in) throws XMLStreamException {
    return inputFactory.createXMLStreamReader(in);
  }

  /** A new unmarshaller validating against the XSD and reporting into {@code tracker}'s sink. */
  public Unmarshaller unmarshaller(XmlTracker tracker, FindingSink[] sink) throws JAXBException {
    Unmarshaller u = context().createUnmarshaller();
    u.setSchema(schema());
    u.setEventHandler(new Handler(tracker, sink, errors));
    return u;
  }

  /**
   * Reads one untrusted document. Returns the object, or {@code null} when a finding blocks it;
   * never throws for bad content.
   *
   * <p>A clean document is bound in one pass through SAX without the XSD: the {@link
   * XmlCleanFilter} checks everything the schema would (structure, order, no attributes, no text
   * between elements, the exact lexical form of every date, date-time, yes/no and enumerated value)
   * and anything it is unsure of sends the document down the exact path, which validates against
   * the published XSD in the same pass (StAX, with the {@link XmlTracker}) and reports each
   * problem. A document gets the same findings either way.
   */
  public <T> T read(
      byte[] bytes, int length, Class<T> type, FindingSink sink, AfterBind afterBind) {
    return read(bytes, length, type, sink, afterBind, true);
  }

  /** {@link #read}, with the one-pass attempt left out when {@code tryClean} is false. */
  <T> T read(
      byte[] bytes,
      int length,
      Class<T> type,
      FindingSink sink,
      AfterBind afterBind,
      boolean tryClean) {
    Positions positions = new Positions(bytes, length);
    Clean<T> clean = tryClean ? readClean(bytes, length, type, positions) : null;
    T value;
    Supplier<Map<String, int[]>> located;
    if (clean != null) {
      value = clean.value();
      located = clean.positions();
    } else {
      XmlTracker tracker = new XmlTracker(null, limits, errors, type, null);
      try {
        value = bind(bytes, length, type, sink, positions, tracker);
      } catch (XMLStreamException | JAXBException e) {
        failure(e, sink, positions, tracker.rootClosed());
        return null;
      }
      if (value != null && sink.hasBlocking()) {
        value = null;
      }
      located = tracker::positions;
    }
    if (value != null && afterBind != null) {
      value = type.cast(afterBind.apply(value, sink));
    }
    sink.resolvePositions(wanted -> located.get());
    return value;
  }

  /** A document bound in one pass, and where its elements start (for findings made later). */
  record Clean<T>(T value, Supplier<Map<String, int[]>> positions) {}

  /**
   * Binds a document in one pass through a hardened SAX parser and the {@link XmlCleanFilter}, or
   * returns {@code null} when it is not plainly clean (the filter, the parser or the binding
   * objected).
   */
  <T> Clean<T> readClean(byte[] bytes, int length, Class<T> type, Positions positions) {
    XmlCleanFilter filter = new XmlCleanFilter(SAX_PARSERS.get(), limits, type);
    try {
      Unmarshaller u = context().createUnmarshaller();
      u.setEventHandler(event -> false);
      JAXBElement<T> element =
          u.unmarshal(
              new SAXSource(filter, new InputSource(new ByteArrayInputStream(bytes, 0, length))),
              type);
      T value = element.getValue();
      if (value == null) {
        return null;
      }
      XmlTags tags = new XmlTags(bytes, length, positions);
      return new Clean<>(value, () -> filter.positions(tags));
    } catch (JAXBException | RuntimeException e) {
      return null;
    } finally {
      filter.detach();
    }
  }

  /**
   * Each thread's namespace-aware SAX parser that refuses any document type declaration and never
   * loads an external entity or DTD: the JDK's own, never one found on the class path. A parser is
   * reset at the start of every parse, so one serves all of a thread's reads.
   */
  private static final ThreadLocal<XMLReader> SAX_PARSERS =
      ThreadLocal.withInitial(
          () -> {
            try {
              SAXParserFactory f = SAXParserFactory.newDefaultInstance();
              f.setNamespaceAware(true);
              f.setValidating(false);
              f.setXIncludeAware(false);
              f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
              f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
              f.setFeature("http://xml.org/sax/features/external-general-entities", false);
              f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
              f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
              return f.newSAXParser().getXMLReader();
            } catch (ParserConfigurationException | SAXException e) {
              throw new IllegalStateException("cannot set up the SAX parser", e);
            }
          });

  /**
   * Parses and binds the whole document through {@code tracker} (which it connects to a new
   * parser), validated against the XSD in the same pass. Returns the bound root, or {@code null}
   * for an empty payload (reported).
   */
  private <T> T bind(
      byte[] bytes,
      int length,
      Class<T> type,
      FindingSink sink,
      Positions positions,
      XmlTracker tracker)
      throws XMLStreamException, JAXBException {
    XMLStreamReader raw =
        inputFactory.createXMLStreamReader(new ByteArrayInputStream(bytes, 0, length));
    try {
      tracker.connect(raw);
      tracker.sink(sink);
      tracker.tags(new XmlTags(bytes, length, positions));
      while (tracker.getEventType() != XMLStreamConstants.START_ELEMENT) {
        if (!tracker.hasNext()) {
          sink.add(ExportCodes.EMPTY_INPUT, Severity.FATAL, FindingSource.SYNTAX, "", 1, 1);
          return null;
        }
        tracker.next();
      }
      JAXBElement<T> element =
          unmarshaller(tracker, new FindingSink[] {sink}).unmarshal(tracker, type);
      tracker.rootBound();
      while (tracker.hasNext()) {
        tracker.next();
      }
      return element.getValue();
    } finally {
      close(raw);
    }
  }

  /** Turns an exception of the parser or binding into one FATAL finding. */
  public static void failure(Throwable e, FindingSink sink, Positions positions, boolean rootDone) {
    Throwable t = e;
    XMLStreamException stax = null;
    java.util.Set<Throwable> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    while (t != null && seen.add(t)) {
      if (t instanceof XmlLimitException limit) {
        FindingSource source =
            ExportCodes.WRONG_ROOT.equals(limit.code())
                ? FindingSource.SCHEMA
                : FindingSource.SYNTAX;
        sink.add(
            limit.code(), Severity.FATAL, source, "", limit.line(), limit.column(), limit.args());
        return;
      }
      if (t instanceof XMLStreamException x && stax == null) {
        stax = x;
      }
      t = t.getCause();
    }
    int line = 0;
    int column = 0;
    if (stax != null && stax.getLocation() != null) {
      line = stax.getLocation().getLineNumber();
      column = stax.getLocation().getColumnNumber();
    }
    String code;
    if (rootDone) {
      code = ExportCodes.TRAILING_CONTENT;
    } else if (stax == null) {
      code = ExportCodes.SCHEMA_VIOLATION;
    } else if (positions != null && line > 0 && atEnd(positions, line, column)) {
      code = ExportCodes.TRUNCATED;
    } else {
      code = ExportCodes.MALFORMED;
    }
    sink.add(
        code,
        Severity.FATAL,
        code.equals(ExportCodes.SCHEMA_VIOLATION) ? FindingSource.SCHEMA : FindingSource.SYNTAX,
        "",
        Math.max(line, 1),
        Math.max(column, 1),
        "format",
        "XML");
  }

  private static boolean atEnd(Positions positions, int line, int column) {
    int[] end = positions.endOfContent();
    return line > end[0] || (line == end[0] && column >= end[1]);
  }

  static void close(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException e) {
        // nothing to report: the read is over
      }
    }
  }

  /** Maps validation events (XSD and binding) to findings at the tracker's current element. */
  static final class Handler implements ValidationEventHandler {
    private final XmlTracker tracker;
    private final FindingSink[] sink;
    private final ReadErrors errors;

    /** The element whose text facet was left to the validator, if any. */
    private String facetAt;

    Handler(XmlTracker tracker, FindingSink[] sink, ReadErrors errors) {
      this.tracker = tracker;
      this.sink = sink;
      this.errors = errors;
    }

    @Override
    public boolean handleEvent(ValidationEvent event) {
      Throwable linked = event.getLinkedException();
      if (linked instanceof XmlLimitException) {
        return false;
      }
      for (Throwable t = linked; t != null && t.getCause() != t; t = t.getCause()) {
        if (t instanceof UnknownCodeException || t instanceof DateTimeException) {
          linked = t;
          break;
        }
      }
      String pointer = tracker.currentPointer();
      FindingSink s = sink[0];
      if (s.hasAt(pointer)) {
        return true;
      }
      String key = cvcKey(event.getMessage());
      if (leftToValidation(key, pointer)) {
        return true;
      }
      String code;
      Severity severity = Severity.ERROR;
      if (linked instanceof UnknownCodeException) {
        code = ExportCodes.UNKNOWN_CODE;
      } else if (linked instanceof DateTimeException) {
        code = ExportCodes.INVALID_DATE;
      } else if (key.startsWith("cvc-datatype-valid")
          || key.startsWith("cvc-type.3.1.3")
          || key.startsWith("cvc-enumeration-valid")
          || key.startsWith("cvc-pattern-valid")
          || linked instanceof IllegalArgumentException) {
        FieldDefinition leaf = tracker.currentLeaf();
        code = JsonCodec.badValueCode(leaf == null ? null : leaf.valueKind(), true);
      } else if (key.startsWith("cvc-complex-type.3.2.2")
          || key.startsWith("cvc-complex-type.2.4")) {
        code = ExportCodes.UNKNOWN_FIELD;
        severity = errors.steppedOver();
      } else if (key.startsWith("cvc-complex-type.2.3")
          || key.startsWith("cvc-complex-type.2.1")
          || key.startsWith("cvc-type.3.1.2")) {
        code = ExportCodes.WRONG_TYPE;
      } else if (key.startsWith("cvc-elt.1")) {
        code = ExportCodes.WRONG_ROOT;
      } else {
        code = ExportCodes.SCHEMA_VIOLATION;
      }
      s.add(
          code,
          severity,
          FindingSource.SCHEMA,
          pointer,
          tracker.currentLine(),
          tracker.currentColumn(),
          "field",
          JsonCodec.fieldName(pointer));
      return true;
    }

    /**
     * Whether the event is a text facet of the XSD (maximum length, pattern) that the model's own
     * constraints check after binding, with the validator's codes ({@code BBIC-FLD-003}, {@code
     * -004}) as a JSON read gives them and as the one-pass path (which never sees the XSD) does:
     * the facet's event and the {@code cvc-type.3.1.3} that follows it at the same element are left
     * out. Dates, codes and identifiers are not text: their facets are reported here.
     */
    private boolean leftToValidation(String key, String pointer) {
      FieldDefinition leaf = tracker.currentLeaf();
      if (leaf != null
          && leaf.valueKind() == ValueKind.TEXT
          && (key.startsWith("cvc-maxLength-valid")
              || key.startsWith("cvc-minLength-valid")
              || key.startsWith("cvc-pattern-valid"))) {
        facetAt = pointer;
        return true;
      }
      return key.startsWith("cvc-type.3.1.3") && pointer.equals(facetAt);
    }

    /** The key of a schema message ({@code cvc-...}); the rest of the text is never used. */
    private static String cvcKey(String message) {
      if (message == null || !message.startsWith("cvc-")) {
        return "";
      }
      int colon = message.indexOf(':');
      return colon < 0 || colon > 40 ? "" : message.substring(0, colon);
    }
  }
}
