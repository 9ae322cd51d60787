package org.openbbic.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.FormType;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.Person;
import org.openbbic.model.Personnummer;
import org.openbbic.model.ProtectionLevel;
import org.openbbic.print.internal.PrintLabels;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;

/**
 * Protected identity is safe by default: for every form type and every level of protection, a
 * printer built without a policy, in HTML and in the PDF's text, never shows a protected person's
 * address or contact details, nor with fingerade personuppgifter their name or identity number; the
 * explicit {@code internal-unmasked} choice shows them and says so on every page. People come from
 * the test kit ({@link BbicGenerator#caseFile(ProtectionLevel)}): the child and the first guardian,
 * with names and streets no one else has.
 */
class SafeByDefaultTest {

  private static final Locale SV = Locale.forLanguageTag("sv-SE");
  private static final BbicPrinter DEFAULT = BbicPrinter.builder().build();
  private static final BbicPrinter UNMASKED =
      BbicPrinter.forRecipient(RecipientPolicy.INTERNAL_UNMASKED);

  static Stream<Arguments> typesAndLevels() {
    List<Arguments> args = new ArrayList<>();
    for (FormType type : FormType.values()) {
      for (ProtectionLevel level : ProtectionLevel.values()) {
        args.add(Arguments.of(type, level));
      }
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("typesAndLevels")
  void theDefaultPrintoutOfEveryDocumentHidesWhatProtectionCovers(
      FormType type, ProtectionLevel level) throws IOException {
    long seed = Seeds.seed();
    CaseFile file = new BbicGenerator(seed).caseFile(level);
    BbicDocument document = documentOf(file, type, level, seed);
    String why = type + " " + level + " " + Seeds.describe(seed);

    List<String> hidden = hidden(file, document, level);
    // the test has teeth: what the documents print of people is among what is looked for
    if (level.isProtected() && (type == FormType.BASIC_DATA || type == FormType.APPLICATION)) {
      assertThat(hidden).as(why).isNotEmpty();
    }
    if (level == ProtectionLevel.FINGERADE_PERSONUPPGIFTER) {
      assertThat(hidden).as(why).contains(identity(file.child()).get(2));
    }
    String html = DEFAULT.html(document, file);
    Pages.parse(html);
    String pdf = pdfText(DEFAULT.pdf(document, file));
    for (String secret : hidden) {
      assertThat(html).as("%s: HTML shows %s", why, secret).doesNotContain(secret);
      assertThat(pdf).as("%s: PDF shows %s", why, secret).doesNotContain(squeeze(secret));
    }
    assertThat(html).as(why).contains(PrintLabels.word("recipient.internal", SV));
    assertThat(html).as(why).doesNotContain("class=\"recipient unmasked-banner\"");
    assertThat(pdf).as(why).contains(squeeze(PrintLabels.word("recipient.internal", SV)));
    assertThat(pdf).as(why).doesNotContain(squeeze(PrintLabels.word("unmasked.running", SV)));

    // what the default hides, the explicit unmasked choice shows, and it says so on every page
    String open = UNMASKED.html(document, file);
    for (String shown : hidden) {
      assertThat(open).as("%s: unmasked HTML lacks %s", why, shown).contains(shown);
    }
    assertThat(open)
        .as(why)
        .contains("class=\"recipient unmasked-banner\"")
        .contains(PrintLabels.word("recipient.internal-unmasked", SV));
    try (PDDocument unmasked = Loader.loadPDF(UNMASKED.pdf(document, file))) {
      for (String page : PdfTest.pageTexts(unmasked)) {
        assertThat(squeeze(page))
            .as("%s: a page of the unmasked PDF", why)
            .contains(squeeze(PrintLabels.word("unmasked.running", SV)));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(ProtectionLevel.class)
  void theDefaultPrintoutOfAWholeCaseFileHidesWhatProtectionCovers(ProtectionLevel level)
      throws IOException {
    long seed = Seeds.seed();
    CaseFile file = new BbicGenerator(seed).caseFile(level);
    String why = level + " " + Seeds.describe(seed);
    String html = DEFAULT.html(file);
    String pdf = pdfText(DEFAULT.pdf(file));
    List<String> hidden = hidden(file, file.basicData(), level);
    for (String secret : hidden) {
      assertThat(html).as("%s: HTML shows %s", why, secret).doesNotContain(secret);
      assertThat(pdf).as("%s: PDF shows %s", why, secret).doesNotContain(squeeze(secret));
    }
    if (level.isProtected()) {
      assertThat(html).as(why).contains(PrintLabels.word("withheld", SV));
      assertThat(html).as(why).contains(level.label(SV));
    } else {
      // nothing protected: the unprotected people are printed in full
      assertThat(hidden).isEmpty();
      assertThat(html).as(why).contains(file.child().address().street());
      assertThat(html).as(why).contains(file.child().phone());
    }
    String open = UNMASKED.html(file);
    for (String secret : secrets(file, level.isProtected(), true)) {
      assertThat(open).as(why).contains(secret);
    }
  }

  @Test
  void aDocumentReadBackWithWithheldFieldsSaysWhereTheyWereWithheld() {
    long seed = Seeds.seed();
    CaseFile file = new BbicGenerator(seed).caseFile(ProtectionLevel.FINGERADE_PERSONUPPGIFTER);
    // as a receiving system holds it after a default export: the data is gone, the names stay
    CaseFile received = RecipientPolicy.DEFAULT.applyTo(file);
    String html = UNMASKED.html(received);
    String why = Seeds.describe(seed);
    for (String secret : secrets(file, true, true)) {
      assertThat(html).as(why).doesNotContain(secret);
    }
    assertThat(html)
        .as(why)
        .contains(PrintLabels.word("withheld", SV))
        .contains(PrintLabels.word("identity.protected", SV));
    String decision = UNMASKED.html(received.decisions().get(0), received);
    assertThat(decision).as(why).contains(PrintLabels.word("identity.protected", SV));
  }

  @Test
  void everyPresetStatesItsRecipient() {
    BbicDocument decision = new BbicGenerator(Seeds.seed()).document(FormType.DECISION);
    for (RecipientPolicy p : RecipientPolicy.presets()) {
      assertThat(BbicPrinter.forRecipient(p).html(decision))
          .as(p.name())
          .contains(PrintLabels.word("recipient." + p.name(), SV));
    }
    RecipientPolicy custom = RecipientPolicy.GUARDIAN.toBuilder().name("skolan").build();
    assertThat(BbicPrinter.forRecipient(custom).html(decision))
        .contains(PrintLabels.word("recipient.custom", SV) + " skolan.");
  }

  /** The document of {@code type} in the case file, or one made for the same child. */
  private static BbicDocument documentOf(
      CaseFile file, FormType type, ProtectionLevel level, long seed) {
    return file.documents().stream()
        .filter(d -> d.formType() == type)
        .findFirst()
        .orElseGet(
            () -> {
              BbicDocument other = new BbicGenerator(seed).document(type, level);
              DocumentHeader header = other.header().toBuilder().child(file.child().id()).build();
              return Fixtures.with(other, "header", header);
            });
  }

  /** What the default must not print of this document's protected people. */
  private static List<String> hidden(CaseFile file, BbicDocument document, ProtectionLevel level) {
    if (!level.isProtected()) {
      return List.of();
    }
    List<String> all =
        new ArrayList<>(secrets(file, true, level == ProtectionLevel.FINGERADE_PERSONUPPGIFTER));
    if (document.formType() == FormType.APPLICATION) {
      Person applicant = ((org.openbbic.forms.Application) document).applicants().get(0).person();
      all.addAll(contact(applicant));
      if (level == ProtectionLevel.FINGERADE_PERSONUPPGIFTER) {
        all.addAll(identity(applicant));
      }
    }
    // a document that prints neither person prints nothing of theirs; only what it could print
    // is then also required of the unmasked printout
    String open = UNMASKED.html(document, file);
    return all.stream().filter(open::contains).distinct().toList();
  }

  /** The protected child's and first guardian's contact details, and their identities. */
  private static List<String> secrets(CaseFile file, boolean contact, boolean identity) {
    Person child = file.child();
    Person guardian = file.basicData().guardians().get(0).person();
    List<String> out = new ArrayList<>();
    if (contact) {
      out.addAll(contact(child));
      out.addAll(contact(guardian));
    }
    if (identity) {
      out.addAll(identity(child));
      out.addAll(identity(guardian));
    }
    return out;
  }

  private static List<String> contact(Person p) {
    return List.of(p.address().street(), p.phone(), p.email());
  }

  private static List<String> identity(Person p) {
    return List.of(
        p.givenName(),
        p.familyName(),
        p.id().personnummer().map(Personnummer::formatLong).orElse(p.id().value()));
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return squeeze(String.join("\n", PdfTest.pageTexts(doc)));
    }
  }

  /** Without white space, so a line break inside a value hides nothing. */
  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }
}
