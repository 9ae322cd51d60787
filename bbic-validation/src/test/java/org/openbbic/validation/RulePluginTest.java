package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Report;
import org.openbbic.model.law.Statute;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;

/** A vendor's own rule plugs in; a failing rule is reported, not thrown. */
class RulePluginTest {

  /** A typed rule: the validator calls it with reports only. */
  private static final class MeetingOfferedRule extends DocumentRule<Report> {
    MeetingOfferedRule() {
      super(Report.class);
    }

    @Override
    public String code() {
      return "ACME-001";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public Optional<String> legalTopic() {
      return Optional.of("initial-assessment");
    }

    @Override
    public MessageBundle messages() {
      return MessageBundle.of(
          Map.of("ACME-001", "Erbjud ett möte."), Map.of("ACME-001", "Offer a meeting."));
    }

    @Override
    protected void check(Report r, RuleContext context) {
      context.report(
          "/initialAssessment/meetingOffered", null, r.initialAssessment().decidedAt(), Map.of());
    }
  }

  private static final class BrokenRule implements Rule {
    @Override
    public String code() {
      return "ACME-002";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.INFO;
    }

    @Override
    public void checkCase(CaseFile caseFile, RuleContext context) {
      throw new IllegalStateException("201001011234 leaked");
    }
  }

  private final CaseFile cf = new BbicGenerator(77).caseFile();

  @Test
  void aCustomRuleReportsWithItsOwnTextAndTheLaw() {
    BbicValidator v = BbicValidator.builder().rule(new MeetingOfferedRule()).build();
    ValidationReport r =
        v.validateCase(cf, ValidationLevel.SIGNED, TestCases.lastDate(cf), Locale.ENGLISH);
    Finding f = r.withCode("ACME-001").get(0);
    assertThat(f.pointer()).isEqualTo("/reports/0/initialAssessment/meetingOffered");
    assertThat(f.documentId()).contains(cf.reports().get(0).header().documentId());
    assertThat(f.message()).isEqualTo("Offer a meeting.");
    assertThat(f.legalBasis().get().statute()).isIn(Statute.SOL_2001_453, Statute.SOL_2025_400);
    Report doc = (Report) new BbicGenerator(77).document(FormType.REPORT);
    assertThat(v.validate(doc, ValidationLevel.SIGNED).withCode("ACME-001"))
        .extracting(Finding::pointer)
        .containsExactly("/initialAssessment/meetingOffered");
  }

  @Test
  void aFailingRuleBecomesAFindingWithoutItsMessage() {
    BbicValidator v = BbicValidator.builder().rule(new BrokenRule()).build();
    ValidationReport r =
        v.validateCase(cf, ValidationLevel.SIGNED, TestCases.lastDate(cf), Locale.ENGLISH);
    assertThat(r.withCode("BBIC-SYS-001"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.arguments()).containsEntry("rule", "ACME-002");
              assertThat(f.message()).doesNotContain("201001011234");
            });
    assertThat(r.isValid()).isFalse();
  }

  @Test
  void codesMustBeUnique() {
    assertThatThrownBy(
            () ->
                BbicValidator.builder()
                    .rule(new MeetingOfferedRule())
                    .rule(new MeetingOfferedRule())
                    .build())
        .isInstanceOf(IllegalStateException.class);
    assertThat(BbicValidator.builder().build().rules()).hasSameSizeAs(Rules.builtIn());
    assertThat(Rules.discovered()).isEmpty();
  }
}
