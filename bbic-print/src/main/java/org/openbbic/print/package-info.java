/**
 * Public API: {@link org.openbbic.print.BbicPrinter} renders a BBIC document or a case file to a
 * self-contained HTML page or a PDF for one kind of recipient ({@link
 * org.openbbic.print.RecipientPolicy}).
 */
package org.openbbic.print;
