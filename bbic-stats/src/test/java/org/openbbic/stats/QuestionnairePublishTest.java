package org.openbbic.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A questionnaire as published: JSON valid against its published schema, small numbers suppressed
 * as for the case statistics (or not at all with threshold 0, and the page says which), comments
 * escaped, a PDF through the printouts' renderer.
 */
class QuestionnairePublishTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HOSTILE = "Bra <script>alert('x')</script> & \"citat\"";

  /** S1: 7/2/0/0/1 of 10; S2 2/3/3/1/0 and one no answer; comments on both themes. */
  static QuestionnaireResult result() {
    ImplementationQuestionnaire q =
        ImplementationQuestionnaire.builder()
            .title("Uppföljning <i>2026</i>")
            .statement(
                new QuestionnaireStatement("S1", "BBIC har lett till högre kvalitet", "Kvalitet"))
            .statement(new QuestionnaireStatement("S2", "Arbetsbelastningen är för hög", "Arbete"))
            .build();
    Agreement[] s1 = {
      Agreement.AGREE_FULLY, Agreement.AGREE_FULLY, Agreement.AGREE_FULLY, Agreement.AGREE_FULLY,
      Agreement.AGREE_FULLY, Agreement.AGREE_FULLY, Agreement.AGREE_FULLY, Agreement.AGREE,
      Agreement.AGREE, Agreement.CANNOT_SAY
    };
    Agreement[] s2 = {
      Agreement.AGREE_FULLY, Agreement.AGREE_FULLY, Agreement.AGREE, Agreement.AGREE,
      Agreement.AGREE, Agreement.AGREE_PARTLY, Agreement.AGREE_PARTLY, Agreement.AGREE_PARTLY,
      Agreement.DISAGREE, null
    };
    for (int i = 0; i < 10; i++) {
      Map<String, Agreement> a = new HashMap<>();
      a.put("S1", s1[i]);
      if (s2[i] != null) {
        a.put("S2", s2[i]);
      }
      q.answer(a);
    }
    q.comment("Kvalitet", HOSTILE);
    q.comment("Arbete", "Rad ett\nrad två");
    q.comment("", "Allmänt sett bra");
    return q.result();
  }

  private static Schema schema() {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b ->
                b.schemaLoader(l -> l.fetchRemoteResources(false))
                    .schemas(
                        iri ->
                            iri.endsWith(StatsWriter.QUESTIONNAIRE_SCHEMA_FILE)
                                ? schemaText()
                                : null));
    return registry.getSchema(
        SchemaLocation.of(
            "https://openbbic.github.io/schema/1/" + StatsWriter.QUESTIONNAIRE_SCHEMA_FILE));
  }

  private static String schemaText() {
    try (InputStream in = StatsWriter.questionnaireSchema().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String json(QuestionnaireResult r, PublishOptions o) throws IOException {
    StringWriter w = new StringWriter();
    StatsWriter.writeJson(r, o, w);
    return w.toString();
  }

  private static JsonNode statement(JsonNode root, String id) {
    for (JsonNode theme : root.get("themes")) {
      for (JsonNode s : theme.get("statements")) {
        if (s.get("id").asText().equals(id)) {
          return s;
        }
      }
    }
    throw new AssertionError(id);
  }

  private static List<Object> counts(JsonNode statement) {
    List<Object> list = new java.util.ArrayList<>();
    statement
        .get("rows")
        .forEach(r -> list.add(r.get("count").isNull() ? null : r.get("count").asLong()));
    return list;
  }

  @ParameterizedTest(name = "threshold {0}")
  @ValueSource(ints = {0, 1, 3, 5})
  void theJsonIsValidAgainstThePublishedSchema(int threshold) throws Exception {
    for (Locale locale : new Locale[] {Locale.forLanguageTag("sv"), Locale.ENGLISH}) {
      String json =
          json(result(), PublishOptions.defaults().withThreshold(threshold).withLocale(locale));
      assertThat(schema().validate(json, InputFormat.JSON)).as(json).isEmpty();
    }
  }

  @Test
  void theSchemaRejectsWhatTheOutputMustNotBe() throws Exception {
    ObjectNode root = (ObjectNode) JSON.readTree(json(result(), PublishOptions.defaults()));
    ObjectNode bad = root.deepCopy();
    ((ObjectNode) bad.get("themes").get(0).get("statements").get(0).get("rows").get(0))
        .put("count", "7");
    assertThat(schema().validate(bad.toString(), InputFormat.JSON))
        .extracting(Error::getKeyword)
        .contains("type");
    ObjectNode extra = root.deepCopy();
    extra.put("unexpected", 1);
    assertThat(schema().validate(extra.toString(), InputFormat.JSON))
        .extracting(Error::getKeyword)
        .contains("additionalProperties");
    ObjectNode missing = root.deepCopy();
    missing.remove("respondents");
    assertThat(schema().validate(missing.toString(), InputFormat.JSON))
        .extracting(Error::getKeyword)
        .contains("required");
  }

  @Test
  void thePublishedCopyBesideTheOtherSchemasIsTheShippedOne() throws Exception {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("bbic-export").resolve("schemas"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("repository root").isNotNull();
    Path published =
        dir.resolve("bbic-export")
            .resolve("schemas")
            .resolve(StatsWriter.QUESTIONNAIRE_SCHEMA_FILE);
    assertThat(Files.readString(published, StandardCharsets.UTF_8)).isEqualTo(schemaText());
  }

  @Test
  void withThresholdZeroEveryCountIsExactAndThePageSaysSo() throws Exception {
    PublishOptions open = PublishOptions.defaults().withThreshold(0);
    JsonNode root = JSON.readTree(json(result(), open));
    assertThat(counts(statement(root, "S1"))).containsExactly(7L, 2L, 0L, 0L, 1L, 0L);
    assertThat(counts(statement(root, "S2"))).containsExactly(2L, 3L, 3L, 1L, 0L, 1L);
    assertThat(statement(root, "S1").get("rows").get(0).get("share").asDouble()).isEqualTo(70.0);
    assertThat(statement(root, "S2").get("answers").asLong()).isEqualTo(9);
    assertThat(root.get("suppression").get("applied").asBoolean()).isFalse();
    StringWriter html = new StringWriter();
    StatsWriter.writeHtml(result(), open, html);
    assertThat(html.toString()).contains("Inget skydd mot röjande av små tal (tröskel 0)");
  }

  @Test
  void theDefaultThresholdSuppressesCountsOfOneAndTwoAndWhatWouldGiveThemAway() throws Exception {
    JsonNode root = JSON.readTree(json(result(), PublishOptions.defaults()));
    assertThat(counts(statement(root, "S1"))).containsExactly(7L, null, 0L, 0L, null, 0L);
    // the lone no-answer (1) and the disagree (1) and fully-agree (2) are suppressed; the number
    // who answered would give the no-answer away
    JsonNode s2 = statement(root, "S2");
    assertThat(counts(s2)).containsExactly(null, 3L, 3L, null, 0L, null);
    assertThat(s2.get("answers").isNull()).isTrue();
    assertThat(s2.get("rows").get(0).get("share").isNull()).isTrue();
    assertThat(root.get("suppression").get("threshold").asInt()).isEqualTo(3);
    assertThat(root.get("suppression").get("applied").asBoolean()).isTrue();
    // the typed result keeps the exact counts
    assertThat(result().table("S1").count("AGREE")).isEqualTo(2);
  }

  @Test
  void commentsAreListedPerThemeAndEscaped() throws Exception {
    StringWriter w = new StringWriter();
    StatsWriter.writeHtml(result(), PublishOptions.defaults(), w);
    String html = w.toString();
    assertThat(html).doesNotContain("<script").doesNotContain("<i>2026");
    assertThat(html)
        .contains("Bra &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;citat&quot;");
    assertThat(html).contains("Rad ett<br>rad två");
    assertThat(html.indexOf("Kommentarer: Kvalitet")).isLessThan(html.indexOf("<h2>Arbete</h2>"));
    assertThat(html).contains("<h2>Övriga kommentarer</h2>");
    assertThat(html.split("<svg", -1)).hasSize(3); // one chart per statement
    JsonNode root = JSON.readTree(json(result(), PublishOptions.defaults()));
    assertThat(root.get("themes").get(0).get("comments").get(0).asText()).isEqualTo(HOSTILE);
    assertThat(root.get("themes").get(2).get("theme").asText()).isEmpty();
  }

  @Test
  void thePdfIsA4WithPageNumbersAndTheCommentsAsText() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StatsWriter.writePdf(result(), PublishOptions.defaults().withThreshold(0), out);
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      assertThat(pdf.getPage(0).getMediaBox().getWidth())
          .isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("Sida 1 av " + pdf.getNumberOfPages());
      assertThat(text)
          .contains("BBIC har lett till högre kvalitet", "70,0", "Uppföljning <i>2026</i>");
      assertThat(text).contains("Bra <script>alert('x')</script> & \"citat\"");
      assertThat(text).contains("Inget skydd mot röjande av små tal");
    }
  }

  @Test
  void theCsvIsOneFileWithAnAboutBlockTheTablesAndTheComments() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StatsWriter.writeCsv(result(), PublishOptions.defaults().withThreshold(0), out);
    byte[] bytes = out.toByteArray();
    assertThat(bytes[0]).isEqualTo((byte) 0xEF); // the byte-order mark Excel looks for
    String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
    assertThat(csv)
        .contains(
            "Kvalitet;S1;BBIC har lett till högre kvalitet;10;AGREE_FULLY;Instämmer helt;7;70,0\r\n");
    assertThat(csv)
        .contains("Arbete;S2;Arbetsbelastningen är för hög;9;NO_ANSWER;Inget svar;1;10,0\r\n");
    assertThat(csv).contains("Tema;Kommentar\r\n", "Arbete;\"Rad ett\nrad två\"\r\n");
  }
}
