package org.openbbic.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbbic.stats.Fixtures.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbbic.forms.Application;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.ReportKind;
import org.openbbic.model.code.ReporterCategory;

/** Small-number protection in every published format, and the formats themselves. */
class SuppressionAndWritersTest {

  /** 1 anmälan, 2 other information, 3 applications, 0 unknown. */
  private static FollowUpResult result() {
    CaseFile.Builder b =
        caseFile("S-1", child(d(2015, 1, 1), 981))
            .addReport(anmalan(d(2024, 2, 1), ReporterCategory.SCHOOL));
    for (int i = 0; i < 2; i++) {
      b.addReport(
          anmalan(d(2024, 2, 2 + i), ReporterCategory.POLICE).toBuilder()
              .kind(ReportKind.INFORMATION_PA_ANNAT_SATT)
              .build());
    }
    for (int i = 0; i < 3; i++) {
      b.addApplication(
          Application.builder()
              .header(header(FormType.APPLICATION, d(2024, 3, 1 + i)))
              .receivedDate(d(2024, 3, 1 + i))
              .build());
    }
    return report(b.build());
  }

  private static JsonNode json(FollowUpResult r, PublishOptions o) throws Exception {
    StringWriter w = new StringWriter();
    StatsWriter.writeJson(r, o, w);
    return new ObjectMapper().readTree(w.toString());
  }

  private static JsonNode table(JsonNode root, String id) {
    for (JsonNode t : root.get("tables")) {
      if (t.get("id").asText().equals(id)) {
        return t;
      }
    }
    throw new AssertionError("no table " + id);
  }

  private static JsonNode row(JsonNode table, String code) {
    for (JsonNode r : table.get("rows")) {
      if (r.get("code").asText().equals(code)) {
        return r.get("values").get(0);
      }
    }
    throw new AssertionError("no row " + code);
  }

  @Test
  void countsBelowTheThresholdAreSuppressedInJsonButExactInTheTypedResult() throws Exception {
    FollowUpResult r = result();
    assertThat(r.table(Measure.REFERRALS_BY_KIND).count("ANMALAN")).isEqualTo(1);

    JsonNode root = json(r, PublishOptions.defaults());
    JsonNode kinds = table(root, "referrals-by-kind");
    assertThat(row(kinds, "ANMALAN").isNull()).isTrue();
    assertThat(row(kinds, "INFORMATION_PA_ANNAT_SATT").isNull()).isTrue();
    assertThat(row(kinds, "ANSOKAN").asLong()).isEqualTo(3);
    assertThat(row(kinds, Measure.UNKNOWN).asLong()).isZero();
    assertThat(kinds.get("suppressedCells").asLong()).isEqualTo(2);
    assertThat(root.get("suppression").get("threshold").asInt()).isEqualTo(3);
    assertThat(root.get("suppression").get("notes").size()).isPositive();
  }

  @Test
  void aLoneSuppressedCountTakesTheNextSmallestWithItSoTheTotalCannotRevealIt() throws Exception {
    // 1 anmälan, 4 other information, 5 applications: the 1 is suppressed, and the 4 with it.
    CaseFile.Builder b =
        caseFile("S-2", child(d(2015, 1, 1), 981))
            .addReport(anmalan(d(2024, 2, 1), ReporterCategory.SCHOOL));
    for (int i = 0; i < 4; i++) {
      b.addReport(
          anmalan(d(2024, 2, 2 + i), ReporterCategory.POLICE).toBuilder()
              .kind(ReportKind.INFORMATION_PA_ANNAT_SATT)
              .build());
    }
    for (int i = 0; i < 5; i++) {
      b.addApplication(
          Application.builder()
              .header(header(FormType.APPLICATION, d(2024, 3, 1 + i)))
              .receivedDate(d(2024, 3, 1 + i))
              .build());
    }
    JsonNode kinds = table(json(report(b.build()), PublishOptions.defaults()), "referrals-by-kind");
    assertThat(row(kinds, "ANMALAN").isNull()).isTrue();
    assertThat(row(kinds, "INFORMATION_PA_ANNAT_SATT").isNull()).isTrue();
    assertThat(row(kinds, "ANSOKAN").asLong()).isEqualTo(5);
    assertThat(row(kinds, Measure.UNKNOWN).asLong()).isZero();
  }

  @Test
  void theThresholdIsConfigurable() throws Exception {
    FollowUpResult r = result();
    JsonNode one = table(json(r, PublishOptions.defaults().withThreshold(1)), "referrals-by-kind");
    assertThat(row(one, "ANMALAN").asLong()).isEqualTo(1);
    assertThat(one.get("suppressedCells").asLong()).isZero();
    JsonNode five = table(json(r, PublishOptions.defaults().withThreshold(5)), "referrals-by-kind");
    assertThat(row(five, "ANSOKAN").isNull()).isTrue();
  }

  @Test
  void sharesResolvingSuppressedCountsAreSuppressed() throws Exception {
    // Protection assessments: 1 missing of 1 → a share would reveal a count of 1.
    FollowUpResult r = result();
    JsonNode key = table(json(r, PublishOptions.defaults()), "key-figures");
    assertThat(row(key, "PROTECTION_ON_TIME_SHARE").isNull()).isTrue();
    JsonNode open = table(json(r, PublishOptions.defaults().withThreshold(1)), "key-figures");
    assertThat(row(open, "PROTECTION_ON_TIME_SHARE").asDouble()).isEqualTo(0.0);
  }

  @Test
  void csvFilesAreOnePerTableWithSemicolonsBomAndSuppressionMarks(@TempDir Path dir)
      throws Exception {
    FollowUpResult r = result();
    List<Path> files = StatsWriter.writeCsv(r, PublishOptions.defaults(), dir);
    // the about file, the key figures and one file per measure
    assertThat(files).hasSize(Measure.values().length + 2);
    Path kinds =
        files.stream()
            .filter(p -> p.getFileName().toString().endsWith("-referrals-by-kind.csv"))
            .findFirst()
            .orElseThrow();
    byte[] bytes = Files.readAllBytes(kinds);
    assertThat(bytes[0]).isEqualTo((byte) 0xEF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text).contains("ANMALAN;Anmälan;..\r\n");
    assertThat(text).contains("ANSOKAN;Ansökan;3\r\n");
    String about = new String(Files.readAllBytes(files.get(0)), StandardCharsets.UTF_8);
    assertThat(about).contains("threshold;3");

    Map<String, byte[]> plain =
        StatsWriter.csvFiles(
            r, PublishOptions.defaults().withByteOrderMark(false).withSeparator(','));
    byte[] first = plain.values().iterator().next();
    assertThat(first[0]).isNotEqualTo((byte) 0xEF);
    String kindsComma =
        plain.entrySet().stream()
            .filter(e -> e.getKey().endsWith("-referrals-by-kind.csv"))
            .map(e -> new String(e.getValue(), StandardCharsets.UTF_8))
            .findFirst()
            .orElseThrow();
    assertThat(kindsComma).contains("ANMALAN,Anmälan,..\r\n");
  }

  @Test
  void csvQuotesFieldsHoldingTheSeparatorOrQuotes() {
    assertThat(org.openbbic.stats.internal.Render.csv("a;b", ';')).isEqualTo("\"a;b\"");
    assertThat(org.openbbic.stats.internal.Render.csv("say \"hi\"", ';'))
        .isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(org.openbbic.stats.internal.Render.csv("plain", ';')).isEqualTo("plain");
  }

  @Test
  void htmlIsSelfContainedSwedishWithAccessibleSvgChartsAndNoScript() throws Exception {
    StringWriter w = new StringWriter();
    StatsWriter.writeHtml(result(), PublishOptions.defaults(), w);
    String html = w.toString();
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"sv\">");
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain(" src=");
    assertThat(html).contains("Verksamhetsuppföljning", "Beskrivning av klientgruppen");
    assertThat(html).contains("<svg").contains("role=\"img\"").contains("aria-label=");
    assertThat(html).contains("<title id=\"chart-");
    // the suppressed count reads "..", and the page says why
    assertThat(html).contains("<th scope=\"row\">Anmälan</th><td class=\"n\">..</td>");
    assertThat(html).contains("Skydd mot röjande");
    // every opened svg is closed
    assertThat(count(html, "<svg")).isEqualTo(count(html, "</svg>"));

    StringWriter en = new StringWriter();
    StatsWriter.writeHtml(result(), PublishOptions.defaults().withLocale(Locale.ENGLISH), en);
    assertThat(en.toString()).contains("<html lang=\"en\">").contains("Operational follow-up");
  }

  @Test
  void htmlEscapesText() {
    assertThat(org.openbbic.stats.internal.Render.html("<a href='x'>&\"</a>"))
        .isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;");
    assertThat(org.openbbic.stats.internal.Render.json("a\"b\\c\n\u0001"))
        .isEqualTo("\"a\\\"b\\\\c\\n\\u0001\"");
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
