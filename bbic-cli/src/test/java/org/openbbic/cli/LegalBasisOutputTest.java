package org.openbbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbbic.export.BbicExport;
import org.openbbic.export.Format;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.code.CareBasis;
import org.openbbic.model.code.PlacementForm;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Mutation;
import org.openbbic.testkit.Mutators;

/**
 * {@code bbic validate} and {@code bbic deadlines} on a late case: the finding names the law it
 * rests on in text and JSON, and the calendar calls the late deadline late, never met.
 */
class LegalBasisOutputTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Mutation<CaseFile> lateInvestigation() {
    CaseFile cf =
        new BbicGenerator(7, LocalDate.of(2024, 12, 1))
            .caseFile(CareBasis.SOL, PlacementForm.FAMILY_HOME);
    return Mutators.caseFile(cf, 7).stream()
        .filter(m -> m.name().equals("investigation-completed-one-day-late"))
        .findFirst()
        .orElseThrow();
  }

  private static Path write(Path dir, CaseFile cf) throws Exception {
    Path file = dir.resolve("late.json");
    Files.write(
        file,
        BbicExport.builder()
            .build()
            .writer(Format.JSON)
            .withPolicy(RecipientPolicy.INTERNAL_UNMASKED)
            .writeBytes(cf));
    return file;
  }

  @Test
  void aLateInvestigationCitesTheSecondStyckeOf11Kap2InTextAndJson(@TempDir Path dir)
      throws Exception {
    Mutation<CaseFile> m = lateInvestigation();
    Path file = write(dir, m.value());
    String asOf = m.asOf().orElseThrow().toString();
    JsonNode line =
        JSON.readTree(run(1, "validate", "--format", "json", "--as-of", asOf, file.toString()));
    JsonNode finding = line.get("findings").get(0);
    assertThat(finding.get("code").asText()).isEqualTo("BBIC-DOC-003");
    JsonNode basis = finding.get("legalBasis");
    assertThat(basis.get("statute").asText()).isEqualTo("SFS 2001:453");
    assertThat(basis.get("chapter").asText()).isEqualTo("11");
    assertThat(basis.get("section").asText()).isEqualTo("2");
    assertThat(basis.get("paragraph").asText()).isEqualTo("2");
    assertThat(basis.get("confirmed").asBoolean()).isTrue();
    assertThat(basis.get("citation").asText())
        .isEqualTo("11 kap. 2 § andra stycket socialtjänstlagen (2001:453)");
    assertThat(basis.get("confidence").asText()).isEqualTo("CONFIRMED");
    assertThat(basis.get("source").asText()).contains("JO 2565-2016");

    String text = run(1, "validate", "--as-of", asOf, file.toString());
    assertThat(text).contains("BBIC-DOC-003").contains("— 11 kap. 2 § 2 st. SoL (2001:453)");
    String english = run(1, "validate", "--lang", "en", "--as-of", asOf, file.toString());
    assertThat(english).contains("— SoL (2001:453) ch. 11 s. 2 para. 2");
  }

  @Test
  void theCalendarCallsTheSameDeadlineLateWithItsDays(@TempDir Path dir) throws Exception {
    Mutation<CaseFile> m = lateInvestigation();
    Path file = write(dir, m.value());
    String asOf = m.asOf().orElseThrow().toString();
    JsonNode line =
        JSON.readTree(run(0, "deadlines", "--format", "json", "--as-of", asOf, file.toString()));
    JsonNode late = null;
    for (JsonNode d : line.get("deadlines")) {
      if (d.get("kind").asText().equals("INVESTIGATION")) {
        late = d;
      }
    }
    assertThat(late).isNotNull();
    assertThat(late.get("status").asText()).isEqualTo("MET_LATE");
    assertThat(late.get("breach").asBoolean()).isTrue();
    assertThat(late.get("daysLate").asLong()).isPositive();
    assertThat(late.get("pointer").asText()).isEqualTo(m.pointer());
    assertThat(run(0, "deadlines", "--as-of", asOf, file.toString()))
        .contains("för sent")
        .doesNotContain("uppfylld   Utredningen");
  }

  private static String run(int exit, String... args) {
    return CliRun.run(exit, args);
  }
}
