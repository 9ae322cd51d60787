package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.RepeatedTest;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;
import org.openbbic.validation.internal.CaseIndex;

/**
 * Property: whatever single field of a generated case file is absent (as a lenient reader could
 * leave it), validation reports findings and never fails: no exception and no {@code BBIC-SYS} code
 * from a rule tripping over the gap.
 */
class RobustnessPropertyTest {

  private static final BbicValidator VALIDATOR = BbicValidator.builder().build();

  private static Object copy(Object bean) throws ReflectiveOperationException {
    Method toBuilder = bean.getClass().getMethod("toBuilder");
    Object builder = toBuilder.invoke(bean);
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private static List<Field> fields(Class<?> type) {
    List<Field> out = new ArrayList<>();
    for (Field f : type.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers())) {
        f.setAccessible(true);
        out.add(f);
      }
    }
    return out;
  }

  /** The case file with the document at {@code pointer} (like /reports/0) replaced. */
  @SuppressWarnings("unchecked")
  private static CaseFile replace(CaseFile cf, String pointer, Object doc)
      throws ReflectiveOperationException {
    CaseFile copy = (CaseFile) copy(cf);
    String[] parts = pointer.substring(1).split("/");
    Field field = CaseFile.class.getDeclaredField(parts[0]);
    field.setAccessible(true);
    if (parts.length == 1) {
      field.set(copy, doc);
    } else {
      List<Object> list = new ArrayList<>((List<Object>) field.get(copy));
      list.set(Integer.parseInt(parts[1]), doc);
      field.set(copy, list);
    }
    return copy;
  }

  private static void assertSound(ValidationReport r, String what) {
    assertThat(r.findings())
        .as(what)
        .noneMatch(f -> f.code().startsWith("BBIC-SYS"))
        .allMatch(f -> f.pointer().isEmpty() || f.pointer().startsWith("/"));
  }

  @RepeatedTest(3)
  void everyAbsentFieldIsReportedNeverThrown() throws Exception {
    long seed = Seeds.seed();
    CaseFile cf = new BbicGenerator(seed).caseFile();
    LocalDate asOf = TestCases.lastDate(cf).plusDays(1);
    CaseIndex index = CaseIndex.of(cf);
    int mutations = 0;
    for (BbicDocument doc : index.documents()) {
      String pointer = index.pointer(doc);
      for (Field field : fields(doc.getClass())) {
        Object mutated = copy(doc);
        field.set(mutated, null);
        String what = Seeds.describe(seed) + " " + pointer + "/" + field.getName() + " = null";
        BbicDocument d = (BbicDocument) mutated;
        for (ValidationLevel level : ValidationLevel.values()) {
          assertSound(VALIDATOR.validate(d, level, Locale.ENGLISH), what);
        }
        ValidationReport r =
            VALIDATOR.validateCase(replace(cf, pointer, d), ValidationLevel.SIGNED, asOf);
        assertSound(r, what);
        mutations++;
      }
      if (doc.header() != null) {
        for (Field field : fields(doc.header().getClass())) {
          Object header = copy(doc.header());
          field.set(header, null);
          Object mutated = copy(doc);
          Field h = doc.getClass().getDeclaredField("header");
          h.setAccessible(true);
          h.set(mutated, header);
          String what = Seeds.describe(seed) + " " + pointer + "/header/" + field.getName();
          assertSound(
              VALIDATOR.validateCase(replace(cf, pointer, mutated), ValidationLevel.SIGNED, asOf),
              what);
          mutations++;
        }
      }
    }
    assertThat(mutations).isGreaterThan(100);
  }

  @RepeatedTest(3)
  void absentDocumentsInListsAndAnAbsentChildAreTolerated() throws Exception {
    long seed = Seeds.seed();
    CaseFile cf = new BbicGenerator(seed).caseFile();
    CaseFile copy = (CaseFile) copy(cf);
    for (Field f : fields(CaseFile.class)) {
      if (List.class.isAssignableFrom(f.getType())) {
        List<Object> list = new ArrayList<>((List<?>) f.get(copy));
        list.add(null);
        f.set(copy, list);
      }
    }
    Field child = CaseFile.class.getDeclaredField("child");
    child.setAccessible(true);
    child.set(copy, null);
    ValidationReport r =
        VALIDATOR.validateCase(copy, ValidationLevel.SIGNED, TestCases.lastDate(cf));
    assertSound(r, Seeds.describe(seed));
    assertThat(r.withCode("BBIC-FLD-001")).extracting(Finding::pointer).contains("/child");
  }
}
