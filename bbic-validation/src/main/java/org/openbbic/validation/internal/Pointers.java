package org.openbbic.validation.internal;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.regex.Pattern;

/** RFC 6901 JSON Pointers over wire names (= field names). Stateless and thread-safe. */
public final class Pointers {

  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

  private Pointers() {}

  /** One reference token, escaped ({@code ~} → {@code ~0}, {@code /} → {@code ~1}). */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** {@code base} followed by the escaped tokens. */
  public static String append(String base, Object... tokens) {
    StringBuilder s = new StringBuilder(base == null ? "" : base);
    for (Object t : tokens) {
      s.append('/').append(escape(String.valueOf(t)));
    }
    return s.toString();
  }

  /** {@code base} with one more name segment, escaped. */
  public static String append(String base, String name) {
    return (base == null ? "" : base) + "/" + escape(name);
  }

  /** {@code base} with one more index segment. */
  public static String append(String base, int index) {
    return (base == null ? "" : base) + "/" + index;
  }

  /**
   * An element's pointer: {@code base} with {@code name}, else with {@code index} when it is not
   * negative, else {@code base} itself (an element inside an unknown one).
   */
  public static String child(String base, String name, int index) {
    return name != null ? append(base, name) : index >= 0 ? append(base, index) : base;
  }

  /**
   * Whether a name from the payload may appear in a pointer: a short identifier of ASCII letters
   * and digits, which cannot hold an identity number or a sentence of free text.
   */
  public static boolean isSafeName(String name) {
    return name != null && SAFE_NAME.matcher(name).matches();
  }

  /** The parent pointer ({@code ""} for the root). */
  public static String parent(String pointer) {
    int i = pointer.lastIndexOf('/');
    return i <= 0 ? "" : pointer.substring(0, i);
  }

  /** The last segment, unescaped, or {@code ""} for the root. */
  public static String lastName(String pointer) {
    int i = pointer.lastIndexOf('/');
    return i < 0 ? "" : pointer.substring(i + 1).replace("~1", "/").replace("~0", "~");
  }

  /**
   * The pointer of a Jakarta Validation property path: each property's name, and a list element's
   * index after the list's name ({@code goals[0].needAreas} → {@code /goals/0/needAreas}). The
   * synthetic container-element node ({@code <list element>}) adds only its index.
   */
  public static String of(Path path) {
    StringBuilder s = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          s.append('/').append(node.getIndex());
        } else if (node.getKey() != null) {
          s.append('/').append(escape(String.valueOf(node.getKey())));
        }
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        s.append('/').append(escape(node.getName()));
      }
    }
    return s.toString();
  }
}
