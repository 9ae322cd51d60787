package org.openbbic.validation.internal;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** RFC 6901 JSON Pointers over wire names (= field names). Stateless and thread-safe. */
public final class Pointers {

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
