package org.openbbic.print.internal;

import java.util.Locale;

/**
 * The printout's one style sheet: A4 pages, "Sida X av Y" in the footer, a running draft marker on
 * the pages of a draft, a running line at the top of every page when the printout shows protected
 * personal data in full, contrast of at least 7:1 for text.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Stylesheet {

  /** Left and right page margin in millimetres. */
  public static final int SIDE_MARGIN_MM = 15;

  /** The printable width of an A4 page in millimetres: 210 minus both side margins. */
  public static final int PRINTABLE_WIDTH_MM = 210 - 2 * SIDE_MARGIN_MM;

  /** The font every text is set in; embedded in the PDF. */
  public static final String FONT_FAMILY = "DejaVu Sans";

  private Stylesheet() {}

  /** The style sheet, with {@code footer} (plain text, escaped here) at the bottom left. */
  public static String css(String footer, Locale locale) {
    return css(footer, null, locale);
  }

  /**
   * The style sheet, with {@code footer} at the bottom left and {@code running} (nullable; plain
   * text, escaped here) at the top left of every page.
   */
  public static String css(String footer, String running, Locale locale) {
    String page =
        "\""
            + Html.cssString(PrintLabels.word("page.before", locale))
            + "\" counter(page) \""
            + Html.cssString(PrintLabels.word("page.between", locale))
            + "\" counter(pages)";
    String draft = "\"" + Html.cssString(PrintLabels.word("draft.running", locale)) + "\"";
    String top =
        running == null
            ? ""
            : """
              @page {
                @top-left {
                  content: "%1$s";
                  font-family: "%2$s", sans-serif; font-size: 9pt; font-weight: bold;
                  color: #8a1c1c;
                }
              }
              """
                .formatted(Html.cssString(running), FONT_FAMILY);
    return """
        @page {
          size: A4;
          margin: 18mm %1$dmm 20mm %1$dmm;
          @bottom-left {
            content: "%2$s";
            font-family: "%3$s", sans-serif; font-size: 8pt; color: #333333;
          }
          @bottom-right {
            content: %4$s;
            font-family: "%3$s", sans-serif; font-size: 8pt; color: #333333;
          }
        }
        @page draft {
          @top-center {
            content: %5$s;
            font-family: "%3$s", sans-serif; font-size: 10pt; font-weight: bold; color: #8a1c1c;
          }
        }
        html {
          font-family: "%3$s", "Liberation Sans", Arial, sans-serif;
          font-size: 10pt; line-height: 1.4; color: #1a1a1a; background: #ffffff;
          word-wrap: break-word; overflow-wrap: anywhere;
        }
        body { margin: 0; padding: 0; }
        @media screen and (min-width: 200mm) {
          html { background: #f2f2f2; }
          body { max-width: %6$dmm; margin: 8mm auto; padding: 8mm; background: #ffffff; }
        }
        article.document.draft { page: draft; }
        article.document + article.document, section.contents + article.document {
          page-break-before: always; break-before: page;
        }
        h1, h2, h3, h4, h5, h6 {
          color: #16365c; line-height: 1.2; margin: 12pt 0 4pt 0;
          page-break-after: avoid; break-after: avoid;
        }
        h1 { font-size: 17pt; margin-top: 0; }
        h2 { font-size: 13pt; border-bottom: 1pt solid #16365c; padding-bottom: 2pt; }
        h3 { font-size: 11.5pt; }
        h4 { font-size: 10.5pt; }
        .side { font-size: 12pt; background: #dbe4ee; padding: 3pt 5pt; }
        .area { font-size: 10.5pt; border-left: 3pt solid #16365c; padding-left: 5pt; }
        h5, h6 { font-size: 10pt; }
        p { margin: 0 0 6pt 0; }
        ul { margin: 0 0 6pt 0; padding-left: 16pt; }
        ol { margin: 0 0 6pt 0; padding-left: 24pt; }
        .organisation { margin: 0 0 2pt 0; font-size: 9pt; color: #333333; }
        .draft-banner {
          margin: 0 0 8pt 0; padding: 4pt; border: 2pt solid #8a1c1c; color: #8a1c1c;
          font-weight: bold; text-align: center;
        }
        .withheld { font-style: italic; color: #3d3d3d; }
        .recipient { margin: 0 0 6pt 0; font-size: 9pt; color: #333333; }
        .unmasked-banner {
          padding: 4pt; border: 2pt solid #8a1c1c; color: #8a1c1c;
          font-size: 10pt; font-weight: bold;
        }
        .ref { color: #16365c; }
        .nowrap { white-space: nowrap; }
        table {
          width: 100%%; border-collapse: collapse; table-layout: fixed; margin: 0 0 8pt 0;
          -fs-table-paginate: paginate;
        }
        th, td {
          text-align: left; vertical-align: top; padding: 3pt 5pt;
          border: 0.5pt solid #7a7a7a;
          word-wrap: break-word; overflow-wrap: anywhere;
        }
        th { font-weight: bold; background: #e8edf2; }
        table.facts th { width: 30%%; }
        table.facts { page-break-inside: avoid; break-inside: avoid; }
        table.doc-header { margin-bottom: 14pt; border: 1.5pt solid #16365c; }
        table.doc-header th { background: #dbe4ee; }
        table.grid { table-layout: auto; }
        td p { margin: 0 0 4pt 0; }
        td p:last-child { margin-bottom: 0; }
        td ul { margin: 0; }
        tr { page-break-inside: avoid; break-inside: avoid; }
        a { color: #16365c; }
        """
            .formatted(
                SIDE_MARGIN_MM,
                Html.cssString(footer),
                FONT_FAMILY,
                page,
                draft,
                PRINTABLE_WIDTH_MM)
        + top;
  }
}
