package org.openbbic.export.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openbbic.export.ReadLimits;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.FieldDefinition;
import org.openbbic.forms.meta.TypeDefinition;
import org.openbbic.model.WireFormat;
import org.openbbic.validation.internal.Pointers;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The one-pass XML read's gatekeeper: a SAX filter between the hardened parser and JAXB that lets a
 * document through only while it is plainly clean — within the limits, every element a field of the
 * format in the format's order and at most once, no attribute, no text between elements, and every
 * date, date-time, yes/no and enumerated value in its one exact form (see {@link
 * FieldDefinition#lexicalForm})). At the first doubt it stops the parse ({@link NotClean}); the
 * caller then reads the document on the exact path, which reports every problem. Not thread-safe:
 * one per read.
 */
final class XmlCleanFilter extends XMLFilterImpl {

  /** Stops a parse at the first sign that the document needs the exact path. */
  static final class NotClean extends SAXException {
    private static final long serialVersionUID = 1L;

    NotClean() {
      super("not clean");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  private final ReadLimits limits;
  private final TypeDefinition rootType;
  private final String rootName;
  private final List<Node> nodes = new ArrayList<>();
  private final StringBuilder leafText = new StringBuilder();
  private Node open;
  private int depth;
  private long textLength;

  XmlCleanFilter(XMLReader parent, ReadLimits limits, Class<?> rootType) {
    super(parent);
    this.limits = limits;
    this.rootType = BbicModel.get().type(rootType);
    this.rootName = this.rootType.rootName().orElseThrow();
  }

  /** Stateless handlers a reused parser holds between reads. */
  private static final DefaultHandler NONE = new DefaultHandler();

  /**
   * Lets go of the parser: it keeps no reference to this read (or, through it, to the document)
   * until its thread's next read.
   */
  void detach() {
    XMLReader parser = getParent();
    parser.setContentHandler(NONE);
    parser.setErrorHandler(NONE);
    parser.setDTDHandler(NONE);
    parser.setEntityResolver(NONE);
  }

  /** The start positions ({line, column}) of the elements read, by pointer, from {@code tags}. */
  Map<String, int[]> positions(XmlTags tags) {
    Map<String, int[]> map = new HashMap<>();
    for (Node n : nodes) {
      String pointer = n.pointer();
      if (!map.containsKey(pointer)) {
        map.put(pointer, tags.startTag(n.tag));
      }
    }
    return map;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    if (++depth > limits.maxDepth()
        || localName.length() > limits.maxNameLength()
        || atts.getLength() > 0
        || !WireFormat.NAMESPACE.equals(uri)) {
      throw new NotClean();
    }
    Node node = new Node(open, nodes.size());
    if (open == null) {
      if (!localName.equals(rootName) || !nodes.isEmpty()) {
        throw new NotClean();
      }
      node.model = rootType;
      node.seen = new BitSet();
    } else if (open.items != null) {
      if (!localName.equals(open.itemName)) {
        throw new NotClean();
      }
      node.index = open.children++;
      node.shape(open.items);
    } else if (open.model == null) {
      throw new NotClean(); // an element inside a value
    } else {
      FieldDefinition field = open.model.field(localName);
      if (field == null || open.seen.get(field.index()) || field.index() < open.lastOrder) {
        throw new NotClean(); // unknown, repeated or out of order
      }
      open.seen.set(field.index());
      open.lastOrder = field.index();
      node.name = localName;
      if (field.list()) {
        node.items = field;
        node.itemName = field.itemName();
      } else {
        node.shape(field);
      }
    }
    nodes.add(node);
    open = node;
    textLength = 0;
    leafText.setLength(0);
    super.startElement(uri, localName, qName, atts);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    textLength += length;
    if (open == null || textLength > limits.maxStringLength()) {
      throw new NotClean();
    }
    if (open.model != null || open.items != null) {
      for (int i = start; i < start + length; i++) {
        char c = ch[i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
          throw new NotClean(); // text between elements
        }
      }
    } else if (open.form != null) {
      leafText.append(ch, start, length);
    }
    super.characters(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    characters(ch, start, length);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    if (open.form != null && !open.form.test(leafText.toString())) {
      throw new NotClean();
    }
    open = open.parent;
    depth--;
    textLength = 0;
    leafText.setLength(0);
    super.endElement(uri, localName, qName);
  }

  @Override
  public void skippedEntity(String name) throws SAXException {
    throw new NotClean();
  }

  /** One element read: what it holds, and where it sits (its pointer is made on first need). */
  private static final class Node {
    final Node parent;
    final int tag;
    String name;
    int index = -1;
    String pointer;
    TypeDefinition model;
    BitSet seen;
    int lastOrder = -1;
    Predicate<String> form;
    FieldDefinition items;
    String itemName;
    int children;

    Node(Node parent, int tag) {
      this.parent = parent;
      this.tag = tag;
    }

    /** A value of {@code field} (an item, for a list): an object, or a leaf in its form. */
    void shape(FieldDefinition field) {
      TypeDefinition type = field.definition().orElse(null);
      if (type != null) {
        model = type;
        seen = new BitSet();
      } else {
        form = field.lexicalForm();
      }
    }

    String pointer() {
      if (pointer == null) {
        pointer = Pointers.child(parent == null ? "" : parent.pointer(), name, index);
      }
      return pointer;
    }
  }
}
