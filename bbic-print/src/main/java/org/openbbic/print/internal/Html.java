package org.openbbic.print.internal;

/**
 * The one escaping helper: every piece of data that reaches a printout goes through {@link
 * #text(String)} (element content and attribute values) or {@link #cssString(String)} (a CSS string
 * in the style sheet). Data is plain text: markup in it is shown, never interpreted.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Html {

  private Html() {}

  /**
   * {@code value} as XHTML text: {@code & < > " '} escaped, and characters that XML forbids
   * (control characters, lone surrogates, U+FFFE, U+FFFF) replaced by U+FFFD. Usable in element
   * content and in quoted attribute values.
   */
  public static String text(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(i + 1))) {
            out.append(c).append(value.charAt(++i));
          } else if (allowed(c)) {
            out.append(c);
          } else {
            out.append('\uFFFD');
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * {@code value} as the inside of a double-quoted CSS string: every character other than a letter,
   * digit, space, {@code -}, {@code .} or {@code _} is written as a CSS hex escape, so nothing can
   * close the string, the rule or the style element.
   */
  public static String cssString(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(value.length() + 16);
    value
        .codePoints()
        .forEach(
            cp -> {
              if ((cp >= 'a' && cp <= 'z')
                  || (cp >= 'A' && cp <= 'Z')
                  || (cp >= '0' && cp <= '9')
                  || cp == ' '
                  || cp == '-'
                  || cp == '.'
                  || cp == '_') {
                out.appendCodePoint(cp);
              } else if (cp < 0x20 || cp == 0x7F || (cp >= 0xD800 && cp <= 0xDFFF)) {
                out.append("\\FFFD ");
              } else {
                out.append('\\').append(Integer.toHexString(cp).toUpperCase()).append(' ');
              }
            });
    return out.toString();
  }

  /**
   * Free text as paragraphs: a blank line starts a new {@code <p>}, a single line break becomes
   * {@code <br/>}; everything escaped.
   */
  public static String paragraphs(String value) {
    StringBuilder out = new StringBuilder();
    String normalised = value.replace("\r\n", "\n").replace('\r', '\n');
    for (String para : normalised.split("\n[ \t]*\n")) {
      String trimmed = para.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      out.append("<p>");
      String[] lines = trimmed.split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          out.append("<br/>");
        }
        out.append(text(lines[i]));
      }
      out.append("</p>\n");
    }
    return out.toString();
  }

  private static boolean allowed(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return true;
    }
    if (c < 0x20 || c == 0x7F) {
      return false;
    }
    if (Character.isSurrogate(c)) {
      return false;
    }
    return c != '\uFFFE' && c != '\uFFFF';
  }
}
