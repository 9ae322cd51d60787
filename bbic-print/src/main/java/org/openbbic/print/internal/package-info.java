/**
 * Internal, not API: the HTML writer, its escaping helper, the stylesheet and the PDF pipeline of
 * {@link org.openbbic.print.BbicPrinter}. May change in any release.
 */
package org.openbbic.print.internal;
