package org.openbbic.export;

import jakarta.validation.constraints.Pattern;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.openbbic.forms.Disclosure;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Goal;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.model.PersonId;
import org.openbbic.model.code.InterventionKind;
import org.openbbic.model.code.NeedArea;

/**
 * Builds model objects with every field filled (lists with one to three entries), from a seed,
 * through the frameworks' own door (the private no-arg constructor and the fields). The values are
 * not meaningful BBIC content; they exercise every field, type and character class of the format:
 * Swedish letters, markup characters, line breaks, empty texts, offsets and fractions of seconds.
 */
final class FieldFiller {
  // A field with a pattern gets a value of its form (matching), every other text any characters.

  private static final String ALPHABET =
      "abcåäöÅÄÖéü XYZ 019 <>&\"' \n\r\t-+/;:{}[]]]>\u00a0\u2028😀";
  private static final ZoneOffset[] OFFSETS = {
    ZoneOffset.UTC, ZoneOffset.ofHours(1), ZoneOffset.ofHours(2), ZoneOffset.ofHoursMinutes(-5, -30)
  };

  private final Random random;

  FieldFiller(long seed) {
    this.random = new Random(seed);
  }

  /** A {@code type} with every field filled. */
  <T> T fill(Class<T> type) {
    return type.cast(object(type, 0));
  }

  private Object object(Class<?> type, int depth) {
    try {
      Constructor<?> ctor = type.getDeclaredConstructor();
      ctor.setAccessible(true);
      Object o = ctor.newInstance();
      for (Field f : type.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())) {
          continue;
        }
        f.setAccessible(true);
        if (List.class.isAssignableFrom(f.getType())) {
          Class<?> item =
              (Class<?>) ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
          List<Object> list = new ArrayList<>();
          int n =
              depth > 2 && BbicModel.get().findType(item).isPresent() ? 1 : 1 + random.nextInt(3);
          Pattern itemPattern =
              ((java.lang.reflect.AnnotatedParameterizedType) f.getAnnotatedType())
                  .getAnnotatedActualTypeArguments()[0].getAnnotation(Pattern.class);
          for (int i = 0; i < n; i++) {
            list.add(itemPattern != null ? matching(itemPattern) : value(item, depth + 1));
          }
          f.set(o, list);
        } else if (f.isAnnotationPresent(Pattern.class)) {
          f.set(o, matching(f.getAnnotation(Pattern.class)));
        } else {
          f.set(o, value(f.getType(), depth + 1));
        }
      }
      FormType formType = FormType.of(type).orElse(null);
      if (formType != null) {
        Field header = type.getDeclaredField("header");
        header.setAccessible(true);
        DocumentHeader h = (DocumentHeader) header.get(o);
        header.set(o, h.toBuilder().formType(formType).build());
      }
      return o;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot fill " + type.getName(), e);
    }
  }

  private Object value(Class<?> type, int depth) {
    if (type == String.class) {
      return text();
    }
    if (type == Boolean.class) {
      return random.nextBoolean();
    }
    if (type == LocalDate.class) {
      return LocalDate.of(1990, 1, 1).plusDays(random.nextInt(15_000));
    }
    if (type == OffsetDateTime.class) {
      LocalDateTime t = LocalDateTime.of(2000, 1, 1, 0, 0).plusMinutes(random.nextInt(15_000_000));
      if (random.nextBoolean()) {
        t = t.plusSeconds(1 + random.nextInt(59));
      }
      if (random.nextInt(4) == 0) {
        t = t.plusNanos(1_000_000L * (1 + random.nextInt(999)));
      }
      return OffsetDateTime.of(t, OFFSETS[random.nextInt(OFFSETS.length)]);
    }
    if (type == UUID.class) {
      return new UUID(random.nextLong(), random.nextLong());
    }
    if (type == NeedArea.class) {
      List<NeedArea> all = NeedArea.all();
      return all.get(random.nextInt(all.size()));
    }
    if (type == InterventionKind.class) {
      List<InterventionKind> all = InterventionKind.all();
      return all.get(random.nextInt(all.size()));
    }
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    }
    if (BbicModel.get().findType(type).isPresent()) {
      return object(type, depth);
    }
    throw new IllegalStateException("no filler for " + type.getName());
  }

  /**
   * A value of a text field with a pattern (identifiers, versions, codes): the published XSD checks
   * it, so it is filled with a value of its form, from a few hand-picked per pattern (a new pattern
   * fails here until it has its own).
   */
  private String matching(Pattern pattern) {
    String regexp = pattern.regexp();
    String[] samples =
        switch (regexp) {
          case "[0-9]+\\.[0-9]+\\.[0-9]+" -> new String[] {"1.0.0", "1.12.3"};
          case "[0-9]{4}" -> new String[] {"0180", "2016", "1280"};
          case PersonId.VALUE_PATTERN -> new String[] {"201701109876", "R123456X"};
          case Goal.ID_PATTERN -> new String[] {"goal-1", "M.2_b"};
          case Disclosure.RECIPIENT_PATTERN -> new String[] {"internal", "court", "x-9"};
          default -> {
            if (regexp.startsWith("^(") && regexp.endsWith(")$")) {
              yield regexp.substring(2, regexp.length() - 2).split("\\|");
            }
            throw new IllegalStateException("no sample for the pattern " + regexp);
          }
        };
    String value = samples[random.nextInt(samples.length)];
    if (!value.matches(regexp)) {
      throw new IllegalStateException(value + " does not match " + regexp);
    }
    return value;
  }

  private String text() {
    int n = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(24);
    StringBuilder sb = new StringBuilder(n);
    int[] codePoints = ALPHABET.codePoints().toArray();
    for (int i = 0; i < n; i++) {
      sb.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
    }
    return sb.toString();
  }
}
