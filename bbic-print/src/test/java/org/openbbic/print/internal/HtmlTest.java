package org.openbbic.print.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.openbbic.testkit.Seeds;

/** The one escaping helper: markup, quotes and characters XML forbids never pass unescaped. */
class HtmlTest {

  @Test
  void escapesMarkupAndQuotes() {
    assertThat(Html.text("<script>a & 'b' \"c\"</script>"))
        .isEqualTo("&lt;script&gt;a &amp; &#39;b&#39; &quot;c&quot;&lt;/script&gt;");
    assertThat(Html.text(null)).isEmpty();
  }

  @Test
  void replacesCharactersXmlForbidsAndKeepsSurrogatePairs() {
    assertThat(Html.text("a\u0000b\u001Fc\uDC00d\uFFFEe\t\n😀"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\t\n😀");
  }

  @Test
  void paragraphsSplitOnBlankLinesAndBreakOnSingleLines() {
    assertThat(Html.paragraphs("one\ntwo\r\n\r\n<three>"))
        .isEqualTo("<p>one<br/>two</p>\n<p>&lt;three&gt;</p>\n");
  }

  @Test
  void cssStringEscapesEverythingThatCouldEndTheString() {
    assertThat(Html.cssString("IFO-2024.1_a b")).isEqualTo("IFO-2024.1_a b");
    assertThat(Html.cssString("\"}</style>\\\n")).doesNotContain("\"", "}", "<", "/", "\n");
    assertThat(Html.cssString("Sida ")).isEqualTo("Sida ");
    assertThat(Html.cssString("å")).isEqualTo("\\E5 ");
  }

  @RepeatedTest(20)
  void randomTextNeverYieldsMarkupOrForbiddenCharacters() {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      in.append((char) random.nextInt(0, 0x10000));
    }
    String out = Html.text(in.toString());
    String why = Seeds.describe(seed);
    assertThat(out).as(why).doesNotContain("<", ">", "\"", "'");
    assertThat(out.replaceAll("&(amp|lt|gt|quot|#39);", "")).as(why).doesNotContain("&");
    out.chars()
        .forEach(
            c ->
                assertThat(c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0x7F))
                    .as("%s: char %x", why, c)
                    .isTrue());
    String css = Html.cssString(in.toString());
    assertThat(css).as(why).doesNotContain("\"", "<", "\n", "\r", "}");
  }
}
