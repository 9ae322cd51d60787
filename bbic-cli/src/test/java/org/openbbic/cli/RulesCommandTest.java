package org.openbbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbbic.model.code.LabelBundle;
import org.openbbic.model.law.LegalBasis;
import org.openbbic.validation.RuleCatalogue;

/** In-process: {@code bbic rules} as text and JSON, and the tool's own findings as catalogued. */
class RulesCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void jsonIsOneObjectPerCatalogueEntryWithBothTextsAndTheLaw() throws Exception {
    JsonNode all = JSON.readTree(run(0, "rules", "--format", "json", "--lang", "en"));
    List<RuleCatalogue.Entry> entries = RuleCatalogue.entries();
    assertThat(all.isArray()).isTrue();
    assertThat(all.size()).isEqualTo(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      RuleCatalogue.Entry e = entries.get(i);
      JsonNode o = all.get(i);
      assertThat(o.get("code").asText()).isEqualTo(e.code());
      assertThat(o.get("severity").asText()).as(e.code()).isEqualTo(e.severity().name());
      assertThat(o.get("gradedSeverities").size())
          .as(e.code())
          .isEqualTo(e.gradedSeverities().size());
      assertThat(o.get("lenientSeverity").isNull()).isEqualTo(e.lenientSeverity().isEmpty());
      assertThat(o.get("source").asText()).as(e.code()).isEqualTo(e.source().name());
      assertThat(o.get("level").isNull()).as(e.code()).isEqualTo(e.level().isEmpty());
      e.level().ifPresent(l -> assertThat(o.get("level").asText()).isEqualTo(l.name()));
      assertThat(o.get("messages").get("sv").asText())
          .isEqualTo(e.template(Locale.forLanguageTag("sv")).orElseThrow());
      assertThat(o.get("messages").get("en").asText())
          .isEqualTo(e.template(Locale.ENGLISH).orElseThrow());
      List<LegalBasis> bases = e.legalBases();
      assertThat(o.get("legalBases").size()).as(e.code()).isEqualTo(bases.size());
      for (int b = 0; b < bases.size(); b++) {
        JsonNode basis = o.get("legalBases").get(b);
        assertThat(basis.get("statute").asText()).isEqualTo(bases.get(b).statute().designation());
        assertThat(basis.get("citation").asText()).isEqualTo(bases.get(b).cite(Locale.ENGLISH));
        assertThat(basis.get("confirmed").asBoolean()).isEqualTo(bases.get(b).confirmed());
        assertThat(basis.get("confidence").asText()).isEqualTo(bases.get(b).confidence().name());
        assertThat(basis.get("source").asText()).isEqualTo(bases.get(b).source());
      }
    }
    JsonNode duplicate = find(all, "BBIC-SYN-005");
    assertThat(duplicate.get("severity").asText()).isEqualTo("ERROR");
    assertThat(duplicate.get("lenientSeverity").asText()).isEqualTo("WARNING");
    assertThat(find(all, "BBIC-DOC-005").get("level").asText()).isEqualTo("COMPLETE");
    assertThat(find(all, "BBIC-DOC-002").get("legalBases").get(1).get("validFrom").asText())
        .isEqualTo("2025-07-01");
  }

  private static JsonNode find(JsonNode all, String code) {
    for (JsonNode o : all) {
      if (o.get("code").asText().equals(code)) {
        return o;
      }
    }
    throw new AssertionError(code + " not in bbic rules --format json");
  }

  @Test
  void textListsEveryCodeByFamilyInTheLanguageAsked() {
    String sv = run(0, "rules");
    String en = run(0, "rules", "--lang", "en");
    for (RuleCatalogue.Entry e : RuleCatalogue.entries()) {
      assertThat(sv).contains(e.code() + " ");
      assertThat(en).contains(e.code() + " ");
    }
    assertThat(sv)
        .contains("Syntax och gränser (BBIC-SYN) – källa: syntax")
        .contains("VARNING med --lenient")
        .contains("från --level complete")
        .contains("(till 2025-06-30)");
    assertThat(en)
        .contains("Command-line tool (BBIC-CLI) – source: syntax")
        .contains("WARNING with --lenient")
        .contains("source: rule")
        .contains("(until 2025-06-30)");
    assertThat(sv.indexOf("BBIC-FLD-001")).isLessThan(sv.indexOf("BBIC-SYN-001"));
    assertThat(sv.indexOf("BBIC-SCH-008")).isLessThan(sv.indexOf("BBIC-DOC-001"));
    assertThat(sv.indexOf("BBIC-SYS-002")).isLessThan(sv.indexOf("BBIC-CLI-001"));
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    PrintStream saved = System.err;
    System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    try {
      assertThat(BbicCli.run("rules", "--format", "xml")).isEqualTo(BbicCli.UNREADABLE);
    } finally {
      System.setErr(saved);
    }
  }

  @Test
  void aMissingFileIsReportedWithItsCataloguedSeverityAndSource(@TempDir Path dir)
      throws Exception {
    String missing = dir.resolve("no-such-file.json").toString();
    PrintStream saved = System.err;
    System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    JsonNode line;
    try {
      line = JSON.readTree(run(BbicCli.UNREADABLE, "validate", "--format", "json", missing));
    } finally {
      System.setErr(saved);
    }
    JsonNode finding = line.get("findings").get(0);
    RuleCatalogue.Entry e = RuleCatalogue.entry(CliCodes.FILE_MISSING).orElseThrow();
    assertThat(finding.get("code").asText()).isEqualTo(e.code());
    assertThat(finding.get("severity").asText()).isEqualTo(e.severity().name());
    assertThat(finding.get("source").asText()).isEqualTo(e.source().name());
    assertThat(finding.get("message").asText())
        .isEqualTo(e.template(Locale.forLanguageTag("sv")).orElseThrow());
  }

  @Test
  void theToolsTextsExistInBothLanguages() {
    LabelBundle texts = LabelBundle.load(name -> Texts.class.getResourceAsStream(name), "cli");
    assertThat(texts.englishKeys()).isEqualTo(texts.swedishKeys());
  }

  private static String run(int exit, String... args) {
    return CliRun.run(exit, args);
  }
}
