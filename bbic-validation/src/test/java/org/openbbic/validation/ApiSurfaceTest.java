package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Public API types never expose the internal package in a signature. That the module descriptor
 * does not export it is checked against the real descriptors, with every other module's, by
 * bbic-cli's {@code ModuleDescriptorsTest} (tests here run on the class path, where the module is
 * unnamed).
 */
class ApiSurfaceTest {

  private static final List<Class<?>> API =
      List.of(
          BbicValidator.class,
          BbicValidator.Builder.class,
          CodeTable.class,
          Deadline.class,
          DeadlineCalendar.class,
          DeadlineKind.class,
          DeadlineStatus.class,
          DocumentRule.class,
          Finding.class,
          Finding.Builder.class,
          FindingSource.class,
          FindingsAssert.class,
          MessageBundle.class,
          Messages.class,
          Rule.class,
          RuleCatalogue.class,
          RuleCatalogue.Entry.class,
          RuleContext.class,
          Rules.class,
          Severity.class,
          ValidationReport.class);

  private static boolean internal(Type t) {
    if (t instanceof Class<?>) {
      return ((Class<?>) t).getName().contains(".internal.");
    }
    if (t instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) t;
      if (internal(p.getRawType())) {
        return true;
      }
      for (Type a : p.getActualTypeArguments()) {
        if (internal(a)) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void publicSignaturesUseNoInternalType() {
    for (Class<?> c : API) {
      assertThat(c.getPackageName()).isEqualTo("org.openbbic.validation");
      for (Method m : c.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers())) {
          continue;
        }
        assertThat(internal(m.getGenericReturnType())).as("%s return", m).isFalse();
        for (Type p : m.getGenericParameterTypes()) {
          assertThat(internal(p)).as("%s parameter", m).isFalse();
        }
      }
    }
  }
}
