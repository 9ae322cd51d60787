package org.openbbic.examples;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.openbbic.export.BbicExport;
import org.openbbic.export.Format;
import org.openbbic.export.ReadResult;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Investigation;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.BbicValidator;
import org.openbbic.validation.Finding;
import org.openbbic.validation.RuleCatalogue;
import org.openbbic.validation.ValidationReport;

/**
 * Validates the example case chain (valid) and a broken copy (findings printed in Swedish), then
 * writes the chain as JSON and as XML, reads both back through the hardened reader, and shows that
 * they are equal; then reads a payload cut short and looks its finding's code up in the catalogue.
 */
public final class ValidateAndExchangeExample {

  private static final Locale SV = Locale.forLanguageTag("sv-SE");

  private ValidateAndExchangeExample() {}

  /** Runs the example. */
  public static void main(String[] args) {
    CaseFile file = CaseChainExample.build();
    LocalDate asOf = LocalDate.of(2026, 4, 1);

    // VENDOR example: begin
    BbicValidator validator = BbicValidator.builder().build(); // once; thread-safe
    BbicExport export = BbicExport.builder().validator(validator).build(); // once; thread-safe

    ValidationReport report = validator.validateCase(file, ValidationLevel.SIGNED, asOf, SV);
    byte[] xml = export.writer(Format.XML).writeBytes(file); // protected people's data withheld
    ReadResult<CaseFile> read =
        export.reader(Format.XML, CaseFile.class).withLevel(ValidationLevel.SIGNED).read(xml);
    for (Finding f : read.findings()) {
      System.out.println(f.severity() + " " + f.code() + " " + f.pointer() + ": " + f.message());
    }
    // VENDOR example: end
    System.out.println(
        "Exempelkedjan: "
            + (report.isValid() ? "giltig" : "ogiltig")
            + ", fynd "
            + report.findings().size());
    for (Finding f : report.findings()) {
      System.out.println(
          "  " + f.severity() + " " + f.code() + " " + f.pointer() + ": " + f.message());
    }

    // A broken copy: the investigation lost its communication record and its child's views.
    Investigation investigation = file.investigations().get(0);
    CaseFile broken =
        file.toBuilder()
            .investigations(
                java.util.List.of(
                    investigation.toBuilder()
                        .communication(null)
                        .childViews(null)
                        .childViewsNotObtainedReason(null)
                        .build()))
            .build();
    ValidationReport brokenReport =
        validator.validateCase(broken, ValidationLevel.SIGNED, asOf, SV);
    System.out.println("Trasig kopia: " + brokenReport.findings().size() + " fynd");
    for (Finding f : brokenReport.findings()) {
      System.out.println(
          "  " + f.severity() + " " + f.code() + " " + f.pointer() + ": " + f.message());
    }

    byte[] json = export.writer(Format.JSON).writeBytes(file);
    ReadResult<CaseFile> readJson = export.reader(Format.JSON, CaseFile.class).read(json);
    for (Finding f : readJson.findings()) {
      System.out.println("  JSON: " + f.severity() + " " + f.code() + " " + f.pointer());
    }
    CaseFile fromJson = readJson.value().orElseThrow();
    CaseFile fromXml = read.value().orElseThrow();
    System.out.printf(
        "JSON %d byte, XML %d byte; inläst från JSON och XML lika med originalet: %s%n",
        json.length, xml.length, fromJson.equals(file) && fromXml.equals(file));

    // A payload cut short: what its code means, from the catalogue of every code (docs/rules.md).
    // On the module path this also proves that bbic-export provides its code table.
    ReadResult<CaseFile> cut =
        export.reader(Format.JSON, CaseFile.class).read(Arrays.copyOf(json, json.length / 2));
    for (Finding f : cut.findings()) {
      RuleCatalogue.Entry entry =
          RuleCatalogue.entry(f.code())
              .orElseThrow(() -> new IllegalStateException(f.code() + " is not catalogued"));
      System.out.println(
          "Avkortad JSON: "
              + f.code()
              + " "
              + entry.severity()
              + " ("
              + entry.source()
              + "): "
              + entry.template(SV).orElse(""));
    }
  }
}
