package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbbic.validation.FindingsAssert.assertThatFindings;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openbbic.forms.BasicData;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Report;
import org.openbbic.model.IdType;
import org.openbbic.model.Person;
import org.openbbic.model.PersonId;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;

/** No identity number reaches a log line, a finding's text or its arguments. */
class NoPersonalDataTest {

  private static final Pattern IDENTITY = Pattern.compile("\\b(\\d{6}|\\d{8})[-+]?\\d{4}\\b");

  private static final class ThrowingRule implements Rule {
    @Override
    public String code() {
      return "TEST-LEAK-001";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public void checkCase(CaseFile caseFile, RuleContext context) {
      throw new IllegalArgumentException(
          "bad child " + caseFile.child().id().value()); // a careless rule
    }
  }

  @Test
  void logsAndFindingsCarryNoIdentityNumber() {
    CaseFile cf = new BbicGenerator(1234).caseFile();
    String number = cf.child().id().value();
    assertThat(IDENTITY.matcher(number).find()).as("the test uses a real-looking number").isTrue();
    // break identity numbers and texts in several places
    String wrong = number.substring(0, 11) + ((number.charAt(11) - '0' + 1) % 10);
    BasicData bd = cf.basicData();
    Person child = bd.child().toBuilder().id(PersonId.of(IdType.PERSONNUMMER, wrong)).build();
    Report r = cf.reports().get(0);
    CaseFile broken =
        cf.toBuilder()
            .basicData(bd.toBuilder().child(child).build())
            .reports(List.of(r.toBuilder().concern(number + " " + "z".repeat(60_000)).build()))
            .build();

    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    List<ValidationReport> reports = new ArrayList<>();
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      BbicValidator v = BbicValidator.builder().rule(new ThrowingRule()).build();
      for (Locale locale : List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
        reports.add(v.validateCase(broken, ValidationLevel.SIGNED, TestCases.lastDate(cf), locale));
      }
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).as("the rule failure was logged").contains("TEST-LEAK-001");
    assertThat(IDENTITY.matcher(log).find()).as("log: %s", log).isFalse();
    for (ValidationReport report : reports) {
      assertThatFindings(report).hasCode("BBIC-DOC-014");
      assertThatFindings(report).hasCode("BBIC-FLD-003");
      assertThatFindings(report).hasCode("BBIC-SYS-001");
      for (Finding f : report.findings()) {
        assertThat(IDENTITY.matcher(f.message()).find()).as(f.code()).isFalse();
        assertThat(IDENTITY.matcher(f.toString()).find()).as(f.code()).isFalse();
        assertThat(IDENTITY.matcher(String.valueOf(f.arguments())).find()).as(f.code()).isFalse();
      }
      assertThat(IDENTITY.matcher(report.toString()).find()).isFalse();
    }
  }
}
