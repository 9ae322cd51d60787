package org.openbbic.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openbbic.forms.CaseFile;
import org.openbbic.print.internal.PrintLabels;

/**
 * Every property that a printout can show, in every class reachable from the case file, has a label
 * in Swedish and in English, so no heading is ever a raw key.
 */
class LabelCoverageTest {

  @ParameterizedTest
  @ValueSource(strings = {"sv", "en"})
  void everyPrintablePropertyHasALabel(String language) {
    Locale locale = Locale.forLanguageTag(language);
    List<String> missing = new ArrayList<>();
    Set<Class<?>> seen = new HashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(CaseFile.class));
    int checked = 0;
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!seen.add(type)) {
        continue;
      }
      for (String name : Pages.properties(type)) {
        String key = type.getSimpleName() + "." + name;
        checked++;
        if (!PrintLabels.hasLabel(key, locale)) {
          missing.add(key);
        }
        try {
          Field f = type.getDeclaredField(name);
          Class<?> next = f.getType();
          if (List.class.isAssignableFrom(next)
              && f.getGenericType() instanceof ParameterizedType p
              && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            next = element;
          }
          // an identity is printed as one value (masked per policy), never field by field
          if (next.getPackageName().startsWith("org.openbbic")
              && !next.isEnum()
              && next != org.openbbic.model.PersonId.class) {
            todo.push(next);
          }
        } catch (NoSuchFieldException e) {
          missing.add(key + " (no field)");
        }
      }
    }
    assertThat(checked).isGreaterThan(150);
    assertThat(missing).as("properties without a label in %s", language).isEmpty();
    for (String word :
        List.of(
            "yes",
            "no",
            "draft.banner",
            "draft.running",
            "page.before",
            "page.between",
            "withheld",
            "identity.protected",
            "name",
            "contact",
            "contents",
            "unspecified",
            "child",
            "recipient.internal",
            "recipient.internal-unmasked",
            "recipient.court",
            "recipient.guardian",
            "recipient.custom",
            "unmasked.running")) {
      assertThat(PrintLabels.BUNDLE.find(word, locale)).as(word).isPresent();
    }
  }
}
