package org.openbbic.export.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.openbbic.export.ExportCodes;
import org.openbbic.export.ReadLimits;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.FieldDefinition;
import org.openbbic.forms.meta.TypeDefinition;
import org.openbbic.model.WireFormat;
import org.openbbic.validation.FindingSource;
import org.openbbic.validation.Severity;
import org.openbbic.validation.internal.FindingSink;
import org.openbbic.validation.internal.Pointers;

/**
 * Wraps the StAX reader that JAXB pulls from: enforces the limits, refuses DTDs and entities,
 * follows the wire model to know each element's JSON Pointer and start position, and reports
 * unknown, repeated and out-of-order elements itself (so the schema validator's echoing messages
 * are never needed). Not thread-safe: one per read.
 *
 * <p>Cheap on the way through: an element costs a small frame; its pointer and its line and column
 * are worked out only when a finding needs them. A single document's positions come from its start
 * tags ({@link XmlTags}, scanned on first need); a batch's from the parser, as it goes.
 */
public final class XmlTracker extends StreamReaderDelegate {

  private final ReadLimits limits;
  private final ReadErrors errors;
  private FindingSink sink;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private List<Frame> elements = new ArrayList<>();
  private boolean pendingPop;
  private long textLength;
  private Frame current;
  private Frame rootFrame;
  private final TypeDefinition batchItemType;
  private final String batchItemName;
  private String expectedRoot;
  private TypeDefinition rootType;
  private long recordStart = -1;
  private XmlTags tags;
  private int startCount;
  private boolean rootClosed;

  /**
   * A tracker over {@code reader}; for a single document {@code rootType} is the expected root, for
   * a batch it is the item type and {@code batchRootName} the batch element's name.
   */
  public XmlTracker(
      XMLStreamReader reader,
      ReadLimits limits,
      ReadErrors errors,
      Class<?> rootType,
      String batchRootName) {
    super(reader);
    this.limits = limits;
    this.errors = errors;
    TypeDefinition root = BbicModel.get().type(rootType);
    if (batchRootName == null) {
      this.rootType = root;
      this.expectedRoot = root.rootName().orElseThrow();
      this.batchItemType = null;
      this.batchItemName = null;
    } else {
      this.expectedRoot = batchRootName;
      this.batchItemType = root;
      this.batchItemName = root.rootName().orElseThrow();
    }
  }

  /** Connects the tracker to the parser it wraps. */
  public void connect(XMLStreamReader reader) {
    setParent(reader);
  }

  /** Marks the root as bound: anything after it is trailing content. */
  public void rootBound() {
    rootClosed = true;
  }

  /** Exact start-tag positions from the payload's bytes (single documents). */
  public void tags(XmlTags tags) {
    this.tags = tags;
  }

  /** Whether the root element has been closed (anything after it is trailing content). */
  public boolean rootClosed() {
    return rootClosed;
  }

  /** Where findings of the current record go. */
  public void sink(FindingSink sink) {
    this.sink = sink;
  }

  /** The start positions ({line, column}) of the current record's elements, by pointer. */
  public Map<String, int[]> positions() {
    Map<String, int[]> map = new HashMap<>();
    for (Frame f : elements) {
      String pointer = f.pointer();
      if (!map.containsKey(pointer)) {
        map.put(pointer, position(f));
      }
    }
    return map;
  }

  /** The pointer of the element being read (within the current record). */
  public String currentPointer() {
    return current == null ? "" : current.pointer();
  }

  /** The start line of the element being read. */
  public int currentLine() {
    return current == null ? 1 : position(current)[0];
  }

  /** The start column of the element being read. */
  public int currentColumn() {
    return current == null ? 1 : position(current)[1];
  }

  /**
   * The field of the element being read when it holds a value (an item of a list of values: the
   * list's field), or {@code null} when it is not a value field.
   */
  public FieldDefinition currentLeaf() {
    return current == null ? null : current.leaf;
  }

  /** The number of open elements. */
  public int depth() {
    return stack.size();
  }

  /** The line and column of an element's start tag. */
  private int[] position(Frame f) {
    int[] exact = tags == null ? null : tags.startTag(f.tag);
    return exact != null ? exact : new int[] {f.line, f.column};
  }

  @Override
  public int next() throws XMLStreamException {
    if (pendingPop) {
      stack.pop();
      pendingPop = false;
    }
    // A batch takes positions from the parser (where the event starts); a document from its tags.
    int line = 0;
    int column = 0;
    if (tags == null) {
      Location before = getLocation();
      line = before.getLineNumber();
      column = before.getColumnNumber();
    }
    int event = super.next();
    if (recordStart >= 0 && stack.size() >= 2) {
      long offset = getLocation().getCharacterOffset();
      if (offset >= 0 && offset - recordStart > limits.maxDocumentBytes()) {
        throw new XmlLimitException(
            ExportCodes.LIMIT_DOCUMENT_SIZE,
            line,
            column,
            "limit",
            "maxDocumentBytes",
            "max",
            limits.maxDocumentBytes());
      }
    }
    switch (event) {
      case XMLStreamConstants.START_ELEMENT -> {
        textLength = 0;
        onStart(startCount++, line, column);
      }
      case XMLStreamConstants.END_ELEMENT -> {
        textLength = 0;
        current = stack.peek();
        pendingPop = true;
        if (stack.size() == 1) {
          rootClosed = true;
        }
      }
      case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
        textLength += getTextLength();
        if (textLength > limits.maxStringLength()) {
          int[] at = current == null ? here(line, column) : position(current);
          throw stringTooLong(at);
        }
      }
      case XMLStreamConstants.DTD,
          XMLStreamConstants.ENTITY_REFERENCE,
          XMLStreamConstants.ENTITY_DECLARATION,
          XMLStreamConstants.NOTATION_DECLARATION -> {
        int[] exact = tags == null ? null : tags.doctype();
        int[] at = exact != null ? exact : here(line, column);
        throw new XmlLimitException(ExportCodes.DTD_REFUSED, at[0], at[1]);
      }
      default -> {}
    }
    return event;
  }

  /** A text or attribute value over the string limit, at {@code at}. */
  private XmlLimitException stringTooLong(int[] at) {
    return new XmlLimitException(
        ExportCodes.LIMIT_STRING_LENGTH,
        at[0],
        at[1],
        "limit",
        "maxStringLength",
        "max",
        limits.maxStringLength());
  }

  /** The position taken before the event, or the parser's now when none was taken. */
  private int[] here(int line, int column) {
    if (line > 0) {
      return new int[] {line, column};
    }
    Location now = getLocation();
    return new int[] {Math.max(1, now.getLineNumber()), Math.max(1, now.getColumnNumber())};
  }

  @Override
  public int nextTag() throws XMLStreamException {
    int event = next();
    while ((event == XMLStreamConstants.CHARACTERS && isWhiteSpace())
        || (event == XMLStreamConstants.CDATA && isWhiteSpace())
        || event == XMLStreamConstants.SPACE
        || event == XMLStreamConstants.PROCESSING_INSTRUCTION
        || event == XMLStreamConstants.COMMENT) {
      event = next();
    }
    if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
      throw new XMLStreamException("expected a start or end tag", getLocation());
    }
    return event;
  }

  /** Opens the {@code tag}-th element (0-based, in document order). */
  private void onStart(int tag, int line, int column) throws XMLStreamException {
    Frame parent = stack.peek();
    Frame frame = new Frame(parent, tag, line, column);
    if (stack.size() + 1 > limits.maxDepth()) {
      int[] at = position(frame);
      throw new XmlLimitException(
          ExportCodes.LIMIT_DEPTH, at[0], at[1], "limit", "maxDepth", "max", limits.maxDepth());
    }
    String name = getLocalName();
    String ns = getNamespaceURI();
    if (name.length() > limits.maxNameLength()) {
      int[] at = position(frame);
      throw new XmlLimitException(
          ExportCodes.LIMIT_NAME_LENGTH,
          at[0],
          at[1],
          "limit",
          "maxNameLength",
          "max",
          limits.maxNameLength());
    }
    for (int i = 0; i < getAttributeCount(); i++) {
      if (getAttributeValue(i).length() > limits.maxStringLength()) {
        int[] at = position(frame);
        throw stringTooLong(at);
      }
    }
    boolean inNamespace = WireFormat.NAMESPACE.equals(ns);
    if (parent == null) {
      if (!inNamespace || !name.equals(expectedRoot)) {
        int[] at = position(frame);
        throw new XmlLimitException(ExportCodes.WRONG_ROOT, at[0], at[1], "expected", expectedRoot);
      }
      frame.pointer = "";
      if (batchItemType == null) {
        frame.object(rootType);
      } else {
        frame.list(batchItemName, null, batchItemType);
      }
      rootFrame = frame;
    } else if (parent.unknown) {
      frame.unknown = true;
    } else if (parent.listItemName != null) {
      if (parent == rootFrame && batchItemType != null && !name.equals(parent.listItemName)) {
        // the batch reader reports an unknown record itself
        frame.pointer = "";
        frame.unknown = true;
      } else if (!inNamespace || !name.equals(parent.listItemName)) {
        unknown(frame, name, inNamespace);
      } else {
        if (parent == rootFrame && batchItemType != null) {
          frame.pointer = "";
          elements = new ArrayList<>();
          recordStart = getLocation().getCharacterOffset();
        } else {
          frame.index = parent.children++;
        }
        frame.value(parent.listField, parent.listItemType);
      }
    } else if (parent.model == null) {
      // an element inside a value field
      frame.unknown = true;
      report(ExportCodes.WRONG_TYPE, errorOrWarning(true), frame, frame.pointer(), name);
    } else {
      FieldDefinition field = inNamespace ? parent.model.field(name) : null;
      if (field == null) {
        unknown(frame, name, inNamespace);
      } else {
        frame.name = name;
        if (parent.seen.get(field.index())) {
          report(ExportCodes.DUPLICATE_FIELD, errorOrWarning(false), frame, frame.pointer(), name);
        } else if (field.index() < parent.lastOrder) {
          report(ExportCodes.OUT_OF_ORDER, errorOrWarning(false), frame, frame.pointer(), name);
        }
        parent.seen.set(field.index());
        parent.lastOrder = Math.max(parent.lastOrder, field.index());
        if (field.list()) {
          frame.list(field.itemName(), field, field.definition().orElse(null));
        } else {
          frame.value(field, field.definition().orElse(null));
        }
      }
    }
    stack.push(frame);
    current = frame;
    if (!frame.unknown) {
      elements.add(frame);
    }
  }

  /** Makes {@code frame} an unknown element and reports it at its own name when that is safe. */
  private void unknown(Frame frame, String name, boolean inNamespace) {
    frame.unknown = true;
    if (Pointers.isSafeName(name) && inNamespace) {
      frame.name = name;
    }
    if (sink != null) {
      int[] at = position(frame);
      sink.add(
          ExportCodes.UNKNOWN_FIELD,
          errorOrWarning(false),
          FindingSource.SCHEMA,
          frame.pointer(),
          at[0],
          at[1]);
    }
  }

  private Severity errorOrWarning(boolean alwaysError) {
    return alwaysError ? Severity.ERROR : errors.steppedOver();
  }

  private void report(String code, Severity severity, Frame at, String pointer, String field) {
    if (sink != null) {
      FindingSource source =
          ExportCodes.DUPLICATE_FIELD.equals(code) ? FindingSource.SYNTAX : FindingSource.SCHEMA;
      int[] where = position(at);
      sink.add(code, severity, source, pointer, where[0], where[1], "field", field);
    }
  }

  /**
   * One open element: where it starts (its start tag's number, and for a batch its line and column)
   * and what it holds. Its pointer is made from its parent's on first need: with a name it is the
   * parent's plus the name, with an index the parent's plus the index, with neither the parent's
   * (an element inside an unknown one).
   */
  private static final class Frame {
    final Frame parent;
    final int tag;
    final int line;
    final int column;
    String name;
    int index = -1;
    String pointer;
    TypeDefinition model;
    BitSet seen;
    FieldDefinition leaf;
    String listItemName;
    FieldDefinition listField;
    TypeDefinition listItemType;
    boolean unknown;
    int lastOrder = -1;
    int children;

    Frame(Frame parent, int tag, int line, int column) {
      this.parent = parent;
      this.tag = tag;
      this.line = line;
      this.column = column;
    }

    String pointer() {
      if (pointer == null) {
        pointer = Pointers.child(parent == null ? "" : parent.pointer(), name, index);
      }
      return pointer;
    }

    void object(TypeDefinition type) {
      model = type;
      seen = new BitSet();
    }

    /** A value of {@code field}: an object of {@code type} when it has one, else a leaf. */
    void value(FieldDefinition field, TypeDefinition type) {
      if (type != null) {
        object(type);
      } else {
        leaf = field;
      }
    }

    /**
     * A list of {@code itemName} items of {@code field} (absent for a batch), each an object of
     * {@code itemType} when it has one.
     */
    void list(String itemName, FieldDefinition field, TypeDefinition itemType) {
      listItemName = itemName;
      listField = field;
      listItemType = itemType;
    }
  }
}
