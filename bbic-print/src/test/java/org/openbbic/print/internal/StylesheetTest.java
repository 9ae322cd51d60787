package org.openbbic.print.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The style sheet's colours: every text colour has a contrast of at least 7:1 (WCAG AAA) against
 * every background colour the sheet uses; the page is A4 with the printable width the browser check
 * measures.
 */
class StylesheetTest {

  private static final Pattern COLOR = Pattern.compile("(?<![-\\w])color:\\s*#([0-9a-fA-F]{6})");
  private static final Pattern BACKGROUND = Pattern.compile("background:\\s*#([0-9a-fA-F]{6})");

  @Test
  void everyTextColourHasAtLeastSevenToOneContrastOnEveryBackground() {
    String css = Stylesheet.css("IFO-1", Locale.forLanguageTag("sv"));
    List<String> texts = all(COLOR, css);
    List<String> backgrounds = all(BACKGROUND, css);
    assertThat(texts).hasSizeGreaterThan(3);
    assertThat(backgrounds).contains("ffffff").hasSizeGreaterThan(2);
    for (String fg : texts) {
      for (String bg : backgrounds) {
        if (bg.equalsIgnoreCase("f2f2f2")) {
          continue; // the screen margin around the page holds no text
        }
        assertThat(contrast(fg, bg)).as("#%s on #%s", fg, bg).isGreaterThanOrEqualTo(7.0);
      }
    }
  }

  @Test
  void pageIsA4WithTheDeclaredSideMargins() {
    String css = Stylesheet.css("x", Locale.forLanguageTag("sv"));
    assertThat(css).contains("size: A4");
    assertThat(css).contains(Stylesheet.SIDE_MARGIN_MM + "mm;");
    assertThat(Stylesheet.PRINTABLE_WIDTH_MM + 2 * Stylesheet.SIDE_MARGIN_MM).isEqualTo(210);
  }

  private static List<String> all(Pattern p, String css) {
    List<String> found = new ArrayList<>();
    Matcher m = p.matcher(css);
    while (m.find()) {
      found.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    return found;
  }

  private static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
}
