package org.openbbic.export.internal;

import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.openbbic.model.code.InterventionKind;
import org.openbbic.model.code.NeedArea;

/**
 * The wire shape of a model class, read once from its fields and binding annotations: every field
 * by wire name, its position in the format's order, and whether it is a list, a nested object or a
 * value. Thread-safe (computed once per class and cached).
 */
public final class WireModel {

  /** What a value field holds, for classifying a bad value. */
  public enum ValueKind {
    /** A date or date-time. */
    DATE,
    /** A code from an enumeration or a code list. */
    CODE,
    /** Anything else (text, yes/no, identifier). */
    OTHER
  }

  /**
   * One field of a model class; {@code complex} and {@code form} describe its value (the item for a
   * list): whether it is a nested model object, and its one exact lexical form ({@link
   * #lexicalForm}).
   */
  public record WireField(
      String name,
      int order,
      Class<?> type,
      boolean list,
      String itemName,
      Class<?> itemType,
      boolean complex,
      Predicate<String> form) {

    /** The class of the value (the item class for a list). */
    public Class<?> valueType() {
      return list ? itemType : type;
    }

    /** What the value holds. */
    public ValueKind kind() {
      return kindOf(valueType());
    }
  }

  private static final ClassValue<WireModel> CACHE =
      new ClassValue<>() {
        @Override
        protected WireModel computeValue(Class<?> type) {
          return new WireModel(type);
        }
      };

  private static final ClassValue<Boolean> COMPLEX =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          return type.isAnnotationPresent(XmlAccessorType.class);
        }
      };

  private final Class<?> type;
  private final Map<String, WireField> fields;

  private WireModel(Class<?> type) {
    this.type = type;
    XmlType xmlType = type.getAnnotation(XmlType.class);
    List<String> order =
        xmlType == null || xmlType.propOrder().length == 0 || xmlType.propOrder()[0].isEmpty()
            ? List.of()
            : List.of(xmlType.propOrder());
    Map<String, WireField> map = new LinkedHashMap<>();
    int declared = 0;
    for (Field f : type.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())) {
        continue;
      }
      int index = order.isEmpty() ? declared : order.indexOf(f.getName());
      declared++;
      boolean list = List.class.isAssignableFrom(f.getType());
      String itemName = null;
      Class<?> itemType = null;
      if (list) {
        XmlElement item = f.getAnnotation(XmlElement.class);
        XmlElementWrapper wrapper = f.getAnnotation(XmlElementWrapper.class);
        if (wrapper == null || item == null) {
          throw new IllegalStateException(
              "list without wrapper: " + type.getSimpleName() + "." + f.getName());
        }
        itemName = item.name();
        itemType = (Class<?>) ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
      }
      Class<?> value = list ? itemType : f.getType();
      map.put(
          f.getName(),
          new WireField(
              f.getName(),
              index,
              f.getType(),
              list,
              itemName,
              itemType,
              isComplex(value),
              lexicalForm(value)));
    }
    this.fields = Collections.unmodifiableMap(map);
  }

  /** The wire model of a model class. */
  public static WireModel of(Class<?> type) {
    return CACHE.get(type);
  }

  /** Whether {@code type} is a nested model object (bound field by field). */
  public static boolean isComplex(Class<?> type) {
    return COMPLEX.get(type);
  }

  /** What a value of {@code type} holds. */
  public static ValueKind kindOf(Class<?> type) {
    if (type == LocalDate.class || type == OffsetDateTime.class) {
      return ValueKind.DATE;
    }
    if (type.isEnum() || type == NeedArea.class || type == InterventionKind.class) {
      return ValueKind.CODE;
    }
    return ValueKind.OTHER;
  }

  /**
   * Whether a value of {@code type} is free text (a string), checked by the model's constraints.
   */
  public static boolean isText(Class<?> type) {
    return type == String.class;
  }

  private static final Pattern DATE_TIME =
      Pattern.compile(
          "(?!0000)[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?"
              + "(Z|[+-](0[0-9]|1[0-3]):[0-5][0-9]|[+-]14:00)");
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");

  private static final ClassValue<Predicate<String>> FORMS =
      new ClassValue<>() {
        @Override
        protected Predicate<String> computeValue(Class<?> type) {
          if (type == Boolean.class || type == boolean.class) {
            return s -> s.equals("true") || s.equals("false");
          }
          if (type == LocalDate.class) {
            return WireModel::isDate;
          }
          if (type == OffsetDateTime.class) {
            return s -> DATE_TIME.matcher(s).matches();
          }
          if (type == Integer.class || type == int.class) {
            return s -> INTEGER.matcher(s).matches();
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
      };

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

  /**
   * The one exact lexical form of a value type the XSD constrains beyond text (yes/no, date,
   * date-time, integer, enumeration), without surrounding white space; {@code null} for free text
   * and for values a type adapter checks itself. A value in this form is valid for the XSD.
   */
  public static Predicate<String> lexicalForm(Class<?> type) {
    return FORMS.get(type);
  }

  /** The model class. */
  public Class<?> type() {
    return type;
  }

  /** The field of this wire name, or {@code null}. */
  public WireField field(String name) {
    return fields.get(name);
  }

  /** Every field, in declaration order. */
  public Map<String, WireField> fields() {
    return fields;
  }
}
