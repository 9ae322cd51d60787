package org.openbbic.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;

class CaseChainExampleTest {

  @Test
  void theExampleChainRunsFromReportToClosureForOneChild() {
    CaseFile file = CaseChainExample.build();
    assertThat(file.documents().stream().map(BbicDocument::formType))
        .containsExactly(
            FormType.BASIC_DATA,
            FormType.REPORT,
            FormType.INVESTIGATION_PLAN,
            FormType.INVESTIGATION,
            FormType.DECISION,
            FormType.CARE_PLAN,
            FormType.IMPLEMENTATION_PLAN,
            FormType.FOLLOW_UP,
            FormType.RECONSIDERATION,
            FormType.CLOSURE);
    assertThat(file.documents())
        .allSatisfy(d -> assertThat(d.header().child()).isEqualTo(file.child().id()));
    assertThat(file.investigations().get(0).assessments()).hasSize(12);
  }

  @Test
  void theSummaryIsInSwedishByDefaultAndMasksTheChildsNumber() {
    String text = print(Locale.forLanguageTag("sv-SE"));
    assertThat(text)
        .contains("Ärendekedja IFO-2025-00042")
        .contains("Förhandsbedömning: Inleda utredning, 9 dagar efter anmälan")
        .contains("Barnets utveckling")
        .doesNotContain("201405129824")
        .doesNotContain("140512-9824");
    assertThat(text.lines().filter(l -> l.endsWith("Signerad"))).hasSize(10);
  }

  @Test
  void theSummaryCanBeEnglish() {
    assertThat(print(Locale.ENGLISH)).contains("Case file IFO-2025-00042").contains("Basic data");
  }

  private static String print(Locale locale) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CaseChainExample.print(
        CaseChainExample.build(), locale, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
