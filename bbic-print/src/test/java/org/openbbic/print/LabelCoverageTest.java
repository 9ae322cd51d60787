package org.openbbic.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.FieldDefinition;
import org.openbbic.forms.meta.TypeDefinition;
import org.openbbic.print.internal.PrintLabels;

/**
 * Every property that a printout can show, in every type of the model (BbicModel), has a label in
 * Swedish and in English, so no heading is ever a raw key.
 */
class LabelCoverageTest {

  @ParameterizedTest
  @ValueSource(strings = {"sv", "en"})
  void everyPrintablePropertyHasALabel(String language) {
    Locale locale = Locale.forLanguageTag(language);
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (TypeDefinition type : BbicModel.get().types()) {
      // an identity is printed as one value (masked per policy), never field by field
      if (type.type() == org.openbbic.model.PersonId.class) {
        continue;
      }
      for (FieldDefinition f : type.fields()) {
        checked++;
        if (!PrintLabels.hasLabel(f.labelKey(), locale)) {
          missing.add(f.labelKey());
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
