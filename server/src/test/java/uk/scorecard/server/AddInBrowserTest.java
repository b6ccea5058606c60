package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.scorecard.Scorecard;
import uk.scorecard.server.Http.Multipart;

/**
 * The add-in's real task pane in headless Chromium, served over HTTPS by the app, with Microsoft's
 * office.js replaced by a stub (an in-memory workbook file, an Excel.run that records writes):
 * Chromium resolves appsforoffice.microsoft.com to a local stub server, so the pane's own page,
 * script and Content-Security-Policy are what is tested. "Check and rate" must write exactly the
 * edits the API returns, in batches under Excel on the web's 5 MB request limit, and a finding's
 * link must select its cell.
 */
class AddInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final int BATCH = 5;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Javalin app;
  private static Javalin office;
  private static Path dir;
  private static HttpClient client;
  private static JsonNode answer;
  private static String noted;

  @BeforeAll
  static void start() throws Exception {
    boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
    boolean present = Files.isExecutable(DRIVER) && Files.isExecutable(CHROMIUM);
    if (!present && ci) {
      fail("Chromium and chromedriver must be installed in CI: run scripts/test.sh");
    }
    assumeTrue(present, "no /usr/bin/chromium or /usr/bin/chromedriver: browser test skipped");
    dir = Files.createTempDirectory("scorecard-addin-");
    Path cert = dir.resolve("cert.pem");
    Path key = dir.resolve("key.pem");
    TlsTest.selfSigned(cert, key);
    Tls tls = Tls.load(cert, key);
    client = HttpClient.newBuilder().sslContext(TlsTest.trusting(cert)).build();
    app = App.create(Served.config(), Engine.of(new Scorecard()), tls).start("127.0.0.1", 0);
    answer = expected();
    JsonNode firstNote = null;
    for (JsonNode e : answer.path("edits")) {
      if (e.has("note") && firstNote == null) {
        firstNote = e;
      }
    }
    assertThat(firstNote).as("the fixture has a problem cell").isNotNull();
    noted = firstNote.path("sheet").asText() + "!" + firstNote.path("cell").asText();
    String stub;
    try (InputStream in =
        AddInBrowserTest.class.getResourceAsStream("/uk/scorecard/server/office-stub.js")) {
      stub =
          "window.stubWorkbook = \""
              + Base64.getEncoder().encodeToString(TestWorkbooks.scorecard())
              + "\";\nwindow.stubRanges = "
              + JSON.writeValueAsString(UsedRanges.of(TestWorkbooks.scorecard()).path("sheets"))
              + ";\nwindow.scorecardReadCells = 20;\nwindow.scorecardBatchEdits = "
              + BATCH
              + ";\nwindow.stubNoted = [\""
              + noted
              + "\"];\n"
              + new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String script = stub;
    office =
        Javalin.create(
                cfg -> {
                  cfg.startup.showJavalinBanner = false;
                  tls.listen(cfg, "127.0.0.1", 0);
                  cfg.routes.get(
                      "/lib/1/hosted/office.js",
                      ctx -> ctx.contentType("text/javascript").result(script));
                })
            .start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.stop();
    }
    if (office != null) {
      office.stop();
    }
  }

  @Test
  void checkAndRateWritesExactlyTheEditsInBatchesAndAFindingSelectsItsCell() throws Exception {
    checkAndRate(false, "stubNoFile");
  }

  /**
   * Where Excel cannot hand over the file, the pane reads the used ranges in blocks, posts them as
   * JSON, writes the same edits, and says above the findings what that read leaves out.
   */
  @Test
  void withoutTheFileTheCellsValuesArePostedAndTheSameEditsWritten() throws Exception {
    checkAndRate(true, "stubNoFile");
  }

  /** The same where Excel says it can hand over the file, then fails to. */
  @Test
  void whenHandingOverTheFileFailsTheCellsValuesArePosted() throws Exception {
    checkAndRate(true, "stubFileFails");
  }

  private void checkAndRate(boolean noFile, String flag) throws Exception {
    ChromeDriver b = browser();
    try {
      b.get("https://localhost:" + app.port() + "/addin/taskpane.html");
      WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(60));
      wait.until(d -> d.findElement(By.id("rate")).isEnabled());
      b.executeScript("window[arguments[0]] = arguments[1];", flag, noFile);
      assertThat(b.findElement(By.id("rate")).getText()).isEqualTo("Check and rate");
      b.findElement(By.id("rate")).click();
      wait.until(d -> d.findElement(By.id("status")).getText().startsWith("Done"));

      JsonNode recorded =
          JSON.readTree((String) b.executeScript("return JSON.stringify(recorded)"));
      // The cells first, then the notes (a cell with a note of its own refuses ours, and is kept).
      List<JsonNode> want = new ArrayList<>();
      answer.path("edits").forEach(e -> asWritten(e).ifPresent(want::add));
      answer
          .path("edits")
          .forEach(
              e -> {
                if (e.has("note")
                    && !noted.equals(e.path("sheet").asText() + "!" + e.path("cell").asText())) {
                  want.add(
                      JSON.createObjectNode()
                          .put("sheet", e.path("sheet").asText())
                          .put("cell", e.path("cell").asText())
                          .put("note", e.path("note").asText()));
                }
              });
      List<JsonNode> got = new ArrayList<>();
      // The Checks sheet's writes are checked in their own test.
      recorded
          .path("writes")
          .forEach(
              w -> {
                if (!w.path("sheet").asText().equals("Checks")) {
                  got.add(w);
                }
              });
      // JSON does not say 252 from 252.0: widths are compared as numbers.
      got.stream()
          .filter(w -> w.has("columnWidth"))
          .forEach(w -> ((ObjectNode) w).put("columnWidth", w.path("columnWidth").asDouble()));
      assertThat(want).hasSizeGreaterThan(BATCH);
      assertThat(got).as("the writes, in order").isEqualTo(want);
      JsonNode posts = recorded.path("posts");
      assertThat(posts).hasSize(1);
      assertThat(posts.get(0).path("type").asText())
          .isEqualTo(noFile ? "application/json" : "multipart/form-data");
      WebElement fallback = b.findElement(By.id("fallback"));
      if (noFile) {
        assertThat(recorded.path("slices").asInt()).isZero();
        assertThat(recorded.path("reads").asInt()).as("read in blocks of rows").isGreaterThan(2);
        assertThat(fallback.isDisplayed()).isTrue();
        assertThat(fallback.getText())
            .contains("Notes and comments, merged headings and cell styles were not read");
      } else {
        assertThat(recorded.path("slices").asInt()).isGreaterThan(1);
        assertThat(recorded.path("reads").asInt()).isZero();
        assertThat(fallback.isDisplayed()).isFalse();
      }

      assertThat(b.findElement(By.id("status")).getText())
          .endsWith("1 note was not added: the cell already has a note of its own, which is kept.");
      assertThat(recorded.path("batches").size()).isGreaterThan(2);
      recorded
          .path("batches")
          .forEach(
              x -> {
                assertThat(x.path("count").asInt()).isLessThanOrEqualTo(BATCH);
                assertThat(x.path("bytes").asLong()).isLessThan(5L * 1024 * 1024);
              });
      // Every run that writes is one undo step; the fallback's one read comes first, as a plain
      // run.
      JsonNode runs = recorded.path("runOptions");
      int read = noFile ? 1 : 0;
      assertThat(runs.size()).isGreaterThan(read);
      for (int i = 0; i < runs.size(); i++) {
        assertThat(runs.get(i).path("mergeUndoGroup").asBoolean())
            .as("run " + i)
            .isEqualTo(i >= read);
      }

      assertThat(b.findElement(By.id("headline")).getText())
          .isEqualTo(answer.path("summary").path("headline").asText());
      assertThat(b.findElements(By.cssSelector("#sentences li")))
          .hasSize(answer.path("sentences").size());
      List<WebElement> links = b.findElements(By.cssSelector("#findings a[data-cell]"));
      assertThat(links).isNotEmpty();
      assertThat(b.findElement(By.cssSelector("#findings h4")).getText()).startsWith("Errors (");
      WebElement link = links.get(0);
      String sheet = link.getAttribute("data-sheet");
      String cell = link.getAttribute("data-cell");
      link.click();
      wait.until(d -> !"null".equals(selected(b)));
      assertThat(JSON.readTree(selected(b)))
          .isEqualTo(JSON.createObjectNode().put("sheet", sheet).put("cell", cell));
      assertThat(b.findElement(By.id("again")).isEnabled()).isTrue();
      if (!noFile) {
        screenshot(b, "addin-task-pane.png");
      }
      List<LogEntry> errors =
          b.manage().logs().get(LogType.BROWSER).getAll().stream()
              .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
              .toList();
      assertThat(errors).as("no console errors (a CSP refusal is one)").isEmpty();
    } finally {
      b.quit();
    }
  }

  @Test
  void keepRatingsLiveWritesTheLiveFormulasHidesTheHelpersAndColoursTheRag() throws Exception {
    JsonNode live = expected(true);
    // The first formula that reads a target finds it as rated; the others find it changed.
    ObjectNode cells = JSON.createObjectNode();
    for (JsonNode e : live.path("edits")) {
      if (e.has("otherwise") && cells.isEmpty()) {
        JsonNode o = e.path("otherwise");
        cells.put(
            e.path("sheet").asText() + "!" + o.path("cell").asText(), o.path("equals").asDouble());
      }
    }
    assertThat(cells.isEmpty()).as("the fixture has a target cell a formula reads").isFalse();
    List<JsonNode> formulas = new ArrayList<>();
    List<String> hidden = new ArrayList<>();
    List<JsonNode> colours = new ArrayList<>();
    for (JsonNode e : live.path("edits")) {
      String where = e.path("sheet").asText() + "!" + e.path("cell").asText();
      if (e.has("formula")) {
        JsonNode o = e.path("otherwise");
        boolean same =
            o.isMissingNode()
                || cells.has(e.path("sheet").asText() + "!" + o.path("cell").asText());
        formulas.add(
            JSON.createObjectNode()
                .put("at", where)
                .put("formula", (same ? e : o).path("formula").asText()));
      }
      if (e.has("width") && e.path("width").asDouble() == 0) {
        hidden.add(where);
      }
      e.path("colours")
          .forEach(
              c ->
                  colours.add(
                      JSON.createObjectNode()
                          .put("at", where)
                          .put("fill", c.path("fill").asText())
                          .put("fontColour", c.path("fontColour").asText())
                          .put("formula1", "=\"" + c.path("rating").asText() + "\"")));
    }
    assertThat(formulas).isNotEmpty();
    assertThat(formulas).anySatisfy(f -> assertThat(f.path("formula").asText()).contains("ROUND("));
    assertThat(hidden).hasSize(2);
    assertThat(colours).isNotEmpty();

    ChromeDriver b = browser();
    try {
      b.get("https://localhost:" + app.port() + "/addin/taskpane.html");
      WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(60));
      wait.until(d -> d.findElement(By.id("rate")).isEnabled());
      b.executeScript("window.stubCells = " + cells + ";");
      b.findElement(By.id("live")).click();
      b.findElement(By.id("rate")).click();
      wait.until(d -> d.findElement(By.id("status")).getText().startsWith("Done"));
      JsonNode recorded =
          JSON.readTree((String) b.executeScript("return JSON.stringify(recorded)"));
      List<JsonNode> gotFormulas = new ArrayList<>();
      List<String> gotHidden = new ArrayList<>();
      List<JsonNode> gotColours = new ArrayList<>();
      for (JsonNode w : recorded.path("writes")) {
        String where = w.path("sheet").asText() + "!" + w.path("cell").asText();
        if (w.has("formula") && !w.path("sheet").asText().equals("Checks")) {
          gotFormulas.add(
              JSON.createObjectNode().put("at", where).put("formula", w.path("formula").asText()));
        }
        if (w.path("hidden").asBoolean()) {
          gotHidden.add(where);
        }
        if (w.has("conditional")) {
          assertThat(w.path("operator").asText()).isEqualTo("EqualTo");
          gotColours.add(
              JSON.createObjectNode()
                  .put("at", where)
                  .put("fill", w.path("fill").asText())
                  .put("fontColour", w.path("fontColour").asText())
                  .put("formula1", w.path("formula1").asText()));
        }
      }
      assertThat(gotFormulas).as("each live cell's formula, in order").isEqualTo(formulas);
      assertThat(gotHidden).isEqualTo(hidden);
      assertThat(gotColours).isEqualTo(colours);
    } finally {
      b.quit();
    }
  }

  @Test
  void theChecksSheetGoesBesideAnOfficersSheetCalledChecksWithTheRowsRateWrites() throws Exception {
    JsonNode checks = answer.path("checks");
    assertThat(checks.path("rows").size()).isGreaterThan(5);
    ChromeDriver b = browser();
    try {
      b.get("https://localhost:" + app.port() + "/addin/taskpane.html");
      WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(60));
      wait.until(d -> d.findElement(By.id("rate")).isEnabled());
      // An officer's own sheet called Checks (not ours: its A1 is theirs) and an old one of ours.
      b.executeScript(
          "window.stubSheets = ['Checks', 'Scorecard checks'];"
              + "window.stubCells = {'Checks!A1': 'My checks', 'Scorecard checks!A1': '"
              + checks.path("title").asText()
              + "'};");
      b.findElement(By.id("rate")).click();
      wait.until(d -> d.findElement(By.id("status")).getText().startsWith("Done"));
      assertThat(b.findElement(By.id("status")).getText())
          .contains("and the Scorecard checks sheet");
      JsonNode recorded =
          JSON.readTree((String) b.executeScript("return JSON.stringify(recorded)"));
      List<String> want = new ArrayList<>();
      want.add("* cleared");
      JsonNode rows = checks.path("rows");
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          JsonNode cell = rows.get(r).get(c);
          String at = (char) ('A' + c) + Integer.toString(r + 1);
          String text =
              cell.has("formula")
                  ? cell.path("formula").asText()
                  : cell.path("look").asText().equals("count")
                      ? cell.path("text").asText()
                      : cell.path("text").asText();
          want.add(
              at
                  + " "
                  + text
                  + (cell.has("fill") ? " fill " + cell.path("fill").asText() : "")
                  + (cell.has("link") ? " -> " + cell.path("link").asText() : ""));
        }
      }
      List<String> got = new ArrayList<>();
      for (JsonNode w : recorded.path("writes")) {
        assertThat(w.path("sheet").asText())
            .as("an officer's sheet is untouched")
            .isNotEqualTo("Checks");
        assertThat(w.has("added")).as("our old sheet is reused, none added").isFalse();
        if (!w.path("sheet").asText().equals("Scorecard checks")
            || w.path("cell").asText().contains(":")) {
          continue;
        }
        if (w.path("cleared").asBoolean()) {
          got.add("* cleared");
          continue;
        }
        // A text Excel would read as a number is written with an apostrophe, and stays text.
        String text =
            w.has("formula")
                ? w.path("formula").asText()
                : w.path("value").asText().replaceFirst("^'", "");
        got.add(
            w.path("cell").asText()
                + " "
                + text
                + (w.has("fill") ? " fill " + w.path("fill").asText() : "")
                + (w.has("link") ? " -> " + w.path("link").asText() : ""));
      }
      assertThat(got).isEqualTo(want);
      assertThat(recorded.path("writes").toString()).contains("\"bold\":true");
    } finally {
      b.quit();
    }
  }

  private static String selected(ChromeDriver b) {
    return (String) b.executeScript("return JSON.stringify(recorded.selected)");
  }

  /** What the API answers for the same workbook. */
  private static JsonNode expected() throws Exception {
    return expected(false);
  }

  /** What the API answers for the same workbook, with ratings kept live if asked. */
  private static JsonNode expected(boolean live) throws Exception {
    Multipart form = Multipart.workbook("workbook.xlsx", TestWorkbooks.scorecard());
    if (live) {
      form.field("live", "on");
    }
    HttpResponse<byte[]> r =
        client.send(
            HttpRequest.newBuilder(
                    URI.create("https://localhost:" + app.port() + "/api/rate?format=edits"))
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  /**
   * An edit's cell as the pane writes it through Excel's API (width in points: 5.6 a character).
   */
  private static java.util.Optional<JsonNode> asWritten(JsonNode e) {
    if (!e.has("value") && !e.has("fill") && !e.has("width")) {
      return java.util.Optional.empty();
    }
    ObjectNode w = JSON.createObjectNode();
    w.put("sheet", e.path("sheet").asText());
    w.put("cell", e.path("cell").asText());
    if (e.path("header").asBoolean()) {
      w.put("copyFormats", "0,-1");
    }
    for (String f : new String[] {"value", "formula", "numberFormat", "fill", "fontColour"}) {
      if (e.has(f)) {
        w.put(f, e.path(f).asText());
      }
    }
    if (e.path("wrap").asBoolean()) {
      w.put("wrap", true);
    }
    if (e.has("width")) {
      w.put("columnWidth", e.path("width").asDouble() * 5.6);
    }
    return java.util.Optional.of(w);
  }

  /** The pane after a run, its whole height at its own width, when screenshots are asked for. */
  private static void screenshot(ChromeDriver b, String name) throws Exception {
    String dir = System.getProperty("scorecard.screenshots");
    if (dir == null) {
      return;
    }
    long height = (Long) b.executeScript("return Math.ceil(document.body.scrollHeight) + 24");
    long width = (Long) b.executeScript("return document.documentElement.scrollWidth");
    // Beyond the window: the pane is taller than the 900 px Excel gives it.
    Object png =
        b.executeCdpCommand(
                "Page.captureScreenshot",
                java.util.Map.of(
                    "captureBeyondViewport",
                    true,
                    "clip",
                    java.util.Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)))
            .get("data");
    Files.write(Path.of(dir, name), Base64.getDecoder().decode((String) png));
  }

  private static ChromeDriver browser() {
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
        "--ignore-certificate-errors",
        "--host-resolver-rules=MAP appsforoffice.microsoft.com 127.0.0.1:" + office.port(),
        "--user-data-dir=" + dir.resolve("profile"),
        "--window-size=420,900");
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
}
