package org.openbbic.export.internal;

import java.util.Arrays;

/**
 * The byte offsets of the start tags of an XML payload, in document order, and of its document type
 * declaration, found by a small scanner that skips comments, CDATA sections, processing
 * instructions and quoted attribute values. The k-th start-element event of a parser is the k-th
 * start tag here (the format allows no entities that could add elements), which gives every element
 * the exact position of its {@code <} where the parser reports only approximate ones. The bytes are
 * scanned on the first question (most reads never ask). Not thread-safe.
 */
public final class XmlTags {

  private final byte[] bytes;
  private final int length;
  private final Positions positions;
  private int[] starts;
  private int count;
  private int doctype = -1;

  /** The tags of {@code bytes[0..length)}. */
  public XmlTags(byte[] bytes, int length, Positions positions) {
    this.bytes = bytes;
    this.length = length;
    this.positions = positions;
  }

  private void scan() {
    if (starts != null) {
      return;
    }
    starts = new int[64];
    int i = 0;
    while (i < length) {
      if (bytes[i] != '<') {
        i++;
        continue;
      }
      if (startsWith(bytes, length, i, "<!--")) {
        i = skipPast(bytes, length, i + 4, "-->");
      } else if (startsWith(bytes, length, i, "<![CDATA[")) {
        i = skipPast(bytes, length, i + 9, "]]>");
      } else if (startsWith(bytes, length, i, "<?")) {
        i = skipPast(bytes, length, i + 2, "?>");
      } else if (startsWith(bytes, length, i, "<!")) {
        if (doctype < 0) {
          doctype = i;
        }
        i += 2;
      } else if (startsWith(bytes, length, i, "</")) {
        i = skipPast(bytes, length, i + 2, ">");
      } else {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i;
        i++;
        byte quote = 0;
        while (i < length) {
          byte b = bytes[i];
          if (quote != 0) {
            if (b == quote) {
              quote = 0;
            }
          } else if (b == '"' || b == '\'') {
            quote = b;
          } else if (b == '>') {
            break;
          }
          i++;
        }
      }
    }
  }

  private static boolean startsWith(byte[] b, int length, int at, String s) {
    if (at + s.length() > length) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (b[at + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int skipPast(byte[] b, int length, int from, String end) {
    for (int i = from; i < length; i++) {
      if (startsWith(b, length, i, end)) {
        return i + end.length();
      }
    }
    return length;
  }

  /** The line and column of the k-th (0-based) start tag, or {@code null}. */
  public int[] startTag(int k) {
    scan();
    if (k < 0 || k >= count) {
      return null;
    }
    return new int[] {positions.line(starts[k]), positions.column(starts[k])};
  }

  /** The line and column of the document type declaration, or {@code null}. */
  public int[] doctype() {
    scan();
    return doctype < 0 ? null : new int[] {positions.line(doctype), positions.column(doctype)};
  }
}
