/**
 * Public API: {@link org.openbbic.print.BbicPrinter} renders a BBIC document or a case file to a
 * self-contained HTML page or a PDF for one kind of recipient ({@link
 * org.openbbic.forms.protection.RecipientPolicy}, shared with the exports); {@link
 * org.openbbic.print.PrintPage} sets another module's page (statistics, questionnaires) in the
 * printouts' style and PDF.
 */
package org.openbbic.print;
