package org.openbbic.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openbbic.forms.protection.Withheld;
import org.openbbic.validation.Severity;

/**
 * Maps a constraint violation to a stable code and its message arguments, by the constraint's
 * annotation type and attributes; never by Hibernate Validator's message text, and never with the
 * rejected value. Stateless and thread-safe.
 */
public final class ConstraintCodes {

  /** A required field is missing. */
  public static final String REQUIRED = "BBIC-FLD-001";

  /** Too few entries or too short a text. */
  public static final String TOO_FEW = "BBIC-FLD-002";

  /** Too many entries or too long a text. */
  public static final String TOO_LONG = "BBIC-FLD-003";

  /** The value does not have the required form. */
  public static final String PATTERN = "BBIC-FLD-004";

  /**
   * A required field is absent because the sender withheld it (its record's {@code withheld} list
   * names it, see {@code org.openbbic.forms.protection.Withheld}): not checked, and not an error.
   */
  public static final String WITHHELD = "BBIC-FLD-005";

  /** Any other field constraint. */
  public static final String OTHER = "BBIC-FLD-099";

  /** Every field-constraint code, in catalogue order. */
  public static final List<String> ALL =
      List.of(REQUIRED, TOO_FEW, TOO_LONG, PATTERN, WITHHELD, OTHER);

  /** Field constraints are errors, but for a withheld field, which is information. */
  public static final Severity SEVERITY = Severity.ERROR;

  /** The default severity of a field-constraint code. */
  public static Severity severity(String code) {
    return WITHHELD.equals(code) ? Severity.INFO : SEVERITY;
  }

  private ConstraintCodes() {}

  /** The code and arguments of {@code v}; {@code field} is the last property name. */
  public static Map.Entry<String, Map<String, Object>> map(ConstraintViolation<?> v, String field) {
    Annotation a = v.getConstraintDescriptor().getAnnotation();
    Class<? extends Annotation> type = a.annotationType();
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("field", field);
    String code;
    if (type == NotNull.class || type == NotBlank.class || type == NotEmpty.class) {
      code = Withheld.isWithheld(v.getLeafBean(), field) ? WITHHELD : REQUIRED;
    } else if (type == Size.class) {
      Size size = (Size) a;
      int length = length(v.getInvalidValue());
      if (length >= 0 && length < size.min()) {
        code = TOO_FEW;
        args.put("min", size.min());
      } else {
        code = TOO_LONG;
        args.put("max", size.max());
      }
    } else if (type == Pattern.class) {
      code = PATTERN;
    } else {
      code = OTHER;
      args.put("constraint", type.getSimpleName());
    }
    return Map.entry(code, args);
  }

  private static int length(Object value) {
    if (value instanceof CharSequence) {
      return ((CharSequence) value).length();
    }
    if (value instanceof Collection<?>) {
      return ((Collection<?>) value).size();
    }
    if (value instanceof Map<?, ?>) {
      return ((Map<?, ?>) value).size();
    }
    if (value instanceof Object[]) {
      return ((Object[]) value).length;
    }
    return -1;
  }
}
