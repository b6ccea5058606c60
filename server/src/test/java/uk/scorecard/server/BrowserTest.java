package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.scorecard.Scorecard;

/**
 * The page in real headless Chromium over the real library: upload a workbook, read the results,
 * download the rated copy, and again with JavaScript off. Saves the README's screenshots.
 */
class BrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private static Javalin app;
  private static String origin;
  private static Path profile;
  private static Path downloads;
  private static Path workbook;
  private static Path lastMonth;

  @BeforeAll
  static void start() throws Exception {
    boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
    boolean present = Files.isExecutable(DRIVER) && Files.isExecutable(CHROMIUM);
    if (!present && ci) {
      fail(
          "Chromium and chromedriver must be installed in CI (/usr/bin/chromium, "
              + "/usr/bin/chromedriver): run scripts/test.sh, which installs them");
    }
    assumeTrue(present, "no /usr/bin/chromium or /usr/bin/chromedriver: browser test skipped");
    app = App.create(Served.config(), new Scorecard()).start("127.0.0.1", 0);
    origin = "http://127.0.0.1:" + app.port();
    profile = Files.createTempDirectory("scorecard-chromium-");
    downloads = Files.createTempDirectory("scorecard-downloads-");
    workbook = Files.createTempDirectory("scorecard-upload-").resolve("July board scorecard.xlsx");
    Files.write(workbook, TestWorkbooks.scorecard());
    lastMonth = workbook.resolveSibling("June board scorecard.xlsx");
    Files.write(lastMonth, TestWorkbooks.lastMonth());
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.stop();
    }
  }

  private static ChromeDriver browser(boolean javascript) {
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--user-data-dir=" + profile.resolve(javascript ? "js" : "nojs"),
        "--window-size=1200,900");
    o.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false,
            "profile.managed_default_content_settings.javascript",
            javascript ? 1 : 2));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, o);
  }

  @Test
  void uploadReadResultsAndDownloadTheRatedWorkbook() throws Exception {
    ChromeDriver b = browser(true);
    try {
      b.get(origin + "/");
      WebDriverWait wait = wait(b);
      wait.until(
          d ->
              d.findElement(By.tagName("body"))
                  .getAttribute("class")
                  .contains("govuk-frontend-supported"));
      wait.until(d -> !d.findElements(By.cssSelector(".govuk-file-upload-button")).isEmpty());
      assertThat(b.findElement(By.tagName("h1")).getText())
          .isEqualTo("Check a performance scorecard");
      assertThat(b.findElement(By.cssSelector("label[for='workbook']")).getText())
          .isEqualTo("Upload your workbook");
      assertThat(b.findElement(By.cssSelector(".govuk-file-upload-button")).getText())
          .as("GOV.UK's drag-and-drop upload is in place")
          .contains("Choose file");
      screenshot(b, "upload-page.png");
      assertNoConsoleErrors(b);
      Axe.assertNone(b, "the start page, with its script");

      b.findElement(By.cssSelector("button[type='submit']")).click();
      wait.until(d -> !d.findElements(By.cssSelector(".govuk-error-summary")).isEmpty());
      assertThat(b.findElement(By.cssSelector(".govuk-error-summary")).getText())
          .contains("Select a workbook to check.");
      assertThat(b.switchTo().activeElement().getAttribute("class"))
          .as("the error summary takes focus")
          .contains("govuk-error-summary");
      assertThat(b.getTitle()).startsWith("Error: ");
      Axe.assertNone(b, "the error summary shown in place");
      wait.until(d -> !d.findElements(By.cssSelector(".govuk-file-upload-button")).isEmpty());

      b.findElement(By.cssSelector("input[type='file'][name='workbook']"))
          .sendKeys(workbook.toString());
      b.findElement(By.cssSelector("button[type='submit']")).click();
      wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Your scorecard results"));
      assertThat(b.getCurrentUrl())
          .as("the address becomes the results': a refresh resends nothing")
          .matches(origin + "/results/[\\w-]{43}");
      b.navigate().refresh();
      wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Your scorecard results"));
      assertThat(b.findElement(By.cssSelector(".govuk-caption-l")).getText())
          .isEqualTo("July board scorecard.xlsx");
      // CIN 7's 112% is in error, so it is Grey, not Red.
      assertThat(count(b, "red")).isEqualTo("1 indicator");
      assertThat(count(b, "amber")).isEqualTo("1 indicator");
      assertThat(count(b, "green")).isEqualTo("1 indicator");
      assertThat(count(b, "grey")).isEqualTo("2 indicators");
      List<WebElement> indicators = b.findElements(By.cssSelector("#indicators tbody tr"));
      assertThat(indicators).as("every indicator, not only Red and Amber").hasSize(5);
      assertThat(indicators.get(0).getText()).startsWith("Red").contains(TestWorkbooks.RED_ID);
      b.findElement(By.cssSelector("a[data-filter='grey']")).click();
      wait.until(d -> d.getCurrentUrl().contains("?rating=grey"));
      assertThat(b.findElements(By.cssSelector("#indicators tbody tr")))
          .hasSize(2)
          .allSatisfy(r -> assertThat(r.getText()).startsWith("Grey"));
      Axe.assertNone(b, "the results filtered to Grey");
      b.findElement(By.cssSelector("a[data-filter='all']")).click();
      wait.until(d -> d.findElements(By.cssSelector("#indicators tbody tr")).size() == 5);
      assertThat(b.findElement(By.id("findings-heading")).isDisplayed()).isTrue();
      assertNoConsoleErrors(b);
      Axe.assertNone(b, "the results shown in place");

      assertThat(b.findElement(By.id("download")).getAttribute("href"))
          .as("the rated copy, kept a few minutes under the results' address")
          .isEqualTo(b.getCurrentUrl().replaceAll("[?#].*", "") + "/download");
      b.findElement(By.id("download")).click();
      Path rated = downloads.resolve("July board scorecard-rated.xlsx");
      wait.until(
          d ->
              Files.exists(rated)
                  && !Files.exists(downloads.resolve(rated.getFileName() + ".crdownload")));
      assertThat(LibraryTest.ragColumn(Files.readAllBytes(rated)))
          .contains("Red", "Amber", "Green");
    } finally {
      b.quit();
    }
  }

  @Test
  void withLastMonthsWorkbookTheResultsSayWhatChangedAndTheSentences() throws Exception {
    ChromeDriver b = browser(true);
    try {
      b.get(origin + "/");
      WebDriverWait wait = wait(b);
      wait.until(d -> d.findElements(By.cssSelector(".govuk-file-upload-button")).size() == 3);
      assertThat(b.findElement(By.cssSelector("label[for='last']")).getText())
          .isEqualTo("Last month’s workbook (optional)");
      b.findElement(By.cssSelector("input[type='file'][name='workbook']"))
          .sendKeys(workbook.toString());
      b.findElement(By.cssSelector("input[type='file'][name='last']"))
          .sendKeys(lastMonth.toString());
      b.findElement(By.cssSelector("button[type='submit']")).click();
      wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Your scorecard results"));
      assertThat(b.findElement(By.id("since-heading")).getText()).isEqualTo("Since last month");
      List<WebElement> changes = b.findElements(By.cssSelector("#since tbody tr"));
      assertThat(changes)
          .extracting(WebElement::getText)
          .anyMatch(t -> t.startsWith("CP 2 Warning past figure restated: Jun-19 90% 91%"));
      List<String> sentences =
          b.findElements(By.cssSelector("#sentences li")).stream()
              .map(WebElement::getText)
              .toList();
      assertThat(sentences.get(0)).startsWith("Ratings changed since Jun-19: CIN 4 (Red to Green)");
      assertThat(sentences)
          .anyMatch(
              t ->
                  t.startsWith(
                      "Red CP 2: moved from Amber to Red after"
                          + " Jun-19 was restated from 90% to 91%: 60% in Jul-19"));
      assertNoConsoleErrors(b);
      Axe.assertNone(b, "the results since last month");
      screenshot(b, "results-page-since.png");
    } finally {
      b.quit();
    }
  }

  @Test
  void aWorkbookDroppedOnTheUploadIsCheckedWithProgressShown() {
    ChromeDriver b = browser(true);
    try {
      b.get(origin + "/");
      WebDriverWait wait = wait(b);
      wait.until(d -> !d.findElements(By.cssSelector(".govuk-file-upload-button")).isEmpty());
      String base64 = java.util.Base64.getEncoder().encodeToString(TestWorkbooks.scorecard());
      ((JavascriptExecutor) b)
          .executeScript(
              """
          const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0))
          const files = new DataTransfer()
          files.items.add(new File([bytes], 'dropped.xlsx'))
          const target = document.querySelector('.govuk-file-upload-button')
          target.dispatchEvent(new DragEvent('dragenter', {bubbles: true, dataTransfer: files}))
          target.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: files}))
          """,
              base64);
      assertThat(b.findElement(By.cssSelector(".govuk-file-upload-button__status")).getText())
          .isEqualTo("dropped.xlsx");
      ((JavascriptExecutor) b)
          .executeScript(
              """
          const panel = document.getElementById('upload-progress')
          new MutationObserver(() => {
            if (!panel.hidden) sessionStorage.setItem('progress',
                (sessionStorage.getItem('progress') || '') + ' | ' + panel.textContent.trim())
          }).observe(panel, {attributes: true, subtree: true, childList: true, characterData: true})
          """);
      b.findElement(By.cssSelector("button[type='submit']")).click();
      wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Your scorecard results"));
      assertThat(b.getCurrentUrl()).matches(origin + "/results/[\\w-]{43}");
      assertThat(
              (String)
                  ((JavascriptExecutor) b)
                      .executeScript("return sessionStorage.getItem('progress')"))
          .as("the progress indicator was shown")
          .contains("Uploading your workbook: ", "Checking your workbook");
      assertThat(b.findElement(By.cssSelector(".govuk-caption-l")).getText())
          .isEqualTo("dropped.xlsx");
    } finally {
      b.quit();
    }
  }

  @Test
  void withoutJavaScriptThePlainFormPostShowsTheResults() {
    ChromeDriver b = browser(false);
    try {
      b.get(origin + "/");
      assertThat(b.findElements(By.cssSelector(".govuk-file-upload-button"))).isEmpty();
      b.findElement(By.cssSelector("button[type='submit']")).click();
      settle(b, d -> errorSummary(d).contains("Select a workbook to check."));
      assertThat(errorSummary(b)).contains("There is a problem");
      b.findElement(By.id("workbook")).sendKeys(workbook.toString());
      b.findElement(By.cssSelector("button[type='submit']")).click();
      settle(b, d -> d.getCurrentUrl().contains("/results/"));
      assertThat(b.getCurrentUrl())
          .as("post/redirect/get: the results' own address")
          .matches(origin + "/results/[\\w-]{43}");
      assertThat(b.findElement(By.tagName("h1")).getText()).isEqualTo("Your scorecard results");
      assertThat(b.findElement(By.id("download")).getText()).isEqualTo("Download rated workbook");
    } finally {
      b.quit();
    }
  }

  @Test
  void whenTheServiceIsBusyThePageRetriesOnceThenSaysSo() throws Exception {
    FakeEngine engine = new FakeEngine();
    engine.release = new java.util.concurrent.CountDownLatch(1);
    ServerConfig config =
        Served.config().withWork(1, Duration.ofSeconds(60)).withQueue(0, Duration.ofSeconds(1));
    Javalin busy = App.create(config, engine).start("127.0.0.1", 0);
    ChromeDriver b = browser(true);
    try {
      String at = "http://127.0.0.1:" + busy.port();
      java.util.concurrent.CompletableFuture.runAsync(
          () ->
              new Http(at)
                  .post(
                      "/api/check",
                      Http.Multipart.workbook("first.xlsx", TestWorkbooks.scorecard())));
      assertThat(engine.entered.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      b.get(at + "/");
      WebDriverWait wait = wait(b);
      wait.until(d -> !d.findElements(By.cssSelector(".govuk-file-upload-button")).isEmpty());
      b.findElement(By.cssSelector("input[type='file'][name='workbook']"))
          .sendKeys(workbook.toString());
      ((JavascriptExecutor) b)
          .executeScript(
              """
          window.said = []
          const text = document.getElementById('upload-progress-text')
          new MutationObserver(() => window.said.push(text.textContent))
            .observe(text, {childList: true, characterData: true, subtree: true})
          """);
      b.findElement(By.cssSelector("button[type='submit']")).click();
      WebElement status = b.findElement(By.id("upload-progress-text"));
      wait.until(d -> status.getText().equals("The service is busy, try again in a minute."));
      assertThat(said(b))
          .as("it waited and tried once more before giving up")
          .anyMatch(t -> t.matches("The service is busy\\. Trying again in \\d+ seconds?\\."));
      assertThat(b.findElement(By.cssSelector("button[type='submit']")).isEnabled()).isTrue();

      // Busy at first, free by the retry: the results come without the officer doing anything.
      b.findElement(By.cssSelector("button[type='submit']")).click();
      wait.until(
          d ->
              said(b).stream().filter(t -> t.startsWith("The service is busy. Trying")).count()
                  == 2);
      engine.release.countDown();
      wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Your scorecard results"));
    } finally {
      b.quit();
      engine.release.countDown();
      busy.stop();
    }
  }

  /**
   * Every page state a person can meet, without our script (the server's own pages), at desktop
   * width and at a phone's 390 px: axe-core finds no violation, and on the phone nothing is wider
   * than the screen. Saves the results page's screenshots at both widths.
   */
  @Test
  void everyPageStatePassesAxeAtDesktopAndPhoneWidths() throws Exception {
    ChromeDriver b = withoutOurScript();
    Http http = new Http(origin);
    try {
      b.get(origin + "/");
      both(b, "the start page");
      submit(b, null);
      settle(b, d -> errorSummary(d).contains("Select a workbook to check."));
      both(b, "the error for no file (400)");
      Path web = workbook.resolveSibling("export.xls");
      Files.writeString(web, "<html><table><tr><td>1</td></tr></table></html>");
      submit(b, web);
      settle(b, d -> d.findElement(By.id("layout-help")).isDisplayed());
      both(b, "the error for a web page saved as .xls (415)");
      Path notes = workbook.resolveSibling("notes.xlsx");
      Files.write(notes, TestWorkbooks.noTable());
      submit(b, notes);
      settle(b, d -> d.getPageSource().contains("No indicator table found"));
      both(b, "the error for no table (422), with the templates and the guidance");
      Path rules = workbook.resolveSibling("rules.yaml");
      Files.writeString(rules, "bogus_key: 1");
      b.findElement(By.id("workbook")).sendKeys(workbook.toString());
      b.findElement(By.id("rules")).sendKeys(rules.toString());
      b.findElement(By.cssSelector("button[type='submit']")).click();
      settle(b, d -> errorSummary(d).contains("bogus_key"));
      both(b, "the error for a bad rules file (400)");

      b.get(origin + "/");
      submit(b, workbook);
      settle(b, d -> d.getCurrentUrl().contains("/results/"));
      String at = b.getCurrentUrl();
      assertThat(at).matches(origin + "/results/[\\w-]{43}");
      both(b, "the results");
      shot(b, "results-page.png", 1200);
      shot(b, "results-page-phone.png", 390);
      b.get(at + "?rating=exceptions");
      both(b, "the results filtered to Red and Amber");
      assertThat(http.get(at.substring(origin.length()) + "/download").statusCode()).isEqualTo(200);
      b.get(at);
      assertThat(b.findElement(By.id("downloaded")).getText()).contains("has been downloaded");
      both(b, "the results once the rated copy is downloaded");
      b.get(at + "/download");
      assertThat(b.findElement(By.tagName("h1")).getText()).isEqualTo("The rated copy has gone");
      both(b, "the rated copy gone (410)");

      b.get(origin + "/");
      b.findElement(By.id("workbook")).sendKeys(workbook + "\n" + lastMonth + "\n" + notes);
      b.findElement(By.cssSelector("button[type='submit']")).click();
      settle(b, d -> d.findElement(By.id("headline")).getText().startsWith("We rated"));
      assertThat(b.findElement(By.id("headline")).getText())
          .isEqualTo(b.findElement(By.id("headline")).getText())
          .startsWith("We rated 2 of 3 workbooks");
      both(b, "the summary of several workbooks");
      shot(b, "results-summary-phone.png", 390);
      b.findElement(By.linkText("June board scorecard.xlsx")).click();
      settle(b, d -> !d.findElements(By.cssSelector(".govuk-back-link")).isEmpty());
      assertThat(b.findElement(By.cssSelector(".govuk-back-link")).getText())
          .isEqualTo("All workbooks of this upload");
      both(b, "one of several workbooks' results");

      b.get(origin + "/results/" + "A".repeat(43));
      assertThat(b.findElement(By.tagName("h1")).getText()).isEqualTo("These results have gone");
      both(b, "results gone (404)");
      b.get(origin + "/no/such/page");
      both(b, "page not found (404)");
      b.get(origin + "/guidance");
      both(b, "the guidance page");
    } finally {
      b.quit();
    }
    FakeEngine engine = new FakeEngine();
    Javalin small =
        App.create(Served.config().withLimits(20_000, 2_000), engine).start("127.0.0.1", 0);
    ChromeDriver c = withoutOurScript();
    try {
      String there = "http://127.0.0.1:" + small.port();
      c.get(there + "/");
      Path big = workbook.resolveSibling("big.xlsx");
      Files.write(big, new byte[30_000]);
      submit(c, big);
      settle(c, d -> errorSummary(d).contains("smaller than"));
      both(c, "the error for a workbook too large (413)");
      engine.failWith = new IllegalStateException("boom");
      c.get(there + "/");
      submit(c, workbook);
      settle(c, d -> d.findElement(By.tagName("h1")).getText().startsWith("Sorry"));
      assertThat(c.findElement(By.tagName("h1")).getText())
          .isEqualTo("Sorry, there is a problem with the service");
      both(c, "an unexpected failure (500)");
    } finally {
      c.quit();
      small.stop();
    }
  }

  /** The check can fail: a page with an unlabelled image outside any landmark has violations. */
  @Test
  void axeFindsTheViolationsOfAPageThatHasThem() {
    ChromeDriver b = browser(true);
    try {
      b.get(
          "data:text/html,<!DOCTYPE html><html><head><title>t</title></head><body>"
              + "<img src='x.png'><p>Outside any landmark</p></body></html>");
      assertThat(Axe.violations(b))
          .anyMatch(v -> v.startsWith("image-alt "))
          .anyMatch(v -> v.startsWith("region "))
          .anyMatch(v -> v.startsWith("html-has-lang "));
    } finally {
      b.quit();
    }
  }

  /**
   * A browser that runs scripts (axe-core needs them) but never loads our app.js, so every page is
   * the server's own, as without JavaScript.
   */
  private static ChromeDriver withoutOurScript() {
    ChromeDriver b = browser(true);
    b.executeCdpCommand("Network.enable", Map.of());
    b.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/assets/app.js")));
    return b;
  }

  /** Chooses {@code file} (or none) and submits the upload form. */
  /**
   * Waits until the page after a submit shows what it should: until then the old page may still be
   * there, or go stale under the finder as the new one loads.
   */
  private static void settle(
      ChromeDriver b, java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> shows) {
    new WebDriverWait(b, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .until(shows);
  }

  private static String errorSummary(org.openqa.selenium.WebDriver d) {
    return d.findElement(By.cssSelector(".govuk-error-summary")).getText();
  }

  private static void submit(ChromeDriver b, Path file) {
    if (file != null) {
      b.findElement(By.id("workbook")).sendKeys(file.toString());
    }
    b.findElement(By.cssSelector("button[type='submit']")).click();
  }

  /** axe-core at desktop width, then at a phone's, where nothing may be wider than the screen. */
  private static void both(ChromeDriver b, String state) {
    Axe.assertNone(b, state);
    width(b, 390, 844);
    try {
      Axe.assertNone(b, state + " at 390 px");
      Object wide =
          b.executeScript(
              "return [...document.querySelectorAll('body *')]"
                  + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                  // a table's headings, hidden but for screen readers while its rows are cards
                  + ".filter(e => !e.closest('thead') || "
                  + "getComputedStyle(e.closest('thead')).position !== 'absolute')"
                  + ".map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className).slice(0, 5)");
      assertThat((List<?>) wide).as("wider than a 390 px phone: " + state).isEmpty();
    } finally {
      b.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  private static void width(ChromeDriver b, int width, int height) {
    b.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
  }

  /** A full-page screenshot at {@code width} CSS pixels, for the README. */
  private static void shot(ChromeDriver b, String name, int width) throws Exception {
    String dir = System.getProperty("scorecard.screenshots");
    if (dir == null) {
      return;
    }
    width(b, width, 900);
    try {
      long height =
          (Long) b.executeScript("return Math.ceil(document.documentElement.scrollHeight)");
      width(b, width, (int) Math.min(Math.max(height, 700), 8000));
      File shot = b.getScreenshotAs(OutputType.FILE);
      Path target = Path.of(dir, name);
      Files.createDirectories(target.getParent());
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      b.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  @Test
  void keyboardUsersCanReachEveryControlInOrder() {
    ChromeDriver b = browser(true);
    try {
      b.get(origin + "/");
      new WebDriverWait(b, Duration.ofSeconds(20))
          .until(d -> !d.findElements(By.cssSelector(".govuk-file-upload-button")).isEmpty());
      List<String> order = new java.util.ArrayList<>();
      for (int i = 0; i < 9; i++) {
        b.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
        WebElement e = b.switchTo().activeElement();
        order.add(
            e.getTagName()
                + "#"
                + e.getAttribute("id")
                + ":"
                + e.getText().lines().findFirst().orElse(""));
      }
      assertThat(String.join(" | ", order))
          .containsSubsequence(
              "Skip to main content",
              "Scorecard checker",
              "a#feedback:tell us what you think",
              "button#workbook:",
              "input#live:",
              "input#values:",
              "Use a rules file",
              "Check workbook");
    } finally {
      b.quit();
    }
  }

  /**
   * A 20 s wait that tries again when the page's script swaps the main element between finding an
   * element and reading it (a race a busy machine makes likely).
   */
  private static WebDriverWait wait(ChromeDriver b) {
    WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  @SuppressWarnings("unchecked")
  private static List<String> said(ChromeDriver b) {
    return (List<String>) ((JavascriptExecutor) b).executeScript("return window.said");
  }

  private static String count(ChromeDriver b, String key) {
    return b.findElement(By.cssSelector("[data-count='" + key + "'] .app-count")).getText();
  }

  private static void assertNoConsoleErrors(ChromeDriver b) {
    List<String> errors =
        b.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
            .map(LogEntry::getMessage)
            .filter(
                m ->
                    !m.contains(
                        "/rate - Failed to load resource: the server responded with a status"
                            + " of 400")) // the empty submit above, on purpose
            .toList();
    assertThat(errors).as("console errors (CSP violations, failed loads)").isEmpty();
  }

  /** Saves a full-page screenshot for the README. */
  private static void screenshot(ChromeDriver b, String name) throws Exception {
    String dir = System.getProperty("scorecard.screenshots");
    if (dir == null) {
      return;
    }
    long height =
        (Long)
            ((JavascriptExecutor) b)
                .executeScript(
                    "return Math.ceil(document.documentElement.scrollHeight + window.outerHeight - window.innerHeight)");
    b.manage().window().setSize(new Dimension(1200, (int) Math.min(Math.max(height, 700), 4000)));
    File shot = b.getScreenshotAs(OutputType.FILE);
    Path target = Path.of(dir, name);
    Files.createDirectories(target.getParent());
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    b.manage().window().setSize(new Dimension(1200, 900));
  }
}
