package org.openbbic.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openbbic.model.PersonId;
import org.openbbic.model.Personnummer;
import org.openbbic.model.code.InterventionKind;
import org.openbbic.model.code.LabelBundle;
import org.openbbic.model.code.ModelLabels;
import org.openbbic.model.code.NeedArea;

/**
 * The shape every model and form class must have, checked by reflection over every class reachable
 * from {@link CaseFile}: what the binding frameworks need (non-final private fields, a private
 * no-arg constructor, field order declared for both formats) and what users rely on (a getter and a
 * builder method per field, builders that set every field, unmodifiable lists, value equality,
 * masked {@code toString}).
 */
class ModelClassesTest {

  private static final Locale SV = Locale.forLanguageTag("sv");
  private static final String FREE_TEXT = "FRITEXT-SOM-ALDRIG-SKA-LOGGAS";

  static Stream<Class<?>> modelClasses() {
    Set<Class<?>> found = new LinkedHashSet<>();
    collect(CaseFile.class, found);
    return found.stream();
  }

  private static void collect(Class<?> type, Set<Class<?>> found) {
    if (!found.add(type)) {
      return;
    }
    for (Field f : boundFields(type)) {
      Class<?> t = elementType(f);
      if (t.getPackageName().startsWith("org.openbbic") && hasBuilder(t)) {
        collect(t, found);
      }
    }
  }

  @Test
  void everyDocumentTypeIsReachableFromTheCaseFile() {
    long documents = modelClasses().filter(BbicDocument.class::isAssignableFrom).count();
    assertThat(documents).isEqualTo(FormType.values().length);
    for (FormType type : FormType.values()) {
      assertThat(modelClasses()).contains(type.documentClass());
      assertThat(FormType.of(type.documentClass())).contains(type);
    }
    assertThat(FormType.of(CaseFile.class)).isEmpty();
    assertThat(modelClasses()).hasSizeGreaterThan(35);
  }

  @Test
  void theMetamodelDescribesExactlyTheClassesFoundHere() {
    assertThat(
            org.openbbic.forms.meta.BbicModel.get().types().stream()
                .filter(org.openbbic.forms.meta.TypeDefinition::hasBuilder)
                .<Class<?>>map(org.openbbic.forms.meta.TypeDefinition::type))
        .containsExactlyInAnyOrderElementsOf(modelClasses().toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelClasses")
  void isFinalWithNonFinalPrivateFieldsAndAPrivateNoArgConstructor(Class<?> type) throws Exception {
    assertThat(Modifier.isFinal(type.getModifiers())).as("final class").isTrue();
    for (Field f : boundFields(type)) {
      assertThat(Modifier.isFinal(f.getModifiers())).as("%s is final", f.getName()).isFalse();
      assertThat(Modifier.isPrivate(f.getModifiers())).as("%s is private", f.getName()).isTrue();
    }
    Constructor<?> noArg = type.getDeclaredConstructor();
    assertThat(Modifier.isPrivate(noArg.getModifiers())).isTrue();
    noArg.setAccessible(true);
    assertThat(noArg.newInstance()).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelClasses")
  void everyFieldHasAGetterAndBuilderMethods(Class<?> type) throws Exception {
    Class<?> builder = builderType(type);
    for (Field f : boundFields(type)) {
      Method getter = type.getMethod(f.getName());
      assertThat(getter.getReturnType()).as(f.getName()).isEqualTo(f.getType());
      if (List.class.equals(f.getType())) {
        assertThat(builder.getMethod(f.getName(), Collection.class).getReturnType())
            .isEqualTo(builder);
        assertThat(adder(builder, elementType(f))).as("adder for %s", f.getName()).isNotNull();
      } else {
        assertThat(builder.getMethod(f.getName(), f.getType()).getReturnType()).isEqualTo(builder);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelClasses")
  void theBuilderSetsEveryFieldAndToBuilderCopiesIt(Class<?> type) throws Exception {
    Samples samples = new Samples();
    Object filled = samples.filled(type, 0);
    for (Field f : boundFields(type)) {
      Object value = type.getMethod(f.getName()).invoke(filled);
      if (List.class.equals(f.getType())) {
        assertThat((List<?>) value).as(f.getName()).hasSize(1);
      } else {
        assertThat(value).as(f.getName()).isNotNull();
      }
    }
    Object builder = type.getMethod("toBuilder").invoke(filled);
    Object copy = builder.getClass().getMethod("build").invoke(builder);
    assertThat(copy).isEqualTo(filled).isNotSameAs(filled);
    assertThat(copy.hashCode()).isEqualTo(filled.hashCode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelClasses")
  void equalityDependsOnEveryField(Class<?> type) throws Exception {
    Samples samples = new Samples();
    Object filled = samples.filled(type, 0);
    for (Field f : boundFields(type)) {
      Object builder = type.getMethod("toBuilder").invoke(filled);
      if (List.class.equals(f.getType())) {
        builder.getClass().getMethod(f.getName(), Collection.class).invoke(builder, List.of());
      } else {
        builder.getClass().getMethod(f.getName(), f.getType()).invoke(builder, (Object) null);
      }
      Object changed = builder.getClass().getMethod("build").invoke(builder);
      assertThat(changed).as("without %s", f.getName()).isNotEqualTo(filled);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelClasses")
  void listsComeBackUnmodifiable(Class<?> type) throws Exception {
    Object filled = new Samples().filled(type, 0);
    for (Field f : boundFields(type)) {
      if (List.class.equals(f.getType())) {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) type.getMethod(f.getName()).invoke(filled);
        assertThatThrownBy(() -> list.add(list.get(0)))
            .as(f.getName())
            .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
      }
    }
    // An empty instance (as a framework leaves it) answers empty lists, never null.
    Constructor<?> noArg = type.getDeclaredConstructor();
    noArg.setAccessible(true);
    Object empty = noArg.newInstance();
    for (Field f : boundFields(type)) {
      if (List.class.equals(f.getType())) {
        f.setAccessible(true);
        f.set(empty, null);
        assertThat((List<?>) type.getMethod(f.getName()).invoke(empty)).isEmpty();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelClasses")
  void fieldOrderIsDeclaredAlikeForXmlAndJson(Class<?> type) {
    List<String> fields = boundFields(type).stream().map(Field::getName).toList();
    assertThat(type.getAnnotation(XmlType.class).propOrder()).containsExactlyElementsOf(fields);
    assertThat(type.getAnnotation(JsonPropertyOrder.class).value())
        .containsExactlyElementsOf(fields);
    for (Field f : boundFields(type)) {
      if (List.class.equals(f.getType())) {
        assertThat(f.getAnnotation(XmlElementWrapper.class).name()).isEqualTo(f.getName());
        assertThat(f.getAnnotation(XmlElement.class).name()).isNotBlank().isNotEqualTo(f.getName());
      }
    }
    if (BbicDocument.class.isAssignableFrom(type) || type == CaseFile.class) {
      String simple = type.getSimpleName();
      assertThat(type.getAnnotation(XmlRootElement.class).name())
          .isEqualTo(Character.toLowerCase(simple.charAt(0)) + simple.substring(1));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelClasses")
  void everyTypeAndFieldHasASwedishAndAnEnglishLabel(Class<?> type) {
    LabelBundle bundle =
        type.getPackageName().equals("org.openbbic.forms") ? FormLabels.BUNDLE : ModelLabels.BUNDLE;
    List<String> keys = new ArrayList<>();
    keys.add(type.getSimpleName());
    boundFields(type).forEach(f -> keys.add(type.getSimpleName() + "." + f.getName()));
    for (String key : keys) {
      assertThat(bundle.find(key, SV)).as("sv %s", key).get().asString().isNotBlank();
      assertThat(bundle.find(key, Locale.ENGLISH)).as("en %s", key).get().asString().isNotBlank();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelClasses")
  void toStringShowsNoFreeTextAndNoIdentityNumber(Class<?> type) throws Exception {
    String text = new Samples().filled(type, 0).toString();
    assertThat(text).doesNotContain(FREE_TEXT).startsWith(type.getSimpleName() + "[");
    assertThat(text).doesNotContainPattern("\\b(\\d{6}|\\d{8})[-+]?\\d{4}\\b");
  }

  // ------------------------------------------------------------------ helpers

  static List<Field> boundFields(Class<?> type) {
    return Arrays.stream(type.getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isSynthetic())
        .toList();
  }

  static Class<?> elementType(Field f) {
    if (List.class.equals(f.getType())) {
      var arg = ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
      if (arg instanceof java.lang.reflect.AnnotatedType a) {
        return (Class<?>) a.getType();
      }
      return (Class<?>) arg;
    }
    return f.getType();
  }

  static boolean hasBuilder(Class<?> type) {
    return Arrays.stream(type.getDeclaredClasses())
        .anyMatch(c -> c.getSimpleName().equals("Builder"));
  }

  static Class<?> builderType(Class<?> type) throws NoSuchMethodException {
    return type.getMethod("builder").getReturnType();
  }

  static Method adder(Class<?> builder, Class<?> element) {
    return Arrays.stream(builder.getMethods())
        .filter(m -> m.getName().startsWith("add") && m.getParameterCount() == 1)
        .filter(m -> m.getParameterTypes()[0].equals(element))
        .findFirst()
        .orElse(null);
  }

  /** Distinct sample values per type, and instances with every field filled. */
  static final class Samples {
    private int counter;

    Object filled(Class<?> type, int depth) throws Exception {
      Object builder = type.getMethod("builder").invoke(null);
      for (Field f : boundFields(type)) {
        if (List.class.equals(f.getType())) {
          Object element = sample(elementType(f), depth);
          builder
              .getClass()
              .getMethod(f.getName(), Collection.class)
              .invoke(builder, List.of(element));
        } else {
          builder
              .getClass()
              .getMethod(f.getName(), f.getType())
              .invoke(builder, sample(f.getType(), depth));
        }
      }
      return builder.getClass().getMethod("build").invoke(builder);
    }

    Object sample(Class<?> t, int depth) throws Exception {
      int n = ++counter;
      if (t == String.class) {
        return FREE_TEXT + n;
      } else if (t == Boolean.class) {
        return Boolean.TRUE;
      } else if (t == Integer.class) {
        return n;
      } else if (t == LocalDate.class) {
        return LocalDate.of(2025, 1, 1).plusDays(n);
      } else if (t == OffsetDateTime.class) {
        return OffsetDateTime.of(2025, 1, 1, 12, 0, 0, 0, ZoneOffset.ofHours(1)).plusHours(n);
      } else if (t == UUID.class) {
        // Hex letters keep a sample id from looking like an identity number to the scan below.
        return new UUID(0xfeedfacecafebeefL, 0xa000f00000000000L | n);
      } else if (t == NeedArea.class) {
        return NeedArea.all().get(n % NeedArea.all().size());
      } else if (t == InterventionKind.class) {
        return InterventionKind.all().get(n % InterventionKind.all().size());
      } else if (t == PersonId.class) {
        return PersonId.of(Personnummer.of(LocalDate.of(2015, 3, 14).plusDays(n), 990, false));
      } else if (t.isEnum()) {
        Object[] constants = t.getEnumConstants();
        return constants[n % constants.length];
      } else if (hasBuilder(t)) {
        return depth < 3
            ? filled(t, depth + 1)
            : t.getMethod("builder")
                .invoke(null)
                .getClass()
                .getMethod("build")
                .invoke(t.getMethod("builder").invoke(null));
      }
      throw new AssertionError("no sample for " + t);
    }
  }
}
