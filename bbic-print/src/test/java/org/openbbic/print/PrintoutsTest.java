package org.openbbic.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.DocumentStatus;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.ProtectionLevel;
import org.openbbic.testkit.BbicGenerator;

/**
 * Writes the printouts a person looks at into {@code target/printouts}: one investigation (a draft,
 * so the draft marking shows) as HTML and PDF, a whole case file as HTML and PDF, and the same case
 * file with a protected child and guardian as a guardian receives it, and a case file of a child
 * with fingerade personuppgifter by default and unmasked, for seed 20261123.
 */
class PrintoutsTest {

  private static final long SEED = 20261123L;

  @Test
  void writesInvestigationAndCaseFilePrintouts() throws Exception {
    CaseFile file = new BbicGenerator(SEED).caseFile();
    BbicDocument investigation =
        Fixtures.withStatus(file.investigations().get(0), DocumentStatus.DRAFT);
    BbicPrinter printer = BbicPrinter.forRecipient(RecipientPolicy.INTERNAL);
    Path dir = Fixtures.printouts();

    Path html = dir.resolve("investigation.html");
    Files.writeString(html, printer.html(investigation, file), StandardCharsets.UTF_8);
    Path pdf = dir.resolve("investigation.pdf");
    Files.write(pdf, printer.pdf(investigation, file));
    Path whole = dir.resolve("casefile.pdf");
    Files.write(whole, printer.pdf(file));
    Files.writeString(dir.resolve("casefile.html"), printer.html(file), StandardCharsets.UTF_8);

    CaseFile protectedFile = Fixtures.protectedCaseFile(file);
    Path guardian = dir.resolve("casefile-guardian.pdf");
    Files.write(guardian, BbicPrinter.forRecipient(RecipientPolicy.GUARDIAN).pdf(protectedFile));
    // a child with fingerade personuppgifter: by default, and by the explicit unmasked choice
    CaseFile fictitious =
        new BbicGenerator(SEED).caseFile(ProtectionLevel.FINGERADE_PERSONUPPGIFTER);
    BbicPrinter byDefault = BbicPrinter.builder().build();
    Files.writeString(
        dir.resolve("casefile-fingerade.html"), byDefault.html(fictitious), StandardCharsets.UTF_8);
    Files.write(dir.resolve("casefile-fingerade.pdf"), byDefault.pdf(fictitious));
    Files.write(
        dir.resolve("casefile-fingerade-unmasked.pdf"),
        BbicPrinter.forRecipient(RecipientPolicy.INTERNAL_UNMASKED).pdf(fictitious));

    assertThat(Files.size(html)).as("seed %d", SEED).isPositive();
    assertThat(Files.size(guardian)).as("seed %d", SEED).isPositive();
    assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    assertThat(Files.size(whole)).isGreaterThan(Files.size(pdf));
  }
}
