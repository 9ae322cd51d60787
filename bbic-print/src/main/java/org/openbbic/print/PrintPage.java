package org.openbbic.print;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;
import org.openbbic.model.code.LabelBundle;
import org.openbbic.print.internal.Html;
import org.openbbic.print.internal.PageRenderer;
import org.openbbic.print.internal.PdfOutput;
import org.openbbic.print.internal.Stylesheet;

/**
 * A page of another module's content (a statistics report, a questionnaire's tables) set like the
 * printouts: the same A4 style sheet with "Sida X av Y" and a footer line on every page, the same
 * content security policy (no script, no external resource), and the same PDF engine with the
 * DejaVu Sans font embedded and tagged for accessibility (PDF/UA).
 *
 * <pre>{@code
 * String body = "<h1>" + PrintPage.escape(title) + "</h1>";
 * byte[] pdf = PrintPage.pdf(PrintPage.xhtml(title, title, "", body, locale));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class PrintPage {

  private PrintPage() {}

  /**
   * {@code text} escaped as XHTML text (element content and quoted attribute values): markup in it
   * is shown, never interpreted; characters XML forbids become U+FFFD.
   */
  public static String escape(String text) {
    return Html.text(text);
  }

  /**
   * A whole, well-formed XHTML page.
   *
   * @param title the page's title (plain text, escaped here)
   * @param footer the line at the bottom left of every printed page (plain text, escaped here)
   * @param css more style rules after the printouts' own (the caller's own, trusted)
   * @param body the content of {@code <body>}: well-formed XHTML in which the caller has escaped
   *     every piece of data with {@link #escape}
   * @param locale the page's language: English for {@code en}, Swedish otherwise
   */
  public static String xhtml(String title, String footer, String css, String body, Locale locale) {
    Objects.requireNonNull(body, "body");
    String lang = LabelBundle.isEnglish(locale) ? "en" : "sv";
    return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\""
        + lang
        + "\" xml:lang=\""
        + lang
        + "\">\n<head>\n<meta charset=\"UTF-8\"/>\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\""
        + Html.text(PageRenderer.CSP)
        + "\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        + "<title>"
        + Html.text(title)
        + "</title>\n<style>\n"
        + Stylesheet.css(footer, locale)
        + (css == null ? "" : css)
        + "</style>\n</head>\n<body>\n"
        + body
        + "</body>\n</html>\n";
  }

  /**
   * Writes the PDF of {@code xhtml} (a page of {@link #xhtml}) to {@code out} (not closed).
   *
   * @throws PrintException when the page is not well-formed, or the PDF engine or the output fails
   */
  public static void writePdf(String xhtml, OutputStream out) {
    Objects.requireNonNull(xhtml, "xhtml");
    Objects.requireNonNull(out, "out");
    PdfOutput.write(xhtml, out);
  }

  /**
   * The PDF of {@code xhtml} as bytes; see {@link #writePdf}.
   *
   * @throws PrintException when the page is not well-formed or the PDF engine fails
   */
  public static byte[] pdf(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    writePdf(xhtml, out);
    return out.toByteArray();
  }
}
