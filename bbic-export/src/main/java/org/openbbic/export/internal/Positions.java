package org.openbbic.export.internal;

import java.util.Arrays;

/**
 * Lines and columns in a UTF-8 payload: 1-based lines ({@code \n}, {@code \r\n} and {@code \r} end
 * a line) and 1-based columns counted in Unicode characters (code points). Not thread-safe (the
 * line index is built on first use).
 */
public final class Positions {

  private final byte[] bytes;
  private final int length;
  private int[] lineStarts;

  /** Positions over {@code bytes[0..length)}. */
  public Positions(byte[] bytes, int length) {
    this.bytes = bytes;
    this.length = length;
  }

  private int[] lineStarts() {
    if (lineStarts == null) {
      int[] starts = new int[16];
      int n = 0;
      starts[n++] = 0;
      for (int i = 0; i < length; i++) {
        byte b = bytes[i];
        if (b == '\n' || (b == '\r' && (i + 1 >= length || bytes[i + 1] != '\n'))) {
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
          }
          starts[n++] = i + 1;
        }
      }
      lineStarts = Arrays.copyOf(starts, n);
    }
    return lineStarts;
  }

  /** The 1-based line of a byte offset. */
  public int line(long offset) {
    int[] starts = lineStarts();
    int o = (int) Math.max(0, Math.min(offset, length));
    int i = Arrays.binarySearch(starts, o);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** The 1-based column, in characters, of a byte offset. */
  public int column(long offset) {
    int o = (int) Math.max(0, Math.min(offset, length));
    int start = lineStarts()[line(o) - 1];
    int chars = 0;
    for (int i = start; i < o; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        chars++;
      }
    }
    return chars + 1;
  }

  /** The line and column just after the last non-white-space character. */
  public int[] endOfContent() {
    int end = length;
    while (end > 0 && isWhitespace(bytes[end - 1])) {
      end--;
    }
    return new int[] {line(end), column(end)};
  }

  /** Whether the payload holds nothing but white space (and a byte-order mark). */
  public static boolean isBlank(byte[] bytes, int length) {
    int start = hasBom(bytes, length) ? 3 : 0;
    for (int i = start; i < length; i++) {
      if (!isWhitespace(bytes[i])) {
        return false;
      }
    }
    return true;
  }

  /** Whether the payload starts with a UTF-8 byte-order mark. */
  public static boolean hasBom(byte[] bytes, int length) {
    return length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  /**
   * The byte offset of the first byte that is not valid UTF-8 (overlong forms, surrogates and code
   * points above U+10FFFF are invalid), or -1 when all is valid.
   */
  public static int firstInvalidUtf8(byte[] bytes, int length) {
    int i = 0;
    while (i < length) {
      // A tight loop over ASCII, which most of a payload is.
      while (i < length && bytes[i] >= 0) {
        i++;
      }
      if (i >= length) {
        break;
      }
      int b = bytes[i] & 0xFF;
      int n;
      int min;
      int cp;
      if (b >= 0xC2 && b <= 0xDF) {
        n = 1;
        min = 0x80;
        cp = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        n = 2;
        min = 0x800;
        cp = b & 0x0F;
      } else if (b >= 0xF0 && b <= 0xF4) {
        n = 3;
        min = 0x10000;
        cp = b & 0x07;
      } else {
        return i;
      }
      for (int k = 1; k <= n; k++) {
        if (i + k >= length) {
          return i;
        }
        int c = bytes[i + k] & 0xFF;
        if ((c & 0xC0) != 0x80) {
          return i;
        }
        cp = (cp << 6) | (c & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return i;
      }
      i += n + 1;
    }
    return -1;
  }

  private static boolean isWhitespace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }
}
