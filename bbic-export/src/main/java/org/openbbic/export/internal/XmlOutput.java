package org.openbbic.export.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.FieldDefinition;
import org.openbbic.forms.meta.TypeDefinition;

/**
 * The StAX writer JAXB marshals into. It follows the wire model to know each element's type and:
 * indents elements (the format has no mixed content); leaves out empty lists, as JSON does; escapes
 * carriage returns and {@code >} so text survives a parser unchanged; and refuses text XML 1.0
 * cannot carry (control characters, lone surrogates). Not thread-safe: one per write.
 */
public final class XmlOutput implements XMLStreamWriter {

  /** A text holds a character that XML 1.0 cannot carry; the message names no value. */
  public static final class UnwritableTextException extends XMLStreamException {
    private static final long serialVersionUID = 1L;

    UnwritableTextException() {
      super("a text holds a character that XML 1.0 cannot carry");
    }
  }

  /** Whether {@code e} or one of its causes is an {@link UnwritableTextException}. */
  public static boolean isUnwritableText(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof UnwritableTextException) {
        return true;
      }
    }
    return false;
  }

  private final XMLStreamWriter out;
  private final TypeDefinition rootType;
  private final boolean indent;
  private final int baseDepth;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private String[] pending;

  /**
   * One open element: an object of {@code model}, the wrapper of the {@code list} field's items, or
   * (neither) a value.
   */
  private static final class Frame {
    final TypeDefinition model;
    final FieldDefinition list;
    boolean hadChildren;
    boolean written;

    Frame(TypeDefinition model, FieldDefinition list) {
      this.model = model;
      this.list = list;
    }
  }

  /**
   * A writer over {@code out} for one root object of {@code rootType}, indented (when asked) from
   * {@code baseDepth} levels.
   */
  public XmlOutput(XMLStreamWriter out, Class<?> rootType, boolean indent, int baseDepth) {
    this.out = out;
    this.rootType = BbicModel.get().type(rootType);
    this.indent = indent;
    this.baseDepth = baseDepth;
  }

  private void newline(int depth) throws XMLStreamException {
    if (indent && (depth > 0)) {
      out.writeCharacters("\n" + "    ".repeat(depth));
    }
  }

  private void flushPending() throws XMLStreamException {
    if (pending != null) {
      String[] p = pending;
      pending = null;
      Frame wrapper = stack.pop();
      Frame parent = stack.peek();
      if (parent != null) {
        parent.hadChildren = true;
      }
      newline(stack.size() + baseDepth);
      writeStart(p[0], p[1], p[2]);
      wrapper.written = true;
      stack.push(wrapper);
    }
  }

  private Frame frameFor(String localName) {
    if (stack.isEmpty()) {
      return new Frame(rootType, null);
    }
    Frame parent = stack.peek();
    if (parent.list != null) {
      return new Frame(parent.list.definition().orElse(null), null);
    }
    FieldDefinition field = parent.model == null ? null : parent.model.field(localName);
    if (field == null) {
      return new Frame(null, null);
    }
    return field.list() ? new Frame(null, field) : new Frame(field.definition().orElse(null), null);
  }

  private void start(String prefix, String localName, String namespaceUri)
      throws XMLStreamException {
    flushPending();
    Frame frame = frameFor(localName);
    if (frame.list != null) {
      stack.push(frame);
      pending = new String[] {prefix, localName, namespaceUri};
      return;
    }
    Frame parent = stack.peek();
    if (parent != null) {
      parent.hadChildren = true;
    }
    newline(stack.size() + baseDepth);
    writeStart(prefix, localName, namespaceUri);
    frame.written = true;
    stack.push(frame);
  }

  private void writeStart(String prefix, String localName, String namespaceUri)
      throws XMLStreamException {
    if (prefix == null) {
      if (namespaceUri == null) {
        out.writeStartElement(localName);
      } else {
        out.writeStartElement(namespaceUri, localName);
      }
    } else {
      out.writeStartElement(prefix, localName, namespaceUri);
    }
  }

  private void end() throws XMLStreamException {
    Frame frame = stack.pop();
    if (!frame.written) {
      pending = null;
      return;
    }
    if (frame.hadChildren) {
      newline(stack.size() + baseDepth);
    }
    out.writeEndElement();
  }

  private void text(String text) throws XMLStreamException {
    flushPending();
    String t = text;
    int from = 0;
    int i = 0;
    while (i < t.length()) {
      int cp = t.codePointAt(i);
      int n = Character.charCount(cp);
      boolean legal =
          cp == 0x9
              || cp == 0xA
              || cp == 0xD
              || (cp >= 0x20 && cp <= 0xD7FF)
              || (cp >= 0xE000 && cp <= 0xFFFD)
              || (cp >= 0x10000 && cp <= 0x10FFFF);
      if (!legal) {
        throw new UnwritableTextException();
      }
      if (cp == 0xD || cp == '>') {
        if (i > from) {
          out.writeCharacters(t.substring(from, i));
        }
        out.writeEntityRef(cp == 0xD ? "#xD" : "gt");
        from = i + n;
      }
      i += n;
    }
    if (from < t.length()) {
      out.writeCharacters(t.substring(from));
    }
  }

  @Override
  public void writeStartElement(String localName) throws XMLStreamException {
    start(null, localName, null);
  }

  @Override
  public void writeStartElement(String namespaceUri, String localName) throws XMLStreamException {
    start(null, localName, namespaceUri);
  }

  @Override
  public void writeStartElement(String prefix, String localName, String namespaceUri)
      throws XMLStreamException {
    start(prefix == null ? "" : prefix, localName, namespaceUri);
  }

  @Override
  public void writeEmptyElement(String namespaceUri, String localName) throws XMLStreamException {
    start(null, localName, namespaceUri);
    end();
  }

  @Override
  public void writeEmptyElement(String prefix, String localName, String namespaceUri)
      throws XMLStreamException {
    start(prefix == null ? "" : prefix, localName, namespaceUri);
    end();
  }

  @Override
  public void writeEmptyElement(String localName) throws XMLStreamException {
    start(null, localName, null);
    end();
  }

  @Override
  public void writeEndElement() throws XMLStreamException {
    end();
  }

  @Override
  public void writeEndDocument() throws XMLStreamException {
    out.writeEndDocument();
  }

  @Override
  public void close() throws XMLStreamException {
    out.close();
  }

  @Override
  public void flush() throws XMLStreamException {
    out.flush();
  }

  @Override
  public void writeAttribute(String localName, String value) throws XMLStreamException {
    out.writeAttribute(localName, value);
  }

  @Override
  public void writeAttribute(String prefix, String namespaceUri, String localName, String value)
      throws XMLStreamException {
    out.writeAttribute(prefix, namespaceUri, localName, value);
  }

  @Override
  public void writeAttribute(String namespaceUri, String localName, String value)
      throws XMLStreamException {
    out.writeAttribute(namespaceUri, localName, value);
  }

  @Override
  public void writeNamespace(String prefix, String namespaceUri) throws XMLStreamException {
    out.writeNamespace(prefix, namespaceUri);
  }

  @Override
  public void writeDefaultNamespace(String namespaceUri) throws XMLStreamException {
    out.writeDefaultNamespace(namespaceUri);
  }

  @Override
  public void writeComment(String data) throws XMLStreamException {
    out.writeComment(data);
  }

  @Override
  public void writeProcessingInstruction(String target) throws XMLStreamException {
    out.writeProcessingInstruction(target);
  }

  @Override
  public void writeProcessingInstruction(String target, String data) throws XMLStreamException {
    out.writeProcessingInstruction(target, data);
  }

  @Override
  public void writeCData(String data) throws XMLStreamException {
    text(data);
  }

  @Override
  public void writeDTD(String dtd) throws XMLStreamException {
    throw new XMLStreamException("the format has no DTD");
  }

  @Override
  public void writeEntityRef(String name) throws XMLStreamException {
    throw new XMLStreamException("the format has no entities");
  }

  @Override
  public void writeStartDocument() throws XMLStreamException {
    // the caller writes the declaration
  }

  @Override
  public void writeStartDocument(String version) throws XMLStreamException {
    // the caller writes the declaration
  }

  @Override
  public void writeStartDocument(String encoding, String version) throws XMLStreamException {
    // the caller writes the declaration
  }

  @Override
  public void writeCharacters(String text) throws XMLStreamException {
    text(text);
  }

  @Override
  public void writeCharacters(char[] text, int start, int len) throws XMLStreamException {
    text(new String(text, start, len));
  }

  @Override
  public String getPrefix(String uri) throws XMLStreamException {
    return out.getPrefix(uri);
  }

  @Override
  public void setPrefix(String prefix, String uri) throws XMLStreamException {
    out.setPrefix(prefix, uri);
  }

  @Override
  public void setDefaultNamespace(String uri) throws XMLStreamException {
    out.setDefaultNamespace(uri);
  }

  @Override
  public void setNamespaceContext(NamespaceContext context) throws XMLStreamException {
    out.setNamespaceContext(context);
  }

  @Override
  public NamespaceContext getNamespaceContext() {
    return out.getNamespaceContext();
  }

  @Override
  public Object getProperty(String name) {
    return out.getProperty(name);
  }
}
