package org.openbbic.export.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.openbbic.export.ExportCodes;
import org.openbbic.export.ReadLimits;
import org.openbbic.export.Strictness;
import org.openbbic.model.WireFormat;
import org.openbbic.validation.FindingSource;
import org.openbbic.validation.Severity;

/**
 * Wraps the StAX reader that JAXB pulls from: enforces the limits, refuses DTDs and entities,
 * follows the wire model to know each element's JSON Pointer and start position, and reports
 * unknown, repeated and out-of-order elements itself (so the schema validator's echoing messages
 * are never needed). Not thread-safe: one per read.
 */
public final class XmlTracker extends StreamReaderDelegate {

  private final ReadLimits limits;
  private final Strictness strictness;
  private FindingSink sink;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private Map<String, int[]> positions = new HashMap<>();
  private boolean pendingPop;
  private long textLength;
  private Frame current;
  private Frame rootFrame;
  private final Class<?> batchItemType;
  private final String batchItemName;
  private String expectedRoot;
  private Class<?> rootType;
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
      Strictness strictness,
      Class<?> rootType,
      String batchRootName) {
    super(reader);
    this.limits = limits;
    this.strictness = strictness;
    if (batchRootName == null) {
      this.rootType = rootType;
      this.expectedRoot = DocumentTypes.rootName(rootType);
      this.batchItemType = null;
      this.batchItemName = null;
    } else {
      this.expectedRoot = batchRootName;
      this.batchItemType = rootType;
      this.batchItemName = DocumentTypes.rootName(rootType);
    }
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

  /** The recorded start positions of the current record's elements, by pointer. */
  public Map<String, int[]> positions() {
    return positions;
  }

  /** The pointer of the element being read (within the current record). */
  public String currentPointer() {
    return current == null ? "" : current.pointer;
  }

  /** The start line of the element being read. */
  public int currentLine() {
    return current == null ? 1 : current.line;
  }

  /** The start column of the element being read. */
  public int currentColumn() {
    return current == null ? 1 : current.column;
  }

  /** What the element being read holds, when it is a value field. */
  public WireModel.ValueKind currentKind() {
    return current == null || current.leafType == null
        ? WireModel.ValueKind.OTHER
        : WireModel.kindOf(current.leafType);
  }

  /** The number of open elements. */
  public int depth() {
    return stack.size();
  }

  @Override
  public int next() throws XMLStreamException {
    if (pendingPop) {
      stack.pop();
      pendingPop = false;
    }
    Location before = getLocation();
    int line = before.getLineNumber();
    int column = before.getColumnNumber();
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
        int[] exact = tags == null ? null : tags.startTag(startCount);
        startCount++;
        if (exact != null) {
          line = exact[0];
          column = exact[1];
        }
        onStart(line, column);
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
          throw new XmlLimitException(
              ExportCodes.LIMIT_STRING_LENGTH,
              current == null ? line : current.line,
              current == null ? column : current.column,
              "limit",
              "maxStringLength",
              "max",
              limits.maxStringLength());
        }
      }
      case XMLStreamConstants.DTD,
          XMLStreamConstants.ENTITY_REFERENCE,
          XMLStreamConstants.ENTITY_DECLARATION,
          XMLStreamConstants.NOTATION_DECLARATION -> {
        int[] exact = tags == null ? null : tags.doctype();
        throw new XmlLimitException(
            ExportCodes.DTD_REFUSED,
            exact == null ? line : exact[0],
            exact == null ? column : exact[1]);
      }
      default -> {}
    }
    return event;
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

  private void onStart(int line, int column) throws XMLStreamException {
    if (stack.size() + 1 > limits.maxDepth()) {
      throw new XmlLimitException(
          ExportCodes.LIMIT_DEPTH, line, column, "limit", "maxDepth", "max", limits.maxDepth());
    }
    String name = getLocalName();
    String ns = getNamespaceURI();
    if (name.length() > limits.maxNameLength()) {
      throw new XmlLimitException(
          ExportCodes.LIMIT_NAME_LENGTH,
          line,
          column,
          "limit",
          "maxNameLength",
          "max",
          limits.maxNameLength());
    }
    for (int i = 0; i < getAttributeCount(); i++) {
      if (getAttributeValue(i).length() > limits.maxStringLength()) {
        throw new XmlLimitException(
            ExportCodes.LIMIT_STRING_LENGTH,
            line,
            column,
            "limit",
            "maxStringLength",
            "max",
            limits.maxStringLength());
      }
    }
    boolean inNamespace = WireFormat.NAMESPACE.equals(ns);
    Frame parent = stack.peek();
    Frame frame;
    if (parent == null) {
      if (!inNamespace || !name.equals(expectedRoot)) {
        throw new XmlLimitException(ExportCodes.WRONG_ROOT, line, column, "expected", expectedRoot);
      }
      frame =
          batchItemType == null
              ? Frame.object(rootType, "", line, column)
              : Frame.list(batchItemType, batchItemName, "", line, column);
      rootFrame = frame;
    } else if (parent.unknown) {
      frame = Frame.unknown(parent.pointer, line, column);
    } else if (parent.listItemType != null) {
      if (parent == rootFrame && batchItemType != null && !name.equals(parent.listItemName)) {
        // the batch reader reports an unknown record itself
        frame = Frame.unknown("", line, column);
      } else if (!inNamespace || !name.equals(parent.listItemName)) {
        frame = unknown(parent, parent.pointer, line, column);
      } else {
        String pointer =
            parent == rootFrame && batchItemType != null
                ? ""
                : Pointers.append(parent.pointer, parent.children++);
        frame = Frame.value(parent.listItemType, pointer, line, column);
        if (parent == rootFrame && batchItemType != null) {
          positions = new HashMap<>();
          recordStart = getLocation().getCharacterOffset();
        }
      }
    } else if (parent.model == null) {
      // an element inside a value field
      frame = Frame.unknown(parent.pointer, line, column);
      report(ExportCodes.WRONG_TYPE, errorOrWarning(true), parent.pointer, line, column, name);
    } else {
      WireModel.WireField field = inNamespace ? parent.model.field(name) : null;
      if (field == null) {
        frame = unknown(parent, parent.pointer, line, column);
      } else {
        String pointer = Pointers.append(parent.pointer, name);
        if (!parent.seen.add(name)) {
          report(ExportCodes.DUPLICATE_FIELD, errorOrWarning(false), pointer, line, column, name);
        } else if (field.order() < parent.lastOrder) {
          report(ExportCodes.OUT_OF_ORDER, errorOrWarning(false), pointer, line, column, name);
        }
        parent.lastOrder = Math.max(parent.lastOrder, field.order());
        frame =
            field.list()
                ? Frame.list(field.itemType(), field.itemName(), pointer, line, column)
                : Frame.value(field.type(), pointer, line, column);
      }
    }
    stack.push(frame);
    current = frame;
    if (!frame.unknown) {
      positions.putIfAbsent(frame.pointer, new int[] {line, column});
    }
  }

  private Frame unknown(Frame parent, String parentPointer, int line, int column) {
    String name = getLocalName();
    boolean safe = Pointers.isSafeName(name) && WireFormat.NAMESPACE.equals(getNamespaceURI());
    String pointer = safe ? Pointers.append(parentPointer, name) : parentPointer;
    if (sink != null) {
      sink.add(
          ExportCodes.UNKNOWN_FIELD,
          errorOrWarning(false),
          FindingSource.SCHEMA,
          pointer,
          line,
          column);
    }
    Frame f = Frame.unknown(pointer, line, column);
    return f;
  }

  private Severity errorOrWarning(boolean alwaysError) {
    return alwaysError || strictness == Strictness.STRICT ? Severity.ERROR : Severity.WARNING;
  }

  private void report(
      String code, Severity severity, String pointer, int line, int column, String field) {
    if (sink != null) {
      FindingSource source =
          ExportCodes.DUPLICATE_FIELD.equals(code) ? FindingSource.SYNTAX : FindingSource.SCHEMA;
      sink.add(code, severity, source, pointer, line, column, "field", field);
    }
  }

  /** One open element. */
  private static final class Frame {
    final String pointer;
    final int line;
    final int column;
    WireModel model;
    Class<?> leafType;
    Class<?> listItemType;
    String listItemName;
    boolean unknown;
    final Set<String> seen = new HashSet<>();
    int lastOrder = -1;
    int children;

    private Frame(String pointer, int line, int column) {
      this.pointer = pointer;
      this.line = line;
      this.column = column;
    }

    static Frame object(Class<?> type, String pointer, int line, int column) {
      Frame f = new Frame(pointer, line, column);
      f.model = WireModel.of(type);
      return f;
    }

    static Frame value(Class<?> type, String pointer, int line, int column) {
      if (WireModel.isComplex(type)) {
        return object(type, pointer, line, column);
      }
      Frame f = new Frame(pointer, line, column);
      f.leafType = type;
      return f;
    }

    static Frame list(Class<?> itemType, String itemName, String pointer, int line, int column) {
      Frame f = new Frame(pointer, line, column);
      f.listItemType = itemType;
      f.listItemName = itemName;
      return f;
    }

    static Frame unknown(String pointer, int line, int column) {
      Frame f = new Frame(pointer, line, column);
      f.unknown = true;
      return f;
    }
  }
}
