package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbbic.model.law.LegalProvisions;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.internal.ConstraintCodes;
import org.openbbic.validation.internal.SystemCodes;

/**
 * The catalogue of the validator's own codes and how it takes in other modules' {@link CodeTable
 * code tables}. The published {@code docs/rules.md} holds every module's codes, so bbic-cli's
 * {@code CodeCatalogueTest}, where all modules are present, generates and checks it.
 */
class RuleCatalogueTest {

  private static final MessageBundle OWN =
      MessageBundle.of(
          Map.of("BBIC-SYN-901", "Syntax.", "BBIC-CLI-901", "Verktyg.", "ACME-1", "Egen."),
          Map.of("BBIC-SYN-901", "Syntax.", "BBIC-CLI-901", "Tool.", "ACME-1", "Own."));

  /** A table as another module declares one, out of family order on purpose. */
  private static final CodeTable TABLE =
      () ->
          List.of(
              RuleCatalogue.Entry.of("ACME-1", Severity.INFO, FindingSource.RULE, OWN),
              RuleCatalogue.Entry.of("BBIC-CLI-901", Severity.FATAL, FindingSource.SYNTAX, OWN),
              RuleCatalogue.Entry.of("BBIC-SYN-901", Severity.ERROR, FindingSource.SYNTAX, OWN)
                  .withLenientSeverity(Severity.WARNING));

  @Test
  void theValidatorsOwnCodesAreAllCatalogued() {
    List<String> codes = RuleCatalogue.entries().stream().map(RuleCatalogue.Entry::code).toList();
    assertThat(codes).containsAll(ConstraintCodes.ALL).containsAll(SystemCodes.ALL);
    assertThat(codes).containsAll(Rules.builtIn().stream().map(Rule::code).toList());
    for (Rule r : Rules.builtIn()) {
      RuleCatalogue.Entry e = RuleCatalogue.entry(r.code()).orElseThrow();
      assertThat(e.severity()).as(r.code()).isEqualTo(r.defaultSeverity());
      assertThat(e.level()).as(r.code()).contains(r.minimumLevel());
      assertThat(e.source()).as(r.code()).isEqualTo(FindingSource.RULE);
      assertThat(e.legalTopic()).as(r.code()).isEqualTo(r.legalTopic());
    }
    assertThat(RuleCatalogue.entry(ConstraintCodes.REQUIRED).orElseThrow().level()).isEmpty();
    assertThat(RuleCatalogue.entry("BBIC-NONE-001")).isEmpty();
  }

  @Test
  void everyRulesLegalTopicHasAProvision() {
    for (Rule r : Rules.builtIn()) {
      r.legalTopic()
          .ifPresent(
              topic -> {
                assertThat(LegalProvisions.topics())
                    .as("legal topic %s of %s in LegalProvisions", topic, r.code())
                    .contains(topic);
                assertThat(LegalProvisions.allForTopic(topic)).as(topic).isNotEmpty();
              });
    }
    assertThat(Rules.builtIn().stream().filter(r -> r.legalTopic().isPresent())).isNotEmpty();
  }

  @Test
  void codeTablesJoinTheCatalogueByFamilyInAStableOrder() {
    List<RuleCatalogue.Entry> entries = RuleCatalogue.entries(Rules.builtIn(), List.of(TABLE));
    List<String> families = entries.stream().map(RuleCatalogue.Entry::family).distinct().toList();
    assertThat(families).containsExactly("FLD", "SYN", "DOC", "CASE", "SYS", "CLI", "");
    assertThat(entries.get(ConstraintCodes.ALL.size()).code()).isEqualTo("BBIC-SYN-901");
    assertThat(entries.get(entries.size() - 1).code()).isEqualTo("ACME-1");
    assertThat(RuleCatalogue.entries(Rules.builtIn(), List.of(TABLE)))
        .extracting(RuleCatalogue.Entry::code)
        .isEqualTo(entries.stream().map(RuleCatalogue.Entry::code).toList());

    String md = RuleCatalogue.markdown(entries);
    assertThat(md)
        .contains("## Syntax and limits (BBIC-SYN)")
        .contains("## Command-line tool (BBIC-CLI)")
        .contains("## Other codes")
        .doesNotContain("## Schema (BBIC-SCH)")
        .contains(
            "| BBIC-SYN-901 | ERROR (lenient: WARNING) | – | SYNTAX | Syntax. | Syntax. | – |")
        .contains("| BBIC-CLI-901 | FATAL | – | SYNTAX | Verktyg. | Tool. | – |");
    assertThat(md.indexOf("BBIC-FLD-001")).isLessThan(md.indexOf("BBIC-SYN-901"));
    assertThat(md.indexOf("BBIC-SYN-901")).isLessThan(md.indexOf("BBIC-DOC-001"));
    assertThat(md.indexOf("BBIC-SYS-002")).isLessThan(md.indexOf("BBIC-CLI-901"));
  }

  @Test
  void aCodeDeclaredTwiceIsRefused() {
    CodeTable clash =
        () ->
            List.of(
                RuleCatalogue.Entry.of(
                    ConstraintCodes.REQUIRED, Severity.ERROR, FindingSource.SCHEMA, OWN));
    assertThatThrownBy(() -> RuleCatalogue.entries(Rules.builtIn(), List.of(clash)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(ConstraintCodes.REQUIRED);
  }

  @Test
  void theMarkdownHasOneTablePerFamilyWithLevelsAndTheLawByPeriod() {
    String md = RuleCatalogue.markdown();
    assertThat(md).contains("do not edit by hand");
    for (RuleCatalogue.Entry e : RuleCatalogue.entries()) {
      assertThat(md)
          .contains(
              "| "
                  + e.code()
                  + " | "
                  + e.severity()
                  + (e.gradedSeverities().isEmpty()
                      ? ""
                      : " (also "
                          + e.gradedSeverities().stream()
                              .sorted()
                              .map(Enum::name)
                              .collect(java.util.stream.Collectors.joining(", "))
                          + " by circumstance)")
                  + " | "
                  + e.level().map(Enum::name).orElse("–")
                  + " | "
                  + e.source()
                  + " |");
    }
    assertThat(md)
        .contains("## Field constraints (BBIC-FLD)")
        .contains("## Document rules (BBIC-DOC)")
        .contains("## Case-chain rules (BBIC-CASE)")
        .contains("## System (BBIC-SYS)");
    assertThat(md).contains("20 kap. 2 §").contains("11 kap. 1 a §").contains("(till 2025-06-30)");
    assertThat(md).contains("| " + ValidationLevel.COMPLETE.name() + " |");
  }

  @Test
  void aProvisionIsCitedWithItsPeriodInEitherLanguage() {
    var basis =
        LegalProvisions.allForTopic(
                RuleCatalogue.entry("BBIC-DOC-002").orElseThrow().legalTopic().orElseThrow())
            .get(0);
    assertThat(RuleCatalogue.cite(basis, Locale.forLanguageTag("sv")))
        .startsWith(basis.cite(Locale.forLanguageTag("sv")) + " (till 2025-06-30), frist P14D")
        .endsWith("; källa: lagtext SFS 2001:453 11 kap. 1 a § 2 st.; lawline");
    assertThat(RuleCatalogue.cite(basis, Locale.ENGLISH))
        .startsWith(basis.cite(Locale.ENGLISH) + " (until 2025-06-30), limit P14D")
        .endsWith("; source: lagtext SFS 2001:453 11 kap. 1 a § 2 st.; lawline");
  }

  @Test
  void rulesGradedByCircumstanceSayWhichSeveritiesTheyMayHave() {
    assertThat(RuleCatalogue.entry("BBIC-DOC-017").orElseThrow().gradedSeverities())
        .as("rests on an unsourced limit after a closed investigation")
        .containsExactly(Severity.WARNING);
    assertThat(RuleCatalogue.entry("BBIC-DOC-020").orElseThrow().gradedSeverities())
        .containsExactly(Severity.ERROR);
    assertThat(RuleCatalogue.entry("BBIC-CASE-023").orElseThrow().gradedSeverities())
        .containsExactly(Severity.ERROR);
    assertThat(RuleCatalogue.entry("BBIC-DOC-003").orElseThrow().gradedSeverities()).isEmpty();
  }

  @Test
  void aProvisionShowsItsScopeAndConfidenceWhenNotConfirmed() {
    var closed =
        LegalProvisions.inForce(
                "child-situation-follow-up",
                "AFTER_CLOSED_INVESTIGATION",
                java.time.LocalDate.of(2025, 6, 30))
            .get(0);
    assertThat(RuleCatalogue.cite(closed, Locale.forLanguageTag("sv")))
        .contains("[AFTER_CLOSED_INVESTIGATION]")
        .contains("ej belagt i någon källa");
    var lvu =
        LegalProvisions.inForce("custody-transfer", "LVU_2", java.time.LocalDate.of(2023, 1, 1))
            .get(0);
    assertThat(RuleCatalogue.cite(lvu, Locale.ENGLISH))
        .contains("[LVU_2]")
        .contains("likely (secondary sources)")
        .contains("prop. 2021/22:178");
  }
}
