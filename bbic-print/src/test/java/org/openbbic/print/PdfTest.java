package org.openbbic.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.DocumentStatus;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.print.internal.PrintLabels;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;

/**
 * The PDF opens with PDFBox, holds the headings, counts its pages as "Sida X av Y", embeds its
 * font, is tagged, and marks every page of a draft.
 */
class PdfTest {

  private static final Locale SV = Locale.forLanguageTag("sv-SE");
  private static final String DRAFT = PrintLabels.word("draft.running", SV);
  private static final Pattern PAGE = Pattern.compile("Sida (\\d+) av (\\d+)");

  private final BbicPrinter printer = BbicPrinter.forRecipient(RecipientPolicy.INTERNAL);

  @Test
  void investigationPdfHoldsHeadingsPageCountersAndDraftMarkOnEveryPage() throws IOException {
    long seed = Seeds.seed();
    CaseFile file = new BbicGenerator(seed).caseFile();
    Investigation signed = file.investigations().get(0);
    BbicDocument draft = Fixtures.withStatus(signed, DocumentStatus.DRAFT);
    String why = Seeds.describe(seed);

    try (PDDocument pdf = Loader.loadPDF(printer.pdf(draft, file))) {
      int pages = pdf.getNumberOfPages();
      assertThat(pages).as(why).isBetween(1, 20);
      List<String> texts = pageTexts(pdf);
      String all = String.join("\n", texts);
      for (String heading :
          List.of(
              "Beslutsunderlag",
              "Anledning till utredning",
              "Bedömning per behovsområde",
              "Barnets utveckling",
              "Föräldrarnas förmåga",
              "Familj och miljö",
              "Analys och bedömning")) {
        assertThat(all).as("%s: %s", why, heading).contains(heading);
      }
      for (int i = 0; i < pages; i++) {
        String text = texts.get(i);
        assertThat(counter(text)).as("%s page %d", why, i + 1).containsExactly(i + 1, pages);
        assertThat(text).as("%s page %d marked as draft", why, i + 1).contains(DRAFT);
      }
      assertThat(texts.get(0)).as(why).containsIgnoringCase("sida 1 av " + pages);
      assertTaggedWithEmbeddedFonts(pdf, why);
      assertThat(pdf.getDocumentInformation().getTitle()).as(why).startsWith("Beslutsunderlag");
      assertThat(pdf.getDocumentCatalog().getLanguage()).as(why).isEqualTo("sv");
    }

    try (PDDocument pdf = Loader.loadPDF(printer.pdf(signed, file))) {
      for (String text : pageTexts(pdf)) {
        assertThat(text).as(why).doesNotContain(DRAFT);
      }
    }
  }

  @Test
  void caseFilePdfMarksOnlyThePagesOfTheDraft() throws IOException {
    long seed = Seeds.seed();
    CaseFile file = new BbicGenerator(seed).caseFile();
    BbicDocument draftDecision = Fixtures.withStatus(file.decisions().get(0), DocumentStatus.DRAFT);
    CaseFile withDraft =
        file.toBuilder().decisions(List.of((org.openbbic.forms.Decision) draftDecision)).build();
    String why = Seeds.describe(seed);

    try (PDDocument pdf = Loader.loadPDF(printer.pdf(withDraft))) {
      int pages = pdf.getNumberOfPages();
      // one page for the contents and at least one per document, and no runaway layout
      assertThat(pages).as(why).isBetween(file.documents().size() + 1, 80);
      List<String> texts = pageTexts(pdf);
      long marked = texts.stream().filter(t -> t.contains(DRAFT)).count();
      assertThat(marked).as(why).isBetween(1L, (long) pages - 1);
      for (String text : texts) {
        if (text.contains(DRAFT)) {
          assertThat(text).as(why).contains(FormType.DECISION.label(SV));
        }
      }
      for (int i = 0; i < pages; i++) {
        assertThat(counter(texts.get(i))).as(why).containsExactly(i + 1, pages);
      }
      assertTaggedWithEmbeddedFonts(pdf, why);
    }
  }

  /**
   * The {@link Timeout} is a hang guard only (a layout that never ends on an unbreakable word fails
   * here instead of stalling the build); how long this document takes to print is measured by
   * bbic-benchmarks' {@code PrintBenchmark}, not asserted.
   */
  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void longTextAndUnbrokenWordsStayInsideThePrintableArea() throws IOException {
    long seed = Seeds.seed();
    BbicDocument document = new BbicGenerator(seed).document(FormType.INVESTIGATION);
    String why = Seeds.describe(seed);
    String token = "Övergångsbestämmelsernas".repeat(12);
    BbicDocument longText =
        Fixtures.withText(
            Fixtures.withText(document, "analysis", "Analys och bedömning. ".repeat(800)),
            "reason",
            token + " " + token);
    byte[] bytes = printer.pdf(longText);
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      assertThat(pdf.getNumberOfPages()).as(why).isBetween(4, 40);
      float right = pdf.getPage(0).getMediaBox().getWidth();
      float margin = 15 / 25.4f * 72;
      float[] widest = {0};
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(
                String text, List<org.apache.pdfbox.text.TextPosition> positions)
                throws IOException {
              for (org.apache.pdfbox.text.TextPosition p : positions) {
                widest[0] = Math.max(widest[0], p.getXDirAdj() + p.getWidthDirAdj());
              }
              super.writeString(text, positions);
            }
          };
      String text = stripper.getText(pdf);
      assertThat(text).as(why).contains("Övergångsbestämmelsernas");
      assertThat(widest[0]).as("%s: rightmost glyph", why).isLessThanOrEqualTo(right - margin + 1);
    }
  }

  @ParameterizedTest
  @EnumSource(FormType.class)
  void everyDocumentTypeMakesAReadablePdf(FormType type) throws IOException {
    long seed = Seeds.seed();
    BbicDocument document = new BbicGenerator(seed).document(type);
    String why = type + " " + Seeds.describe(seed);
    try (PDDocument pdf = Loader.loadPDF(printer.pdf(document))) {
      assertThat(pdf.getNumberOfPages()).as(why).isBetween(1, 15);
      String text = String.join("\n", pageTexts(pdf));
      assertThat(text).as(why).contains(document.header().caseId());
      assertThat(text).as(why).contains("Sida 1 av " + pdf.getNumberOfPages());
    }
  }

  @Test
  void failingOutputIsAPrintExceptionWithoutDocumentText() {
    long seed = Seeds.seed();
    BbicDocument document = new BbicGenerator(seed).document(FormType.CLOSURE);
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk full");
          }
        };
    assertThatThrownBy(() -> printer.writePdf(document, broken))
        .isInstanceOf(PrintException.class)
        .satisfies(
            e -> {
              assertThat(((PrintException) e).reason()).isEqualTo(PrintException.Reason.OUTPUT);
              assertThat(e.getMessage()).doesNotContain(document.header().caseId());
            });
  }

  private static void assertTaggedWithEmbeddedFonts(PDDocument pdf, String why) throws IOException {
    assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as(why).isNotNull();
    assertThat(pdf.getDocumentCatalog().getMarkInfo()).as(why).isNotNull();
    assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).as(why).isTrue();
    int fonts = 0;
    for (PDPage page : pdf.getPages()) {
      for (COSName name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        assertThat(font.isEmbedded()).as("%s: font %s embedded", why, font.getName()).isTrue();
        assertThat(font.getName()).as(why).contains("DejaVuSans");
        fonts++;
      }
    }
    assertThat(fonts).as(why).isPositive();
  }

  /** The text of each page (shared with the other PDF-reading tests). */
  static List<String> pageTexts(PDDocument pdf) throws IOException {
    List<String> texts = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper();
    for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
      stripper.setStartPage(i);
      stripper.setEndPage(i);
      texts.add(stripper.getText(pdf));
    }
    return texts;
  }

  private static List<Integer> counter(String pageText) {
    Matcher m = PAGE.matcher(pageText);
    List<Integer> found = new ArrayList<>();
    if (m.find()) {
      found.add(Integer.parseInt(m.group(1)));
      found.add(Integer.parseInt(m.group(2)));
    }
    return found;
  }
}
