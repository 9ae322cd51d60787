package org.openbbic.forms.meta;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One model type as the format carries it: its names, its fields in wire order, and access to its
 * builder.
 *
 * <p>Immutable and thread-safe; obtained from {@link BbicModel}.
 *
 * @since 0.1
 */
public final class TypeDefinition {

  private final Class<?> type;
  private final String rootName;
  private List<FieldDefinition> fields = List.of();
  private Map<String, FieldDefinition> byName = Map.of();
  private Supplier<Object> newBuilder;
  private Function<Object, Object> toBuilder;
  private Function<Object, Object> build;
  private Map<String, BiConsumer<Object, Object>> setters = Map.of();

  TypeDefinition(Class<?> type) {
    this.type = type;
    XmlRootElement root = type.getAnnotation(XmlRootElement.class);
    this.rootName = root == null ? null : root.name();
  }

  void complete(
      List<FieldDefinition> fields,
      Supplier<Object> newBuilder,
      Function<Object, Object> toBuilder,
      Function<Object, Object> build,
      Map<String, BiConsumer<Object, Object>> setters) {
    Map<String, FieldDefinition> map = new LinkedHashMap<>();
    for (FieldDefinition f : fields) {
      map.put(f.name(), f);
    }
    this.fields = List.copyOf(fields);
    this.byName = Collections.unmodifiableMap(map);
    this.newBuilder = newBuilder;
    this.toBuilder = toBuilder;
    this.build = build;
    this.setters = Map.copyOf(setters);
  }

  /** The model class. */
  public Class<?> type() {
    return type;
  }

  /** The simple class name, which is also the type's key in the label bundles. */
  public String name() {
    return type.getSimpleName();
  }

  /**
   * The root element name (for a document type and the case file, {@code carePlan}, {@code
   * caseFile}); empty for a nested type.
   */
  public Optional<String> rootName() {
    return Optional.ofNullable(rootName);
  }

  /** Whether a payload can hold this type at its root: a document type or the case file. */
  public boolean root() {
    return rootName != null;
  }

  /** The fields in the format's order (the XML sequence and the JSON property order). */
  public List<FieldDefinition> fields() {
    return fields;
  }

  /** The field of this wire name, or {@code null}. */
  public FieldDefinition field(String name) {
    return byName.get(name);
  }

  /** Whether the type has a builder ({@link #newBuilder()}); every type but a few value types. */
  public boolean hasBuilder() {
    return newBuilder != null;
  }

  /**
   * A new, empty builder of this type.
   *
   * @throws UnsupportedOperationException when the type has no builder
   */
  public Object newBuilder() {
    requireBuilder();
    return newBuilder.get();
  }

  /**
   * A builder holding {@code instance}'s values.
   *
   * @throws UnsupportedOperationException when the type has no builder
   */
  public Object toBuilder(Object instance) {
    requireBuilder();
    return toBuilder.apply(type.cast(instance));
  }

  /**
   * Sets {@code field} on {@code builder}: a value, or a collection for a list field (replacing
   * what the builder held).
   *
   * @throws IllegalArgumentException when the field is not this type's
   */
  public void set(Object builder, FieldDefinition field, Object value) {
    requireBuilder();
    BiConsumer<Object, Object> setter = setters.get(field.name());
    if (setter == null || field.owner() != this) {
      throw new IllegalArgumentException("not a field of " + name() + ": " + field);
    }
    setter.accept(builder, value);
  }

  /** The instance {@code builder} builds. */
  public Object build(Object builder) {
    requireBuilder();
    return build.apply(builder);
  }

  /**
   * A copy of {@code instance} with {@code field} set to {@code value}; {@code instance} is
   * unchanged.
   */
  public <T> T with(T instance, FieldDefinition field, Object value) {
    Object builder = toBuilder(instance);
    set(builder, field, value);
    @SuppressWarnings("unchecked")
    T out = (T) build(builder);
    return out;
  }

  private void requireBuilder() {
    if (newBuilder == null) {
      throw new UnsupportedOperationException(name() + " has no builder");
    }
  }

  @Override
  public String toString() {
    return "TypeDefinition[" + name() + "]";
  }
}
