package org.openbbic.forms.meta;

import java.lang.reflect.Field;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.openbbic.model.level.ValidationLevel;

/**
 * One field of a model type as the format carries it: its wire name, what it holds, whether it is a
 * list, its limits and lexical form, and how to read it from an instance.
 *
 * <p>The JSON property and the XML element of a single value are both {@link #name()}; a list is
 * the XML wrapper {@link #name()} around one {@link #itemName()} element per item, and a JSON array
 * named {@link #name()}. Immutable and thread-safe; obtained from {@link TypeDefinition#fields()}.
 *
 * @since 0.1
 */
public final class FieldDefinition {

  private final TypeDefinition owner;
  private final String name;
  private final int index;
  private final Class<?> javaType;
  private final boolean list;
  private final String itemName;
  private final Class<?> valueType;
  private final ValueKind valueKind;
  private final Integer maxLength;
  private final Pattern pattern;
  private final ValidationLevel requiredFrom;
  private final Predicate<String> lexicalForm;
  private final Function<Object, Object> accessor;
  private final Field field;
  private final TypeDefinition definition;

  FieldDefinition(
      TypeDefinition owner,
      Field field,
      int index,
      String itemName,
      Class<?> valueType,
      ValueKind valueKind,
      TypeDefinition definition,
      Integer maxLength,
      Pattern pattern,
      ValidationLevel requiredFrom,
      Function<Object, Object> accessor) {
    this.owner = owner;
    this.field = field;
    this.name = field.getName();
    this.index = index;
    this.javaType = field.getType();
    this.list = itemName != null;
    this.itemName = itemName;
    this.valueType = valueType;
    this.valueKind = valueKind;
    this.definition = definition;
    this.maxLength = maxLength;
    this.pattern = pattern;
    this.requiredFrom = requiredFrom;
    this.lexicalForm = LexicalForms.of(valueType);
    this.accessor = accessor;
  }

  /** The type that declares this field. */
  public TypeDefinition owner() {
    return owner;
  }

  /** The wire name: the JSON property, the XML element (the wrapper of a list). */
  public String name() {
    return name;
  }

  /** The position of this field in the format's order, from 0. */
  public int index() {
    return index;
  }

  /** Whether the field holds a list of values. */
  public boolean list() {
    return list;
  }

  /** The XML element name of one item of a list, or {@code null} for a single value. */
  public String itemName() {
    return itemName;
  }

  /** The Java type of the field itself ({@code List} for a list). */
  public Class<?> javaType() {
    return javaType;
  }

  /** The Java type of the value (of one item, for a list). */
  public Class<?> valueType() {
    return valueType;
  }

  /** What the value (one item, for a list) holds. */
  public ValueKind valueKind() {
    return valueKind;
  }

  /** The definition of a nested object's type; empty unless {@link #valueKind()} is OBJECT. */
  public Optional<TypeDefinition> definition() {
    return Optional.ofNullable(definition);
  }

  /**
   * The largest length of a text value (of each item, for a list of text) at every level, in UTF-16
   * units, as the model's {@code @Size} constraint says; empty when unbounded.
   */
  public OptionalInt maxLength() {
    return maxLength == null ? OptionalInt.empty() : OptionalInt.of(maxLength);
  }

  /** The pattern a text value (each item) must match at every level, if one applies. */
  public Optional<Pattern> pattern() {
    return Optional.ofNullable(pattern);
  }

  /**
   * The lowest validation level at which the field must be present, from its {@code @NotNull}
   * constraint; empty when the field is optional at every level (rules may still ask for it).
   */
  public Optional<ValidationLevel> requiredFrom() {
    return Optional.ofNullable(requiredFrom);
  }

  /**
   * The one exact lexical form of a value of a type the XSD constrains beyond text (yes/no, date,
   * date-time, integer, UUID, enumeration), without surrounding white space; {@code null} for free
   * text and code lists, which the model's constraints and the code lists' adapters check. A value
   * in this form is valid for the XSD.
   */
  public Predicate<String> lexicalForm() {
    return lexicalForm;
  }

  /** The label key of this field in the label bundles: {@code Decision.decidedAt}. */
  public String labelKey() {
    return owner.type().getSimpleName() + "." + name;
  }

  /**
   * The value of this field in {@code instance}: the object, or an unmodifiable, possibly empty,
   * list for a list field, as the type's accessor returns it; {@code null} when absent.
   */
  public Object get(Object instance) {
    return accessor.apply(instance);
  }

  /** The reflected field, for the annotations it carries. */
  public Field field() {
    return field;
  }

  @Override
  public String toString() {
    return owner.type().getSimpleName() + "." + name + (list ? "[]" : "") + ":" + valueKind;
  }
}
