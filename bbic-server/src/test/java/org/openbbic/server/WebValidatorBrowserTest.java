package org.openbbic.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openbbic.export.BbicExport;
import org.openbbic.export.Format;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.print.BbicPrinter;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Corpus;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web validator in a real browser: Debian's Chromium driven by Selenium through the system's
 * chromedriver (never one that Selenium downloads). Uploads the example case (sees <i>giltigt</i>),
 * a broken payload (sees the finding and, on clicking it or pressing Enter, its highlighted line),
 * switches to English, downloads the converted XML and the PDF printout, and reads the page on a
 * narrow screen. A screenshot of each state is written to {@code target/screenshots/}. The browser
 * console must stay free of errors (a policy violation would be one).
 *
 * <p>Skipped when Chromium or chromedriver is missing, except in CI (CI=true), where that fails.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebValidatorBrowserTest {

  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static BbicServer server;
  private static ChromeDriver driver;
  private static Path downloads;

  @BeforeAll
  static void start() throws Exception {
    Path chromium = Path.of(System.getProperty("openbbic.chromium", "/usr/bin/chromium"));
    Path chromedriver =
        Path.of(System.getProperty("openbbic.chromedriver", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
      String missing =
          "Chromium or chromedriver not found (" + chromium + ", " + chromedriver + ")";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        // CI installs chromium and chromium-driver (.ci/run): missing there is a failure
        Assertions.fail(missing);
      }
      Assumptions.abort(missing);
    }
    server = BbicServer.builder().port(0).accessLog(line -> {}).start();
    downloads = Files.createDirectories(dir.resolve("downloads"));
    Files.createDirectories(SHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--user-data-dir=" + dir.resolve("profile"),
        "--lang=sv-SE",
        "--window-size=1100,1500");
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", downloads.toString());
    prefs.put("download.prompt_for_download", false);
    prefs.put("profile.default_content_setting_values.automatic_downloads", 1);
    options.setExperimentalOption("prefs", prefs);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    // the system's chromedriver, named explicitly: Selenium Manager is never asked for one
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  private static void shot(String name) throws IOException {
    Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  private static void upload(Path file) {
    WebElement input = driver.findElement(By.id("file"));
    input.sendKeys(file.toAbsolutePath().toString());
    waiting().until(d -> !d.findElement(By.id("payload")).getAttribute("value").isEmpty());
  }

  private static void noConsoleErrors() {
    List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
    // a 4xx answer of /v1 is the service's verdict on a bad payload, which the browser logs as a
    // failed load; anything else (a script error, a policy violation) is a fault of the page
    assertThat(
            entries.stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .filter(
                    e ->
                        !(e.getMessage().contains("/v1/")
                            && e.getMessage().contains("the server responded with a status of 4"))))
        .as("browser console")
        .isEmpty();
  }

  @Test
  @Order(1)
  void theExampleCaseIsGiltigt() throws Exception {
    LocalDate today = LocalDate.now(BbicPrinter.SWEDEN);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BbicExport.builder()
        .build()
        .writer(Format.JSON)
        .withPolicy(RecipientPolicy.INTERNAL_UNMASKED)
        .write(new BbicGenerator(1, today).caseFile(), out);
    Path file = Files.write(dir.resolve("case.json"), out.toByteArray());
    driver.get(server.uri().toString());
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("BBIC-validering");
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
    upload(file);
    driver.findElement(By.id("validate")).click();
    waiting().until(d -> d.findElement(By.id("verdict")).getText().equals("giltigt"));
    assertThat(driver.findElement(By.id("problem")).getText()).isEqualTo("Inga fynd.");
    assertThat(driver.findElements(By.cssSelector("#findings li"))).isEmpty();
    shot("1-giltigt");
    // only the page's own resources were loaded
    Object others =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return performance.getEntriesByType('resource')"
                    + ".filter(function (r) { return r.name.indexOf(location.origin) !== 0; }).length;");
    assertThat(((Number) others).intValue()).isZero();

    Path xml = downloads.resolve("bbic.xml");
    Path pdf = downloads.resolve("bbic.pdf");
    driver.findElement(By.id("toXml")).click();
    waiting().until(d -> Files.isRegularFile(xml));
    driver.findElement(By.id("toPdf")).click();
    waiting().until(d -> Files.isRegularFile(pdf) && pdfComplete(pdf));
    assertThat(Files.readString(xml)).contains("<caseFile");
    noConsoleErrors();
  }

  private static boolean pdfComplete(Path pdf) {
    try {
      String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
      return text.startsWith("%PDF-") && text.stripTrailing().endsWith("%%EOF");
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  @Order(2)
  void aBrokenPayloadShowsItsFindingAndHighlightsItsLine() throws Exception {
    // the corpus's valid report, indented so that it has lines, with an impossible date
    JsonNode report;
    try (InputStream in = Corpus.open("valid-report.json")) {
      report = JSON.readTree(in);
    }
    ((ObjectNode) report.get("initialAssessment")).put("decidedAt", "2025-02-30");
    String text = JSON.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
    Path file = Files.writeString(dir.resolve("broken-report.json"), text);
    int expectedLine = 0;
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("2025-02-30")) {
        expectedLine = i + 1;
      }
    }
    driver.get(server.uri().toString());
    upload(file);
    driver.findElement(By.id("validate")).click();
    waiting().until(d -> d.findElement(By.id("verdict")).getText().startsWith("ogiltigt"));
    WebElement finding =
        waiting()
            .until(
                d ->
                    d.findElements(By.cssSelector("#findings li")).stream()
                        .filter(li -> li.getText().contains("BBIC-SCH-003"))
                        .findFirst()
                        .orElse(null));
    assertThat(finding.getText()).contains("FEL").contains("/initialAssessment/decidedAt");
    assertThat(finding.getAttribute("data-line")).isEqualTo(Integer.toString(expectedLine));
    finding.click();
    WebElement highlighted = driver.findElement(By.cssSelector("#lines .highlighted"));
    assertThat(highlighted.getAttribute("data-n")).isEqualTo(Integer.toString(expectedLine));
    assertThat(highlighted.getText()).contains("2025-02-30");
    assertThat(finding.getAttribute("class")).contains("selected");
    shot("2-ogiltigt-markerad-rad");

    // the keyboard does the same: Tab to a finding, Enter
    driver.findElement(By.tagName("body")).click();
    ((JavascriptExecutor) driver)
        .executeScript(
            "document.querySelector('#lines .highlighted').classList.remove('highlighted');");
    finding.sendKeys(Keys.ENTER);
    assertThat(driver.findElements(By.cssSelector("#lines .highlighted"))).hasSize(1);

    // English, on the same answer
    driver.findElement(By.id("lang")).click();
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("BBIC validation");
    // the findings are asked for again, in English
    waiting()
        .until(
            d ->
                d.findElement(By.id("findings")).getText().contains("ERROR BBIC-SCH-003")
                    && !d.findElement(By.id("findings")).getText().contains("Fältet"));
    assertThat(driver.findElement(By.id("verdict")).getText()).startsWith("invalid");
    driver.findElements(By.cssSelector("#findings li")).get(0).click();
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    shot("3-english");

    // a narrow screen: nothing reaches past the right edge
    driver.manage().window().setSize(new Dimension(360, 1400));
    Object over =
        ((JavascriptExecutor) driver)
            .executeScript(
                "var w = document.documentElement.clientWidth, out = [];"
                    + "document.querySelectorAll('body *').forEach(function (e) {"
                    + "  var r = e.getBoundingClientRect();"
                    + "  if (r.width > 0 && r.right > w + 0.5) {"
                    + "    out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right));"
                    + "  }"
                    + "});"
                    + "return out.join(', ');");
    assertThat((String) over).as("elements past the right edge of a 360 px screen").isEmpty();
    shot("4-smal-skarm");
    driver.manage().window().setSize(new Dimension(1100, 1500));
    noConsoleErrors();
  }
}
