package org.openbbic.print;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.print.internal.PageRenderer;
import org.openbbic.print.internal.PdfOutput;

/**
 * Renders BBIC documents and case files as print-ready, self-contained HTML pages and as PDFs.
 *
 * <p>The HTML page is well-formed XHTML with {@code lang="sv"}, one inline style sheet with print
 * rules for A4, no script, no external resource (a content security policy forbids both), semantic
 * headings ({@code h1}–{@code h6}) and tables with header cells. Headings are Socialstyrelsen's
 * Swedish wording from the labels of the forms and the model, in the order of the documentation
 * support; empty optional parts are left out; the triangle's need areas are grouped by side. Each
 * document starts with a header block (case number, child, status, author, dates); a draft is
 * marked as a draft at the top and on every printed page. The PDF is made from the same page by a
 * pure-Java engine (openhtmltopdf on PDFBox), tagged for accessibility (PDF/UA), with the DejaVu
 * Sans font embedded and "Sida X av Y" in the footer.
 *
 * <p>What personal data appears is decided by the {@link RecipientPolicy} (shared with the exports
 * of {@code bbic-export}): the default, {@link RecipientPolicy#INTERNAL}, withholds protected
 * people's addresses and contact details and, with fingerade personuppgifter, their identity. Every
 * page states at its top whom the printout is for; a policy that shows all protected data ({@link
 * RecipientPolicy#INTERNAL_UNMASKED}) says so in a banner and at the top of every printed page. A
 * document read from an export that withheld data says where data was withheld. Free text is
 * printed as plain text: markup in it is shown, never interpreted; it is not searched for personal
 * data.
 *
 * <p>Immutable and thread-safe; one instance can serve many threads.
 *
 * <pre>{@code
 * BbicPrinter printer = BbicPrinter.builder().policy(RecipientPolicy.GUARDIAN).build();
 * String html = printer.html(investigation, caseFile);
 * printer.writePdf(caseFile, outputStream);
 * }</pre>
 *
 * @since 0.1
 */
public final class BbicPrinter {

  /** The zone of Swedish case work, used for times of day unless another is set. */
  public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private final RecipientPolicy policy;
  private final Locale locale;
  private final ZoneId zone;

  private BbicPrinter(Builder b) {
    this.policy = b.policy;
    this.locale = b.locale;
    this.zone = b.zone;
  }

  /**
   * A builder: policy {@link RecipientPolicy#DEFAULT} (internal, protected data withheld), Swedish,
   * times in {@link #SWEDEN}. Choose the policy for the recipient before printing anything that
   * leaves the social services.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A printer for {@code policy}, Swedish, times in {@link #SWEDEN}. */
  public static BbicPrinter forRecipient(RecipientPolicy policy) {
    return builder().policy(policy).build();
  }

  /** The recipient policy. */
  public RecipientPolicy policy() {
    return policy;
  }

  /** The language of headings and words (Swedish unless the language is {@code en}). */
  public Locale locale() {
    return locale;
  }

  /** The zone in which times of day are printed. */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The HTML page of one document, on its own. The child's protection is not known without the case
   * file, so the child in the header counts as protected at every level (see {@link
   * RecipientPolicy}), unless the document is the basic data that holds the child.
   */
  public String html(BbicDocument document) {
    return html(document, null);
  }

  /**
   * The HTML page of one document of {@code context} (nullable): the case file gives the child's
   * name and protection and the titles of referred documents.
   */
  public String html(BbicDocument document, CaseFile context) {
    Objects.requireNonNull(document, "document");
    RecipientPolicy withholding = withholding();
    CaseFile shownContext = context == null ? null : withholding.applyTo(context);
    BbicDocument shown = withholding.applyTo(document, context);
    return new PageRenderer(policy, locale, zone).document(shown, shownContext);
  }

  /**
   * The HTML page of a whole case file: the child, a table of contents, then every document in the
   * case file's order, each from a new printed page.
   */
  public String html(CaseFile caseFile) {
    Objects.requireNonNull(caseFile, "caseFile");
    return new PageRenderer(policy, locale, zone).caseFile(withholding().applyTo(caseFile));
  }

  /**
   * The policy that takes the data out: this printer's, but with unprotected numbers kept, since a
   * printout shows them by their birth year where an export would withhold them.
   */
  private RecipientPolicy withholding() {
    return policy.identityNumbers() ? policy : policy.toBuilder().identityNumbers(true).build();
  }

  /**
   * Writes the PDF of one document to {@code out} (not closed); see {@link #html(BbicDocument,
   * CaseFile)}.
   *
   * @throws PrintException when the PDF engine or the output fails
   */
  public void writePdf(BbicDocument document, CaseFile context, OutputStream out) {
    Objects.requireNonNull(out, "out");
    PdfOutput.write(html(document, context), out);
  }

  /**
   * Writes the PDF of one document, on its own, to {@code out} (not closed).
   *
   * @throws PrintException when the PDF engine or the output fails
   */
  public void writePdf(BbicDocument document, OutputStream out) {
    writePdf(document, null, out);
  }

  /**
   * Writes the PDF of a whole case file to {@code out} (not closed).
   *
   * @throws PrintException when the PDF engine or the output fails
   */
  public void writePdf(CaseFile caseFile, OutputStream out) {
    Objects.requireNonNull(out, "out");
    PdfOutput.write(html(caseFile), out);
  }

  /**
   * The PDF of one document as bytes; see {@link #writePdf(BbicDocument, CaseFile, OutputStream)}.
   *
   * @throws PrintException when the PDF engine fails
   */
  public byte[] pdf(BbicDocument document, CaseFile context) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writePdf(document, context, out);
    return out.toByteArray();
  }

  /**
   * The PDF of one document, on its own, as bytes; see {@link #html(BbicDocument)}.
   *
   * @throws PrintException when the PDF engine fails
   */
  public byte[] pdf(BbicDocument document) {
    return pdf(document, null);
  }

  /**
   * The PDF of a whole case file as bytes.
   *
   * @throws PrintException when the PDF engine fails
   */
  public byte[] pdf(CaseFile caseFile) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writePdf(caseFile, out);
    return out.toByteArray();
  }

  /** Builds a {@link BbicPrinter}; not thread-safe. */
  public static final class Builder {
    private RecipientPolicy policy = RecipientPolicy.DEFAULT;
    private Locale locale = Locale.forLanguageTag("sv-SE");
    private ZoneId zone = SWEDEN;

    private Builder() {}

    /** Who the printout is for. */
    public Builder policy(RecipientPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * The language of headings and words: Swedish (BBIC's wording) for every language but {@code
     * en}, which gives the English glosses meant for developers.
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** The zone in which times of day are printed. */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /** A new printer; the builder can be reused. */
    public BbicPrinter build() {
      return new BbicPrinter(this);
    }
  }
}
