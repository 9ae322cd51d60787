package org.openbbic.forms.meta;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Goal;
import org.openbbic.model.code.Code;
import org.openbbic.model.level.Draft;
import org.openbbic.model.level.ValidationLevel;

/**
 * The description of openbbic's model that every module reads: each model type with its fields in
 * wire order, each document kind with its case-file slot, event date, references and goals, and
 * lookup by class and root name.
 *
 * <p>Built once, from the binding and constraint annotations the model classes carry and from
 * {@link EventDate}, {@link DoneDate} and {@link References}. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class BbicModel {

  private static final class Holder {
    static final BbicModel INSTANCE = new BbicModel();
  }

  private final Map<Class<?>, TypeDefinition> types = new LinkedHashMap<>();
  private final Map<Class<?>, DocumentKind<?>> kinds = new LinkedHashMap<>();
  private final Map<FormType, DocumentKind<?>> byFormType = new java.util.EnumMap<>(FormType.class);
  private final List<DocumentKind<?>> caseFileOrder = new ArrayList<>();
  private final Map<String, TypeDefinition> byRootName = new LinkedHashMap<>();
  private final List<TypeDefinition> roots = new ArrayList<>();
  private final TypeDefinition caseFile;

  private BbicModel() {
    List<Class<?>> rootClasses = new ArrayList<>();
    rootClasses.add(CaseFile.class);
    for (FormType t : FormType.values()) {
      rootClasses.add(t.documentClass());
    }
    Deque<Class<?>> todo = new ArrayDeque<>(rootClasses);
    while (!todo.isEmpty()) {
      Class<?> type = todo.removeFirst();
      if (!types.containsKey(type)) {
        types.put(type, new TypeDefinition(type));
        for (Field f : wireFields(type)) {
          Class<?> value = valueType(f);
          if (isObject(value)) {
            todo.addLast(value);
          }
        }
      }
    }
    for (TypeDefinition def : types.values()) {
      complete(def);
    }
    for (Class<?> c : rootClasses) {
      TypeDefinition def = types.get(c);
      roots.add(def);
      byRootName.put(
          def.rootName().orElseThrow(() -> new IllegalStateException("no root: " + c)), def);
    }
    this.caseFile = types.get(CaseFile.class);
    for (FormType t : FormType.values()) {
      DocumentKind<?> kind = kind(t, t.documentClass());
      kinds.put(t.documentClass(), kind);
      byFormType.put(t, kind);
    }
    for (FieldDefinition slot : caseFile.fields()) {
      DocumentKind<?> kind = kinds.get(slot.valueType());
      if (kind != null) {
        caseFileOrder.add(kind);
      }
    }
    if (caseFileOrder.size() != kinds.size()) {
      throw new IllegalStateException("the case file has no slot for every document kind");
    }
  }

  /** The model. */
  public static BbicModel get() {
    return Holder.INSTANCE;
  }

  /** Every model type reachable from the roots, roots first. */
  public Collection<TypeDefinition> types() {
    return Collections.unmodifiableCollection(types.values());
  }

  /**
   * The definition of a model type.
   *
   * @throws IllegalArgumentException when {@code type} is not one of the model's types
   */
  public TypeDefinition type(Class<?> type) {
    TypeDefinition def = types.get(type);
    if (def == null) {
      throw new IllegalArgumentException("not a type of the BBIC model: " + type.getName());
    }
    return def;
  }

  /** The definition of a model type, if {@code type} is one. */
  public Optional<TypeDefinition> findType(Class<?> type) {
    return Optional.ofNullable(types.get(type));
  }

  /** The case file's definition. */
  public TypeDefinition caseFile() {
    return caseFile;
  }

  /** The root types of the format: the case file, then the document types in form-type order. */
  public List<TypeDefinition> roots() {
    return Collections.unmodifiableList(roots);
  }

  /** The root type of a root element name ({@code carePlan}, {@code caseFile}), if any. */
  public Optional<TypeDefinition> root(String rootName) {
    return Optional.ofNullable(byRootName.get(rootName));
  }

  /** Whether {@code type} can sit at the root of a payload: a document type or the case file. */
  public boolean isRoot(Class<?> type) {
    TypeDefinition def = types.get(type);
    return def != null && def.root();
  }

  /** Every document kind in form-type order. */
  public List<DocumentKind<?>> documentKinds() {
    return List.copyOf(byFormType.values());
  }

  /** Every document kind in the order of the case file's slots. */
  public List<DocumentKind<?>> caseFileKinds() {
    return Collections.unmodifiableList(caseFileOrder);
  }

  /** The kind of a form type. */
  public DocumentKind<?> kind(FormType formType) {
    return byFormType.get(formType);
  }

  /**
   * The kind of a document class.
   *
   * @throws IllegalArgumentException when {@code type} is not a document class
   */
  @SuppressWarnings("unchecked")
  public <D extends BbicDocument> DocumentKind<D> kind(Class<D> type) {
    DocumentKind<?> kind = kinds.get(type);
    if (kind == null) {
      throw new IllegalArgumentException("not a BBIC document class: " + type.getName());
    }
    return (DocumentKind<D>) kind;
  }

  /** The kind of a class, if it is a document class. */
  public Optional<DocumentKind<?>> findKind(Class<?> type) {
    return Optional.ofNullable(kinds.get(type));
  }

  /** The kind of {@code document}. */
  @SuppressWarnings("unchecked")
  public <D extends BbicDocument> DocumentKind<D> kindOf(D document) {
    return (DocumentKind<D>) kinds.get(document.getClass());
  }

  /**
   * The documents of {@code caseFile} in the order of its slots, each with its kind and its JSON
   * Pointer in the case file ({@code /basicData}, {@code /investigations/0}); absent items are left
   * out.
   */
  public List<CaseDocument> documents(CaseFile caseFile) {
    List<CaseDocument> out = new ArrayList<>();
    for (DocumentKind<?> kind : caseFileOrder) {
      FieldDefinition slot = kind.caseFileSlot();
      Object value = slot.get(caseFile);
      if (slot.list()) {
        List<?> list = (List<?>) value;
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i) != null) {
            out.add(
                new CaseDocument("/" + slot.name() + "/" + i, kind, (BbicDocument) list.get(i)));
          }
        }
      } else if (value != null) {
        out.add(new CaseDocument("/" + slot.name(), kind, (BbicDocument) value));
      }
    }
    return out;
  }

  /**
   * One document of a case file.
   *
   * @param pointer its JSON Pointer in the case file, {@code /investigations/0}
   * @param kind its kind
   * @param document the document
   */
  public record CaseDocument(String pointer, DocumentKind<?> kind, BbicDocument document) {}

  // ---- building --------------------------------------------------------------------------------

  private static boolean isObject(Class<?> type) {
    return type.isAnnotationPresent(XmlAccessorType.class);
  }

  private static List<Field> wireFields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Field f : type.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
        fields.add(f);
      }
    }
    List<String> order = order(type);
    if (order.isEmpty()) {
      return fields;
    }
    Map<String, Field> byName = new HashMap<>();
    fields.forEach(f -> byName.put(f.getName(), f));
    if (!byName.keySet().equals(new java.util.HashSet<>(order))) {
      throw new IllegalStateException("propOrder does not name every field of " + type.getName());
    }
    return order.stream().map(byName::get).toList();
  }

  private static List<String> order(Class<?> type) {
    XmlType xmlType = type.getAnnotation(XmlType.class);
    List<String> order =
        xmlType == null || xmlType.propOrder().length == 0 || xmlType.propOrder()[0].isEmpty()
            ? List.of()
            : List.of(xmlType.propOrder());
    JsonPropertyOrder json = type.getAnnotation(JsonPropertyOrder.class);
    if (json != null && !order.isEmpty() && !Arrays.asList(json.value()).equals(order)) {
      throw new IllegalStateException(
          "JSON and XML orders differ in " + type.getName() + ": " + order);
    }
    return order;
  }

  private static Class<?> valueType(Field f) {
    if (List.class.isAssignableFrom(f.getType())) {
      return (Class<?>) ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
    }
    return f.getType();
  }

  private static ValueKind valueKind(Class<?> type, Field f) {
    if (type == String.class) {
      return ValueKind.TEXT;
    } else if (type == Boolean.class || type == boolean.class) {
      return ValueKind.BOOLEAN;
    } else if (type == Integer.class || type == int.class) {
      return ValueKind.INTEGER;
    } else if (type == LocalDate.class) {
      return ValueKind.DATE;
    } else if (type == OffsetDateTime.class) {
      return ValueKind.DATE_TIME;
    } else if (type == UUID.class) {
      return ValueKind.UUID;
    } else if (type.isEnum() || Code.class.isAssignableFrom(type)) {
      return ValueKind.CODE;
    } else if (isObject(type)) {
      return ValueKind.OBJECT;
    }
    throw new IllegalStateException("no value kind for " + f);
  }

  private void complete(TypeDefinition def) {
    Class<?> type = def.type();
    List<FieldDefinition> fields = new ArrayList<>();
    int index = 0;
    for (Field f : wireFields(type)) {
      boolean list = List.class.isAssignableFrom(f.getType());
      String itemName = null;
      AnnotatedElement constraints = f;
      if (list) {
        XmlElement item = f.getAnnotation(XmlElement.class);
        XmlElementWrapper wrapper = f.getAnnotation(XmlElementWrapper.class);
        if (wrapper == null || item == null || !wrapper.name().equals(f.getName())) {
          throw new IllegalStateException("list without its wrapper and item names: " + f);
        }
        itemName = item.name();
        constraints =
            ((AnnotatedParameterizedType) f.getAnnotatedType())
                .getAnnotatedActualTypeArguments()[0];
      } else if (f.isAnnotationPresent(XmlElement.class)) {
        throw new IllegalStateException("a single value is named by its field: " + f);
      }
      Class<?> value = valueType(f);
      Size size = draft(constraints.getAnnotation(Size.class), Size::groups);
      jakarta.validation.constraints.Pattern pattern =
          draft(
              constraints.getAnnotation(jakarta.validation.constraints.Pattern.class),
              jakarta.validation.constraints.Pattern::groups);
      fields.add(
          new FieldDefinition(
              def,
              f,
              index++,
              itemName,
              value,
              valueKind(value, f),
              types.get(value),
              size == null || size.max() == Integer.MAX_VALUE ? null : size.max(),
              pattern == null ? null : Pattern.compile(pattern.regexp()),
              requiredFrom(f.getAnnotation(NotNull.class)),
              Accessors.function(accessor(type, f.getName(), 0))));
    }
    Supplier<Object> newBuilder = null;
    Function<Object, Object> toBuilder = null;
    Function<Object, Object> build = null;
    Map<String, BiConsumer<Object, Object>> setters = new HashMap<>();
    Method builderMethod = method(type, "builder");
    if (builderMethod != null && Modifier.isStatic(builderMethod.getModifiers())) {
      Class<?> builderType = builderMethod.getReturnType();
      newBuilder = Accessors.supplier(builderMethod);
      toBuilder = Accessors.function(accessor(type, "toBuilder", 0));
      build = Accessors.function(accessor(builderType, "build", 0));
      for (FieldDefinition fd : fields) {
        setters.put(fd.name(), Accessors.setter(accessor(builderType, fd.name(), 1)));
      }
    }
    def.complete(fields, newBuilder, toBuilder, build, setters);
  }

  private static <A extends Annotation> A draft(A a, Function<A, Class<?>[]> groups) {
    return a != null && Arrays.asList(groups.apply(a)).contains(Draft.class) ? a : null;
  }

  private static ValidationLevel requiredFrom(NotNull notNull) {
    if (notNull == null) {
      return null;
    }
    List<Class<?>> groups = Arrays.asList(notNull.groups());
    for (ValidationLevel level : ValidationLevel.values()) {
      if (groups.contains(level.group())) {
        return level;
      }
    }
    return null;
  }

  private static Method method(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Method accessor(Class<?> type, String name, int parameters) {
    Method found = null;
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name)
          && m.getParameterCount() == parameters
          && !Modifier.isStatic(m.getModifiers())
          && !m.isBridge()
          && (parameters == 0 || !m.getParameterTypes()[0].isArray())) {
        if (found != null && parameters == 1) {
          throw new IllegalStateException("two builder setters named " + name + " in " + type);
        }
        found = m;
      }
    }
    if (found == null) {
      throw new IllegalStateException("no public accessor " + name + " in " + type.getName());
    }
    return found;
  }

  private <D extends BbicDocument> DocumentKind<D> kind(FormType formType, Class<D> type) {
    TypeDefinition def = types.get(type);
    FieldDefinition slot = null;
    for (FieldDefinition f : caseFile.fields()) {
      if (f.valueType() == type) {
        slot = f;
      }
    }
    FieldDefinition event = null;
    boolean planned = false;
    FieldDefinition completion = null;
    List<Reference> references = new ArrayList<>();
    List<FieldDefinition> goals = new ArrayList<>();
    List<List<FieldDefinition>> done = new ArrayList<>();
    FieldDefinition header = def.field("header");
    if (header == null) {
      throw new IllegalStateException("no header in " + type.getName());
    }
    for (FieldDefinition f : header.definition().orElseThrow().fields()) {
      if (f.field().isAnnotationPresent(DoneDate.class)) {
        done.add(List.of(header, f));
      }
    }
    for (FieldDefinition f : def.fields()) {
      EventDate e = f.field().getAnnotation(EventDate.class);
      if (e != null) {
        if (event != null || !f.valueKind().temporal() || f.list()) {
          throw new IllegalStateException("one single event date per document: " + f);
        }
        event = f;
        planned = e.planned();
      }
      References r = f.field().getAnnotation(References.class);
      if (r != null) {
        if (f.valueKind() != ValueKind.UUID) {
          throw new IllegalStateException("a reference holds document ids: " + f);
        }
        references.add(new Reference(f, List.of(r.value())));
      }
      if (f.valueType() == Goal.class) {
        goals.add(f);
      }
    }
    if (event != null && !planned) {
      done.add(List.of(event));
    }
    for (FieldDefinition f : def.fields()) {
      DoneDate d = f.field().getAnnotation(DoneDate.class);
      if (d != null && (!f.valueKind().temporal() || f.list())) {
        throw new IllegalStateException("a done date is one date: " + f);
      }
      if (d != null) {
        done.add(List.of(f));
        if (d.completion()) {
          completion = f;
        }
      } else if (f != header && f.valueKind() == ValueKind.OBJECT && !f.list()) {
        for (FieldDefinition g : f.definition().orElseThrow().fields()) {
          if (g.field().isAnnotationPresent(DoneDate.class)) {
            done.add(List.of(f, g));
          }
        }
      }
    }
    return new DocumentKind<>(
        formType, type, def, slot, event, planned, completion, done, references, goals);
  }
}
