package org.openbbic.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Writes the example reports to {@code target/stats-example/}: the follow-up report over 2024 for
 * 2,000 generated case files (HTML, JSON, CSV) and an implementation questionnaire (HTML), and
 * checks that the generated data reach every part of the report.
 */
class ReportExampleTest {

  private static final long SEED = 20_240_101L;

  @Test
  void writesTheExampleReports() throws Exception {
    Varied varied = new Varied(SEED);
    FollowUpReport report =
        FollowUpReport.builder()
            .period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
            .build();
    for (int i = 0; i < 2_000; i++) {
      report.add(varied.next());
    }
    FollowUpResult r = report.result();
    String seed = "seed " + SEED;
    assertThat(r.table(Measure.REFERRALS_BY_KIND).columnTotal(Measure.COUNT)).as(seed).isPositive();
    assertThat(r.table(Measure.INVESTIGATIONS).count("FINISHED")).as(seed).isPositive();
    assertThat(r.table(Measure.PLACEMENTS).columnTotal("SOL")).as(seed).isPositive();
    assertThat(r.table(Measure.PLANS_AND_FOLLOW_UPS).columnTotal("ON_TIME")).as(seed).isPositive();
    assertThat(r.table(Measure.NEED_SIDES).columnTotal(Measure.COUNT)).as(seed).isPositive();
    assertThat(r.openCases()).as(seed).isPositive();

    Path dir = Path.of("target", "stats-example");
    Files.createDirectories(dir);
    PublishOptions options = PublishOptions.defaults();
    try (Writer w =
        Files.newBufferedWriter(dir.resolve("uppfoljning-2024.html"), StandardCharsets.UTF_8)) {
      StatsWriter.writeHtml(r, options, w);
    }
    try (Writer w =
        Files.newBufferedWriter(dir.resolve("uppfoljning-2024.json"), StandardCharsets.UTF_8)) {
      StatsWriter.writeJson(r, options, w);
    }
    StatsWriter.writeCsv(r, options, dir.resolve("csv"));

    ImplementationQuestionnaire q =
        ImplementationQuestionnaire.builder()
            .title("Uppföljning av BBIC-implementeringen 2024")
            .statement("S1", "BBIC hjälper mig att hålla barnet i centrum")
            .statement("S2", "Dokumentationsstödet är lätt att använda")
            .statement("S3", "Utredningarna har blivit mer enhetliga")
            .build();
    SplittableRandom random = new SplittableRandom(SEED);
    Agreement[] steps = Agreement.values();
    for (int i = 0; i < 40; i++) {
      q.answer(
          Map.of(
              "S1", steps[random.nextInt(3)],
              "S2", steps[random.nextInt(steps.length)],
              "S3", steps[random.nextInt(steps.length)]));
    }
    try (Writer w =
        Files.newBufferedWriter(dir.resolve("enkat-2024.html"), StandardCharsets.UTF_8)) {
      StatsWriter.writeHtml(q.result(), options, w);
    }

    String html = Files.readString(dir.resolve("uppfoljning-2024.html"));
    assertThat(html).contains("Nyckeltal", "Barn efter ålder", "<svg");
    assertThat(Files.readString(dir.resolve("enkat-2024.html"))).contains("Instämmer helt");
  }
}
