package org.openbbic.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.DocumentStatus;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.code.Code;
import org.openbbic.model.code.NeedArea;
import org.openbbic.model.code.TriangleSide;
import org.openbbic.print.internal.PrintLabels;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Golden-content tests of the HTML page of every document type, on documents of the test kit: the
 * page is well-formed, self-contained and in Swedish; the headings are the bundles' labels in spec
 * order; empty optional headings are left out; drafts are marked; free text cannot inject markup.
 */
class HtmlGoldenTest {

  private static final Locale SV = Locale.forLanguageTag("sv-SE");
  private static final String PAYLOAD =
      "<script>alert('x')</script> & <img src=\"http://example.org/x.png\" onerror=\"alert(1)\"/>";

  private final BbicPrinter printer = BbicPrinter.forRecipient(RecipientPolicy.INTERNAL);

  @ParameterizedTest
  @EnumSource(FormType.class)
  void pageIsSelfContainedSwedishXhtml(FormType type) {
    long seed = Seeds.seed();
    String html = printer.html(new BbicGenerator(seed).document(type));
    Document doc = Pages.parse(html);
    String why = type + " " + Seeds.describe(seed);

    Element root = doc.getDocumentElement();
    assertThat(root.getAttribute("lang")).as(why).isEqualTo("sv");
    assertThat(Pages.elements(doc, "script")).as(why).isEmpty();
    assertThat(Pages.elements(doc, "link")).as(why).isEmpty();
    assertThat(Pages.elements(doc, "img")).as(why).isEmpty();
    assertThat(Pages.elements(doc, "style")).as(why).hasSize(1);
    for (Element a : Pages.elements(doc, "a")) {
      assertThat(a.getAttribute("href")).as(why).startsWith("#");
    }
    assertThat(html).as(why).doesNotContain("http://example").doesNotContain("url(");
    // every header cell says what it heads
    for (Element th : Pages.elements(doc, "th")) {
      assertThat(th.getAttribute("scope")).as(why).isIn("row", "col");
    }
    assertThat(Pages.elements(doc, "h1")).as(why).hasSize(1);
    assertThat(Pages.elements(doc, "title").get(0).getTextContent()).as(why).isNotBlank();
  }

  @ParameterizedTest
  @EnumSource(FormType.class)
  void headingsAreTheBundleLabelsInSpecOrder(FormType type) {
    long seed = Seeds.seed();
    BbicDocument document = new BbicGenerator(seed).document(type);
    Document doc = Pages.parse(printer.html(document));
    String why = type + " " + Seeds.describe(seed);

    String title = doc.getElementsByTagName("h1").item(0).getTextContent();
    String skip = null;
    Code kind = planOrFollowUpKind(document);
    if (kind != null) {
      assertThat(title).as(why).isEqualTo(kind.label(SV));
      skip = "kind";
    } else {
      assertThat(title).as(why).isEqualTo(type.label(SV));
    }

    List<String> expected = new ArrayList<>();
    String typeName = document.getClass().getSimpleName();
    for (String name : Pages.properties(document.getClass())) {
      if (name.equals("header") || name.equals(skip)) {
        continue;
      }
      if (!Pages.isEmpty(Pages.get(document, name))) {
        String key = typeName + "." + name;
        assertThat(PrintLabels.hasLabel(key, SV)).as("label %s, %s", key, why).isTrue();
        expected.add(PrintLabels.label(key, SV));
      }
    }
    assertThat(expected).as(why).isNotEmpty();
    List<String> actual = Pages.headingTexts(doc);
    int missing = Pages.firstMissing(actual, expected);
    assertThat(missing)
        .as(
            "%s: heading %s missing or out of order in %s",
            why, missing < 0 ? "" : expected.get(missing), actual)
        .isEqualTo(-1);
    // no heading is an untranslated key such as Investigation.analysis
    assertThat(actual).as(why).noneMatch(t -> t.matches("[A-Z][A-Za-z]+\\.[a-zA-Z_]+"));
  }

  @ParameterizedTest
  @EnumSource(FormType.class)
  void headingLevelsNeverSkipALevel(FormType type) {
    long seed = Seeds.seed();
    BbicGenerator generator = new BbicGenerator(seed);
    String why = type + " " + Seeds.describe(seed);
    assertNoSkippedLevel(Pages.parse(printer.html(generator.document(type))), why);
    if (type == FormType.CLOSURE) {
      assertNoSkippedLevel(Pages.parse(printer.html(generator.caseFile())), "case file " + why);
    }
  }

  private static void assertNoSkippedLevel(Document doc, String why) {
    List<Integer> levels = new ArrayList<>();
    collectLevels(doc.getDocumentElement(), levels);
    assertThat(levels).as(why).isNotEmpty();
    assertThat(levels.get(0)).as(why).isEqualTo(1);
    for (int i = 1; i < levels.size(); i++) {
      assertThat(levels.get(i))
          .as("%s: levels %s", why, levels)
          .isLessThanOrEqualTo(levels.get(i - 1) + 1);
    }
  }

  private static void collectLevels(Element e, List<Integer> levels) {
    if (e.getTagName().matches("h[1-6]")) {
      levels.add(e.getTagName().charAt(1) - '0');
    }
    for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        collectLevels(child, levels);
      }
    }
  }

  @Test
  void investigationGroupsEveryNeedAreaBySideInTheTriangleOrder() {
    long seed = Seeds.seed();
    Investigation investigation =
        (Investigation) new BbicGenerator(seed).document(FormType.INVESTIGATION);
    Document doc = Pages.parse(printer.html(investigation));
    String why = Seeds.describe(seed);
    String generation = investigation.header().bbicVersion();

    List<String> sides = new ArrayList<>();
    List<String> areas = new ArrayList<>();
    for (TriangleSide side : TriangleSide.values()) {
      List<NeedArea> assessed =
          investigation.assessments().stream()
              .map(a -> a.area())
              .filter(a -> a.side() == side)
              .sorted()
              .toList();
      if (!assessed.isEmpty()) {
        sides.add(side.label(SV, generation));
        assessed.forEach(a -> areas.add(a.label(SV)));
      }
    }
    assertThat(Pages.headingsOfClass(doc, "side")).as(why).containsExactlyElementsOf(sides);
    assertThat(Pages.headingsOfClass(doc, "area")).as(why).containsExactlyElementsOf(areas);
    // the test kit assesses every area of the generation: the three sides in BBIC's order
    assertThat(sides)
        .as(why)
        .containsExactly("Barnets utveckling", "Föräldrarnas förmåga", "Familj och miljö");
    assertThat(areas).as(why).hasSize(NeedArea.ofGeneration(generation).size());
    // BBIC's own wording of the investigation's main headings, in the documentation's order
    List<String> headings = Pages.headingsOnly(doc);
    assertThat(
            Pages.firstMissing(
                headings,
                List.of(
                    "Beslutsunderlag",
                    "Anledning till utredning",
                    "Barnets berättelse och åsikt",
                    "Bedömning per behovsområde",
                    "Barnets utveckling",
                    "Analys och bedömning",
                    "Förslag till beslut")))
        .as("%s in %s", why, headings)
        .isEqualTo(-1);
  }

  @ParameterizedTest
  @EnumSource(FormType.class)
  void emptyOptionalHeadingIsLeftOut(FormType type) {
    long seed = Seeds.seed();
    BbicDocument document = new BbicGenerator(seed).document(type);
    String why = type + " " + Seeds.describe(seed);
    String field =
        Pages.freeTextFields(document).stream()
            .filter(f -> !Pages.isEmpty(Pages.get(document, f)))
            .findFirst()
            .orElse(null);
    BbicDocument without;
    BbicDocument blank;
    if (field != null) {
      without = Fixtures.withText(document, field, null);
      blank = Fixtures.withText(document, field, "  \n ");
    } else {
      // no free text (the basic data): drop a filled list instead
      List<String> lists = Pages.filledListFields(document);
      assertThat(lists).as(why).isNotEmpty();
      field = lists.get(lists.size() - 1);
      String list = field;
      without = Fixtures.with(document, list, List.of());
      blank = without;
    }
    String label = PrintLabels.label(document.getClass().getSimpleName() + "." + field, SV);

    long before = count(Pages.headingTexts(Pages.parse(printer.html(document))), label);
    long after = count(Pages.headingTexts(Pages.parse(printer.html(without))), label);
    long afterBlank = count(Pages.headingTexts(Pages.parse(printer.html(blank))), label);
    assertThat(before).as("%s: %s present", why, label).isGreaterThanOrEqualTo(1);
    assertThat(after).as("%s: %s left out", why, label).isEqualTo(before - 1);
    assertThat(afterBlank).as("%s: blank %s left out", why, label).isEqualTo(before - 1);
  }

  @ParameterizedTest
  @EnumSource(FormType.class)
  void draftIsMarkedOnThePageAndEveryPrintedPage(FormType type) {
    long seed = Seeds.seed();
    BbicDocument signed = new BbicGenerator(seed).document(type);
    BbicDocument draft = Fixtures.withStatus(signed, DocumentStatus.DRAFT);
    String why = type + " " + Seeds.describe(seed);

    String draftHtml = printer.html(draft);
    Document draftDoc = Pages.parse(draftHtml);
    Element article = Pages.elements(draftDoc, "article").get(0);
    assertThat(article.getAttribute("class").split(" ")).as(why).contains("draft");
    assertThat(banners(draftDoc)).as(why).hasSize(1);
    String style = Pages.elements(draftDoc, "style").get(0).getTextContent();
    // the named page of drafts carries a running header on every printed page
    assertThat(style).as(why).contains("@page draft").contains("article.document.draft");
    assertThat(style)
        .as(why)
        .contains(
            org.openbbic.print.internal.Html.cssString(PrintLabels.word("draft.running", SV)));

    Document signedDoc = Pages.parse(printer.html(signed));
    Element signedArticle = Pages.elements(signedDoc, "article").get(0);
    assertThat(signedArticle.getAttribute("class").split(" ")).as(why).doesNotContain("draft");
    assertThat(banners(signedDoc)).as(why).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(FormType.class)
  void freeTextCannotInjectMarkup(FormType type) {
    long seed = Seeds.seed();
    BbicDocument document = new BbicGenerator(seed).document(type);
    String why = type + " " + Seeds.describe(seed);
    List<String> fields = Pages.stringFields(document);
    assertThat(fields).as(why).isNotEmpty();
    BbicDocument injected = document;
    for (String field : fields) {
      injected = Fixtures.withText(injected, field, PAYLOAD + "\n\n" + PAYLOAD);
    }
    String html = printer.html(injected);
    Document doc = Pages.parse(html);

    assertThat(Pages.elements(doc, "script")).as(why).isEmpty();
    assertThat(Pages.elements(doc, "img")).as(why).isEmpty();
    assertThat(html).as(why).doesNotContain("<script").doesNotContain("<img");
    // shown as text, every time it was given
    int occurrences =
        doc.getDocumentElement()
                .getTextContent()
                .split("<script>alert\\('x'\\)</script>", -1)
                .length
            - 1;
    assertThat(occurrences).as(why).isEqualTo(2 * fields.size());
  }

  @Test
  void caseIdCannotBreakOutOfTheStyleSheet() {
    long seed = Seeds.seed();
    BbicDocument document = new BbicGenerator(seed).document(FormType.DECISION);
    String evil = "\"}</style><script>alert(1)</script>{\\";
    BbicDocument injected =
        Fixtures.with(document, "header", document.header().toBuilder().caseId(evil).build());
    String html = printer.html(injected);
    Document doc = Pages.parse(html);
    String why = Seeds.describe(seed);
    assertThat(Pages.elements(doc, "script")).as(why).isEmpty();
    assertThat(Pages.elements(doc, "style")).as(why).hasSize(1);
    String style = Pages.elements(doc, "style").get(0).getTextContent();
    assertThat(style).as(why).doesNotContain("</").doesNotContain("\"}");
    assertThat(doc.getDocumentElement().getTextContent()).as(why).contains(evil);
  }

  @Test
  void controlCharactersInFreeTextStillGiveWellFormedPages() {
    long seed = Seeds.seed();
    BbicDocument document = new BbicGenerator(seed).document(FormType.CLOSURE);
    String field = Pages.freeTextFields(document).get(0);
    BbicDocument odd = Fixtures.withText(document, field, "a\u0000b\u0007c\uD800d\uFFFFe 😀");
    Document doc = Pages.parse(printer.html(odd));
    assertThat(doc.getDocumentElement().getTextContent())
        .as(Seeds.describe(seed))
        .contains("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe 😀");
  }

  @Test
  void caseFilePageHoldsEveryDocumentWithItsOwnAnchorAndTitle() {
    long seed = Seeds.seed();
    CaseFile file = new BbicGenerator(seed).caseFile();
    Document doc = Pages.parse(printer.html(file));
    String why = Seeds.describe(seed);
    List<Element> articles = Pages.elements(doc, "article");
    assertThat(articles).as(why).hasSize(file.documents().size());
    List<String> ids = new ArrayList<>();
    for (BbicDocument d : file.documents()) {
      ids.add("d-" + d.header().documentId());
    }
    assertThat(articles.stream().map(a -> a.getAttribute("id")).toList())
        .as(why)
        .containsExactlyElementsOf(ids);
    // every internal link points at a document of the page
    for (Element a : Pages.elements(doc, "a")) {
      assertThat(ids).as(why).contains(a.getAttribute("href").substring(1));
    }
    assertThat(Pages.elements(doc, "h1")).as(why).hasSize(1);
    assertThat(Pages.elements(doc, "h1").get(0).getTextContent()).isEqualTo("Ärendekedja");
    List<String> titles = Pages.elements(doc, "h2").stream().map(Element::getTextContent).toList();
    for (BbicDocument d : file.documents()) {
      Code kind = planOrFollowUpKind(d);
      String expected = kind != null ? kind.label(SV) : d.formType().label(SV);
      assertThat(titles).as(why).contains(expected);
    }
  }

  @Test
  void englishGlossesChangeTheLanguageAttribute() {
    long seed = Seeds.seed();
    BbicPrinter english = BbicPrinter.builder().locale(Locale.ENGLISH).build();
    Document doc = Pages.parse(english.html(new BbicGenerator(seed).document(FormType.DECISION)));
    assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("en");
    assertThat(Pages.elements(doc, "h1").get(0).getTextContent())
        .isEqualTo(FormType.DECISION.label(Locale.ENGLISH));
  }

  private static List<Element> banners(Document doc) {
    return Pages.elements(doc, "p").stream()
        .filter(p -> Arrays.asList(p.getAttribute("class").split(" ")).contains("draft-banner"))
        .toList();
  }

  private static long count(List<String> texts, String label) {
    return Collections.frequency(texts, label);
  }

  /** The kind of an implementation plan or a follow-up, which titles it; else {@code null}. */
  private static Code planOrFollowUpKind(BbicDocument document) {
    FormType type = document.formType();
    return type == FormType.IMPLEMENTATION_PLAN || type == FormType.FOLLOW_UP
        ? (Code) Pages.get(document, "kind")
        : null;
  }
}
