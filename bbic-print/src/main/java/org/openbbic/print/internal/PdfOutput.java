package org.openbbic.print.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.openbbic.print.PrintException;

/**
 * Turns a page of {@link PageRenderer} into a tagged PDF (PDF/UA) with openhtmltopdf, every text in
 * the embedded DejaVu Sans, and no fetch of any external resource.
 *
 * <p>Thread-safe: each call builds its own renderer; the font bytes are read once.
 *
 * @since 0.1
 */
public final class PdfOutput {

  /** DejaVu Sans 2.37 (Bitstream Vera licence with DejaVu's additions; LICENSE beside them). */
  private static final String FONT_DIR = "/org/openbbic/print/fonts/";

  private static final class Fonts {
    static final byte[] REGULAR = read("DejaVuSans.ttf");
    static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
    static final byte[] OBLIQUE = read("DejaVuSans-Oblique.ttf");
  }

  static {
    // openhtmltopdf logs through java.util.logging by default, with document details; the library
    // logs nothing of a document.
    XRLog.setLoggingEnabled(false);
  }

  private PdfOutput() {}

  /** Writes the PDF of {@code xhtml} to {@code out}; does not close {@code out}. */
  public static void write(String xhtml, OutputStream out) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePdfUaAccessibility(true);
      builder.withProducer("openbbic");
      builder.useExternalResourceAccessControl(
          (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      builder.useExternalResourceAccessControl(
          (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
      font(builder, fonts().regular(), 400, FontStyle.NORMAL);
      font(builder, fonts().bold(), 700, FontStyle.NORMAL);
      font(builder, fonts().oblique(), 400, FontStyle.ITALIC);
      builder.withHtmlContent(xhtml, null);
      builder.toStream(buffer);
      builder.run();
    } catch (IOException | RuntimeException e) {
      throw new PrintException(PrintException.Reason.PDF_RENDERING, e);
    }
    try {
      buffer.writeTo(out);
    } catch (IOException e) {
      throw new PrintException(PrintException.Reason.OUTPUT, e);
    }
  }

  private record FontSet(byte[] regular, byte[] bold, byte[] oblique) {}

  private static FontSet fonts() {
    try {
      return new FontSet(Fonts.REGULAR, Fonts.BOLD, Fonts.OBLIQUE);
    } catch (ExceptionInInitializerError | NoClassDefFoundError e) {
      throw new PrintException(PrintException.Reason.FONT_MISSING, e);
    }
  }

  private static void font(PdfRendererBuilder builder, byte[] bytes, int weight, FontStyle style) {
    builder.useFont(
        () -> new java.io.ByteArrayInputStream(bytes), Stylesheet.FONT_FAMILY, weight, style, true);
  }

  private static byte[] read(String file) {
    try (InputStream in = PdfOutput.class.getResourceAsStream(FONT_DIR + file)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("bundled font missing: " + file));
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
