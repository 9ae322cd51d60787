package org.openbbic.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The printouts embed DejaVu Sans 2.37 from the module's own resources. The bytes are those the
 * printouts were laid out with before (from jasperreports-fonts 7.0.3), so that a printout's pages
 * stay as they were; a changed font file changes line breaks and page counts, and must be a
 * decision.
 */
class BundledFontsTest {

  @ParameterizedTest
  @CsvSource({
    "DejaVuSans.ttf, 7da195a74c55bef988d0d48f9508bd5d849425c1770dba5d7bfc6ce9ed848954",
    "DejaVuSans-Bold.ttf, e6476c1b80502924294eed40894c5b18e06c181444ca953e5334262df9c27724",
    "DejaVuSans-Oblique.ttf, 4af75fa16ee6d3ad43e1ecec41862c24954af26a55c6bb1ebb27bd486a50f5f4"
  })
  void theFontBytesAreThoseThePrintoutsWereLaidOutWith(String file, String sha256)
      throws Exception {
    try (InputStream in =
        BbicPrinter.class.getResourceAsStream("/org/openbbic/print/fonts/" + file)) {
      assertThat(in).as(file).isNotNull();
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
      assertThat(HexFormat.of().formatHex(digest)).isEqualTo(sha256);
    }
  }

  @Test
  void theFontLicenceTravelsWithTheFonts() throws Exception {
    try (InputStream in =
        BbicPrinter.class.getResourceAsStream("/org/openbbic/print/fonts/LICENSE")) {
      assertThat(in).isNotNull();
      String licence = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(licence).contains("Bitstream Vera Fonts Copyright").contains("Tavmjong Bah");
    }
  }
}
