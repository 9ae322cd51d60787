package org.openbbic.examples;

import java.time.OffsetDateTime;
import java.util.Locale;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Report;
import org.openbbic.forms.ReportKind;
import org.openbbic.model.PersonId;
import org.openbbic.model.Personnummer;
import org.openbbic.model.code.ReporterCategory;

/** The README's example, compiled by the build so that it cannot drift from the API. */
public final class QuickStart {

  private QuickStart() {}

  /** Builds a report of concern and prints it masked, with its Swedish form name. */
  public static void main(String[] args) {
    // README example: begin
    Personnummer child = Personnummer.parse("20140512-9824"); // a test number
    OffsetDateTime now = OffsetDateTime.parse("2026-11-23T09:40:00+01:00");

    Report report =
        Report.builder()
            .header(
                DocumentHeader.newDocument(FormType.REPORT, now)
                    .child(PersonId.of(child))
                    .caseId("IFO-2026-00001")
                    .build())
            .kind(ReportKind.ANMALAN)
            .receivedAt(now)
            .reporterCategory(ReporterCategory.SCHOOL)
            .concern("Skolan är orolig för barnets frånvaro.")
            .build();

    System.out.println(report.formType().label(Locale.forLanguageTag("sv")) + ": " + report);
    // README example: end
  }
}
