package org.openbbic.forms.meta;

import jakarta.xml.bind.annotation.XmlEnumValue;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The exact lexical forms of the value types the XSD constrains beyond text. */
final class LexicalForms {

  private static final Pattern DATE_TIME =
      Pattern.compile(
          "(?!0000)[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?"
              + "(Z|[+-](0[0-9]|1[0-3]):[0-5][0-9]|[+-]14:00)");
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");
  private static final Pattern UUID_FORM =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private LexicalForms() {}

  static Predicate<String> of(Class<?> type) {
    if (type == Boolean.class || type == boolean.class) {
      return s -> s.equals("true") || s.equals("false");
    }
    if (type == LocalDate.class) {
      return LexicalForms::isDate;
    }
    if (type == OffsetDateTime.class) {
      return s -> DATE_TIME.matcher(s).matches();
    }
    if (type == Integer.class || type == int.class) {
      return s -> INTEGER.matcher(s).matches();
    }
    if (type == java.util.UUID.class) {
      // UUID.fromString also takes short groups ("…-8b62-36c70"); the XSD does not
      return s -> UUID_FORM.matcher(s).matches();
    }
    if (type.isEnum()) {
      Set<String> values = new HashSet<>();
      for (Field f : type.getDeclaredFields()) {
        if (f.isEnumConstant()) {
          XmlEnumValue v = f.getAnnotation(XmlEnumValue.class);
          values.add(v == null ? f.getName() : v.value());
        }
      }
      return values::contains;
    }
    return null;
  }

  /**
   * {@code yyyy-mm-dd} with digits, year not 0000 (the calendar is the type adapter's to judge).
   */
  private static boolean isDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.startsWith("0000")) {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = s.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }
}
