package org.openbbic.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The implementation follow-up questionnaire: one frequency table and chart per statement. */
class QuestionnaireTest {

  private static ImplementationQuestionnaire questionnaire() {
    return ImplementationQuestionnaire.builder()
        .title("Uppföljning av BBIC-implementeringen")
        .statement("S1", "BBIC hjälper mig att hålla barnet i centrum")
        .statement("S2", "Dokumentationsstödet är lätt att använda")
        .build();
  }

  @Test
  void answersAreCountedPerStatementOnTheFiveStepScale() throws Exception {
    ImplementationQuestionnaire q = questionnaire();
    q.answer(Map.of("S1", Agreement.AGREE_FULLY, "S2", Agreement.DISAGREE));
    q.answer(Map.of("S1", Agreement.AGREE_FULLY, "S2", Agreement.CANNOT_SAY));
    q.answer(Map.of("S1", Agreement.AGREE_FULLY));
    q.answer(Map.of("S1", Agreement.AGREE_PARTLY, "S2", Agreement.AGREE));

    QuestionnaireResult r = q.result();
    assertThat(r.respondents()).isEqualTo(4);
    assertThat(r.table("S1").count("AGREE_FULLY")).isEqualTo(3);
    assertThat(r.table("S1").count("AGREE_PARTLY")).isEqualTo(1);
    assertThat(r.table("S2").count("DISAGREE")).isEqualTo(1);
    assertThat(r.table("S2").count("CANNOT_SAY")).isEqualTo(1);
    assertThat(r.table("S2").count(ImplementationQuestionnaire.NO_ANSWER)).isEqualTo(1);
    assertThat(r.table("S2").rows())
        .containsExactly(
            "AGREE_FULLY", "AGREE", "AGREE_PARTLY", "DISAGREE", "CANNOT_SAY", "NO_ANSWER");

    StringWriter html = new StringWriter();
    StatsWriter.writeHtml(r, PublishOptions.defaults().withThreshold(1), html);
    String page = html.toString();
    assertThat(page).contains("Instämmer helt", "Instämmer delvis", "Instämmer inte alls");
    assertThat(page).contains("Kan ej uttala mig", "BBIC hjälper mig att hålla barnet i centrum");
    assertThat(page.split("<svg", -1)).hasSize(3); // one chart per statement
    // 3 of 4 fully agree: 75,0 %
    assertThat(page).contains("75,0");

    StringWriter suppressed = new StringWriter();
    StatsWriter.writeHtml(r, PublishOptions.defaults(), suppressed);
    assertThat(suppressed.toString()).contains("<td class=\"n\">..</td>");
    java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
    StatsWriter.writeCsv(r, PublishOptions.defaults(), csv);
    // one row per statement and answer, six answers (the scale and "no answer") each
    assertThat(csv.toString(java.nio.charset.StandardCharsets.UTF_8).split("\r\n"))
        .filteredOn(l -> l.contains(";S1;") || l.contains(";S2;"))
        .hasSize(12);
  }

  @Test
  void partsCombineExactly() {
    SplittableRandom random = new SplittableRandom(11);
    ImplementationQuestionnaire whole = questionnaire();
    ImplementationQuestionnaire a = questionnaire();
    ImplementationQuestionnaire b = questionnaire();
    Agreement[] steps = Agreement.values();
    for (int i = 0; i < 200; i++) {
      Map<String, Agreement> answers =
          Map.of(
              "S1", steps[random.nextInt(steps.length)], "S2", steps[random.nextInt(steps.length)]);
      whole.answer(answers);
      (random.nextBoolean() ? a : b).answer(answers);
    }
    assertThat(a.combine(b).result()).isEqualTo(whole.result());
  }

  @Test
  void answersToUnknownStatementsAreRejectedWithoutCountingAnything() {
    ImplementationQuestionnaire q = questionnaire();
    assertThatThrownBy(() -> q.answer(Map.of("S9", Agreement.AGREE)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(q.result().respondents()).isZero();
  }
}
