package org.openbbic.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.FieldDefinition;
import org.openbbic.forms.meta.TypeDefinition;
import org.openbbic.forms.meta.ValueKind;
import org.openbbic.model.PersonId;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;

/** {@link IdentityNormalizer} knows every document type and leaves 12-digit content untouched. */
class IdentityNormalizerTest {

  private static final LocalDate TODAY = LocalDate.of(2030, 6, 1);

  /**
   * Every identity field of a document, in the format's order, found by walking all its fields
   * through the metamodel (an absent identity as {@code null}).
   */
  private static List<PersonId> ids(BbicDocument doc) {
    List<PersonId> out = new ArrayList<>();
    collect(doc, BbicModel.get().type(doc.getClass()), out);
    return out;
  }

  private static void collect(Object value, TypeDefinition def, List<PersonId> out) {
    for (FieldDefinition f : def.fields()) {
      if (f.valueKind() != ValueKind.OBJECT) {
        continue;
      }
      Object v = f.get(value);
      List<?> items = f.list() ? (List<?>) v : java.util.Collections.singletonList(v);
      for (Object item : items) {
        if (f.valueType() == PersonId.class) {
          out.add((PersonId) item);
        } else if (item != null) {
          collect(item, f.definition().orElseThrow(), out);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(FormType.class)
  void everyDocumentTypeGetsItsTwelveDigitNumbersBack(FormType type) {
    long seed = Seeds.seed();
    BbicDocument original = new BbicGenerator(seed).document(type);
    assertThat(IdentityNormalizer.document(original, TODAY))
        .as("12-digit content is the same object, %s", Seeds.describe(seed))
        .isSameAs(original);
    BbicDocument written = ShortForms.document(original, TODAY);
    List<PersonId> before = ids(original);
    List<PersonId> writings = ids(written);
    BbicDocument normalized = IdentityNormalizer.document(written, TODAY);
    assertThat(normalized)
        .isNotSameAs(written)
        .isEqualTo(original)
        .isInstanceOf(type.documentClass());
    List<PersonId> after = ids(normalized);
    int numbers = 0;
    for (int i = 0; i < after.size(); i++) {
      if (before.get(i) == null || before.get(i).personnummer().isEmpty()) {
        assertThat(after.get(i)).isEqualTo(before.get(i));
        continue;
      }
      numbers++;
      assertThat(writings.get(i).value()).hasSize(11);
      assertThat(after.get(i).value()).isEqualTo(before.get(i).value());
      assertThat(after.get(i).received()).isEqualTo(writings.get(i).value());
    }
    assertThat(numbers).as("the header's child at least").isPositive();
  }

  @Test
  void aCaseFileGetsItsTwelveDigitNumbersBackAndIsUntouchedWithoutShortForms() {
    long seed = Seeds.seed();
    CaseFile original = new BbicGenerator(seed).caseFile();
    assertThat(IdentityNormalizer.caseFile(original, TODAY)).isSameAs(original);
    CaseFile written = ShortForms.caseFile(original, TODAY);
    assertThat(written.child().id().value()).hasSize(11);
    assertThat(written.reports().get(0).header().child().value()).hasSize(11);
    CaseFile normalized = IdentityNormalizer.caseFile(written, TODAY);
    assertThat(normalized).as(Seeds.describe(seed)).isEqualTo(original);
    assertThat(normalized.child().id().received()).isEqualTo(written.child().id().value());
    assertThat(IdentityNormalizer.normalize(normalized, TODAY)).isSameAs(normalized);
    assertThat(IdentityNormalizer.normalize("not a document", TODAY)).isEqualTo("not a document");
  }
}
