package org.openbbic.export;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Objects;
import org.openbbic.forms.meta.BbicModel;

/** The JSON Pointer of the first field where two model objects differ, for assertion messages. */
final class Diff {

  private Diff() {}

  static String first(Object a, Object b) {
    return first(a, b, "");
  }

  private static String first(Object a, Object b, String at) {
    if (a == null || b == null || BbicModel.get().findType(a.getClass()).isEmpty()) {
      if (a instanceof List<?> la && b instanceof List<?> lb) {
        if (la.size() != lb.size()) {
          return at + " (sizes " + la.size() + " and " + lb.size() + ")";
        }
        for (int i = 0; i < la.size(); i++) {
          String d = first(la.get(i), lb.get(i), at + "/" + i);
          if (d != null) {
            return d;
          }
        }
        return null;
      }
      return Objects.equals(a, b)
          ? null
          : at + " (" + typeOf(a) + " and " + typeOf(b) + ", equal text: " + sameText(a, b) + ")";
    }
    try {
      for (Field f : a.getClass().getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())) {
          continue;
        }
        f.setAccessible(true);
        String d = first(f.get(a), f.get(b), at + "/" + f.getName());
        if (d != null) {
          return d;
        }
      }
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    return null;
  }

  private static String typeOf(Object o) {
    return o == null ? "null" : o.getClass().getSimpleName();
  }

  private static boolean sameText(Object a, Object b) {
    return String.valueOf(a).equals(String.valueOf(b));
  }
}
