package org.openbbic.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.DocumentStatus;
import org.openbbic.forms.FormType;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.print.internal.Stylesheet;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;

/**
 * A real browser check: headless Chromium loads every document type's page, once per type, in a
 * window exactly as wide as the A4 printable width, takes a screenshot, and dumps the DOM.
 *
 * <p>The product page holds no script. The test loads a copy of it with one probe script put into
 * the head (its content security policy widened by a nonce for that script only; every other load
 * stays forbidden). The probe records errors and policy violations from the start and, on load,
 * writes into the DOM the viewport width, the document's scroll width, how many elements reach past
 * the right edge, and how many resources were fetched. Chromium's console (stderr) is read too: any
 * console message fails the test.
 *
 * <p>Skipped, with a message, when no Chromium is installed; the CI script installs Debian's.
 */
class BrowserTest {

  /** The A4 printable width in CSS pixels (96 per inch). */
  private static final int PRINTABLE_PX =
      (int) Math.floor(Stylesheet.PRINTABLE_WIDTH_MM * 96 / 25.4);

  private static final Pattern RESULT =
      Pattern.compile(
          "PROBE width=(\\d+) scroll=(\\d+) over=(\\d+) resources=(\\d+) errors=(\\d+) (.*?) END");

  private static final String PROBE =
      """
      <script nonce="probe">
      (function () {
        var errors = [];
        window.addEventListener('error', function (e) {
          errors.push('error:' + (e.message || (e.target && e.target.tagName)));
        }, true);
        document.addEventListener('securitypolicyviolation', function (e) {
          errors.push('csp:' + e.violatedDirective);
        });
        window.addEventListener('load', function () {
          var width = document.documentElement.clientWidth;
          var scroll = document.documentElement.scrollWidth;
          var over = 0;
          var all = document.body.getElementsByTagName('*');
          for (var i = 0; i < all.length; i++) {
            var r = all[i].getBoundingClientRect();
            if (r.right > width + 0.5 || r.left < -0.5) { over++; }
          }
          var resources = performance.getEntriesByType('resource').length;
          var out = document.createElement('pre');
          out.textContent = 'PROBE width=' + width + ' scroll=' + scroll + ' over=' + over
              + ' resources=' + resources + ' errors=' + errors.length + ' '
              + errors.join('|') + ' END';
          document.body.appendChild(out);
        });
      })();
      </script>
      """;

  private static Path chromium;

  @TempDir Path dir;

  @BeforeAll
  static void findBrowser() {
    for (String candidate :
        List.of(
            System.getProperty("openbbic.chromium", ""),
            "/usr/bin/chromium",
            "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome")) {
      if (!candidate.isBlank() && Files.isExecutable(Path.of(candidate))) {
        chromium = Path.of(candidate);
        return;
      }
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      // CI installs chromium (.ci/run); a missing browser there is a failure, never a silent skip
      throw new IllegalStateException(
          "No Chromium found in CI (/usr/bin/chromium or -Dopenbbic.chromium=PATH)");
    }
    Assumptions.assumeTrue(
        false,
        "No Chromium found (/usr/bin/chromium or -Dopenbbic.chromium=PATH): the browser check is"
            + " skipped. Install Debian's chromium (apt-get install chromium) to run it.");
  }

  @ParameterizedTest
  @EnumSource(FormType.class)
  void pageLoadsWithoutErrorsWithinThePrintableWidth(FormType type) throws Exception {
    long seed = Seeds.seed();
    CaseFile file = new BbicGenerator(seed).caseFile();
    BbicDocument document =
        Fixtures.withStatus(new BbicGenerator(seed).document(type), DocumentStatus.DRAFT);
    // worst case for the width: every text of the document ends in one long unbroken token
    String token = " " + "Övergångsbestämmelsernas".repeat(10);
    for (String field : Pages.stringFields(document)) {
      Object value = Pages.get(document, field);
      document = Fixtures.withText(document, field, (value == null ? "" : value) + token);
    }
    String html = BbicPrinter.forRecipient(RecipientPolicy.INTERNAL).html(document, file);
    Probe probe = load(type.name().toLowerCase(), html);
    String why = type + " " + Seeds.describe(seed);
    probe.assertClean(why);
  }

  @Test
  void wholeCaseFileLoadsWithoutErrorsWithinThePrintableWidth() throws Exception {
    long seed = Seeds.seed();
    CaseFile file = new BbicGenerator(seed).caseFile();
    String html = BbicPrinter.forRecipient(RecipientPolicy.INTERNAL).html(file);
    load("casefile", html).assertClean(Seeds.describe(seed));
  }

  /** The probe itself can fail: a page too wide and fetching an image is caught. */
  @Test
  void probeCatchesAWidePageAndAnExternalResource() throws Exception {
    long seed = Seeds.seed();
    String html =
        BbicPrinter.forRecipient(RecipientPolicy.INTERNAL)
            .html(new BbicGenerator(seed).document(FormType.CLOSURE))
            .replace(
                "</body>",
                "<div style=\"width:2000px\">wide</div><img src=\"https://example.invalid/x.png\""
                    + " alt=\"\"/></body>");
    Probe probe = load("broken", html);
    assertThat(probe.scroll).isGreaterThan(PRINTABLE_PX);
    assertThat(probe.over).isPositive();
    assertThat(probe.errors + probe.consoleLines.size()).isPositive();
  }

  private Probe load(String name, String html) throws IOException, InterruptedException {
    String widened =
        html.replace(
            "default-src &#39;none&#39;;",
            "default-src &#39;none&#39;; script-src &#39;nonce-probe&#39;;");
    assertThat(widened).as("the page has its content security policy").isNotEqualTo(html);
    assertThat(html).as("the product page holds no script").doesNotContain("<script");
    String page = widened.replaceFirst("<head>\n", "<head>\n" + Matcher.quoteReplacement(PROBE));
    Path file = dir.resolve(name + ".html");
    Files.writeString(file, page, StandardCharsets.UTF_8);
    Path png = Fixtures.printouts().resolve("browser-" + name + ".png").toAbsolutePath();
    Files.deleteIfExists(png);
    Path profile = Files.createDirectories(dir.resolve("profile-" + name));
    Path stdout = dir.resolve(name + ".dom");
    Path stderr = dir.resolve(name + ".log");
    List<String> command =
        List.of(
            chromium.toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--user-data-dir=" + profile,
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
            "--window-size=" + PRINTABLE_PX + ",1200",
            "--enable-logging=stderr",
            "--v=0",
            "--screenshot=" + png,
            "--dump-dom",
            file.toUri().toString());
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Chromium did not finish within 60 s for " + name);
    }
    String dom = Files.readString(stdout, StandardCharsets.UTF_8);
    String log = Files.readString(stderr, StandardCharsets.UTF_8);
    Matcher m = RESULT.matcher(dom);
    Probe probe = null;
    while (m.find()) {
      // the probe's own source also matches loosely; the last, numeric match is the result
      probe =
          new Probe(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)),
              m.group(6));
    }
    assertThat(probe)
        .as("probe result in the DOM of %s (exit %d)", name, process.exitValue())
        .isNotNull();
    for (String line : log.split("\n")) {
      if (line.contains(":CONSOLE")) {
        probe.consoleLines.add(line);
      }
    }
    assertThat(png).as("screenshot of %s", name).exists();
    byte[] head = Files.readAllBytes(png);
    assertThat(head.length).isGreaterThan(8);
    assertThat(new String(head, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    return probe;
  }

  private static final class Probe {
    final int width;
    final int scroll;
    final int over;
    final int resources;
    final int errors;
    final String errorText;
    final List<String> consoleLines = new ArrayList<>();

    Probe(int width, int scroll, int over, int resources, int errors, String errorText) {
      this.width = width;
      this.scroll = scroll;
      this.over = over;
      this.resources = resources;
      this.errors = errors;
      this.errorText = errorText;
    }

    void assertClean(String why) {
      assertThat(width).as("%s: viewport is the printable width", why).isEqualTo(PRINTABLE_PX);
      assertThat(scroll)
          .as("%s: nothing wider than the printable width", why)
          .isLessThanOrEqualTo(width);
      assertThat(over).as("%s: elements past the right edge", why).isZero();
      assertThat(resources).as("%s: resources fetched", why).isZero();
      assertThat(errors).as("%s: page errors %s", why, errorText).isZero();
      assertThat(consoleLines).as("%s: console messages", why).isEmpty();
    }
  }
}
