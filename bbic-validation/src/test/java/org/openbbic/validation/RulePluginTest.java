package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Report;
import org.openbbic.forms.meta.BbicModel;
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

  /** An untyped rule, in the form of before {@link DocumentRule}: it meets every document. */
  private static final class EveryDocumentRule implements Rule {
    @Override
    public String code() {
      return "ACME-003";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.INFO;
    }

    @Override
    public MessageBundle messages() {
      return MessageBundle.of(Map.of("ACME-003", "Sett."), Map.of("ACME-003", "Seen."));
    }

    @Override
    public void checkDocument(BbicDocument document, RuleContext context) {
      context.report("", null, null, Map.of());
    }
  }

  /** A typed rule over reports: it meets the reports alone. */
  private static final class EveryReportRule extends DocumentRule<Report> {
    EveryReportRule() {
      super(Report.class);
    }

    @Override
    public String code() {
      return "ACME-004";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.INFO;
    }

    @Override
    public MessageBundle messages() {
      return MessageBundle.of(Map.of("ACME-004", "Sett."), Map.of("ACME-004", "Seen."));
    }

    @Override
    protected void check(Report report, RuleContext context) {
      context.report("", null, null, Map.of());
    }
  }

  private final CaseFile cf = new BbicGenerator(77).caseFile();

  @Test
  void aTypedRuleMeetsOnlyItsKindAndAnUntypedRuleEveryDocument() {
    BbicValidator v =
        BbicValidator.builder()
            .builtInRules(false)
            .rule(new EveryDocumentRule())
            .rule(new EveryReportRule())
            .build();
    ValidationReport r =
        v.validateCase(cf, ValidationLevel.DRAFT, TestCases.lastDate(cf), Locale.ENGLISH);
    List<String> documents =
        BbicModel.get().documents(cf).stream().map(BbicModel.CaseDocument::pointer).toList();
    assertThat(documents).hasSizeGreaterThan(cf.reports().size());
    assertThat(r.withCode("ACME-003")).extracting(Finding::pointer).isEqualTo(documents);
    assertThat(r.withCode("ACME-004"))
        .extracting(Finding::pointer)
        .isEqualTo(documents.stream().filter(p -> p.startsWith("/reports/")).toList())
        .isNotEmpty();
    BbicDocument plan = new BbicGenerator(77).document(FormType.CARE_PLAN);
    assertThat(v.validate(plan, ValidationLevel.DRAFT).withCode("ACME-003")).hasSize(1);
    assertThat(v.validate(plan, ValidationLevel.DRAFT).withCode("ACME-004")).isEmpty();
  }

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
