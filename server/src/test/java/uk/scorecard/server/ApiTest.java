package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.server.Http.header;
import static uk.scorecard.server.Http.json;
import static uk.scorecard.server.Http.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.ReadWorkbook.Format;
import uk.scorecard.model.Severity;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.model.WorkbookRefusedException.Reason;
import uk.scorecard.report.Report;
import uk.scorecard.server.Http.Multipart;

/** The JSON API and health check over real HTTP, with a fake engine: every status it can give. */
class ApiTest {

  private final FakeEngine engine = new FakeEngine();

  private static void assertError(HttpResponse<byte[]> r, int status, String... words) {
    assertThat(r.statusCode()).as(text(r)).isEqualTo(status);
    assertThat(header(r, "Content-Type")).startsWith("application/json");
    JsonNode body = json(r);
    assertThat(body.size()).isEqualTo(1);
    assertThat(body.path("error").asText()).isNotBlank().doesNotContain("Exception", "\tat ");
    for (String w : words) {
      assertThat(body.path("error").asText()).contains(w);
    }
    assertThat(header(r, "X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(header(r, "Content-Security-Policy")).contains("frame-ancestors 'none'");
  }

  @Test
  void healthSaysLiveAndReady() {
    Served.with(
        engine,
        (http, app) -> {
          for (String path : new String[] {"/health", "/health/live"}) {
            HttpResponse<byte[]> r = http.get(path);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(json(r).path("status").asText()).isEqualTo("ok");
          }
          HttpResponse<byte[]> ready = http.get("/health/ready");
          assertThat(ready.statusCode()).isEqualTo(200);
          assertThat(json(ready).path("status").asText()).isEqualTo("ready");
        });
  }

  @Test
  void checkAnswersTheCliJson() {
    Served.with(
        engine,
        (http, app) -> {
          HttpResponse<byte[]> r =
              http.post(
                  "/api/check", Multipart.workbook("board-july.xlsx", TestWorkbooks.scorecard()));
          assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
          assertThat(header(r, "Content-Type")).startsWith("application/json");
          JsonNode file = json(r).path("files").path(0);
          assertThat(json(r).path("files").size()).isEqualTo(1);
          assertThat(file.path("path").asText()).isEqualTo("board-july.xlsx");
          JsonNode f = file.path("findings").path(0);
          assertThat(f.path("sheet").asText()).isEqualTo("Scorecard");
          assertThat(f.path("cell").asText()).isEqualTo("F6");
          assertThat(f.path("severity").asText()).isEqualTo("error");
          assertThat(f.path("code").asText()).isEqualTo("pct-over-100");
          assertThat(f.path("message").asText()).contains("112%");
          assertThat(List.of(f.fieldNames().next())).isNotEmpty();
          JsonNode red = file.path("indicators").path(1);
          assertThat(red.path("rating").asText()).isEqualTo("red");
          assertThat(red.path("row").asInt()).isEqualTo(3);
          assertThat(red.path("id").asText()).isEqualTo("CP 2");
          assertThat(red.path("change").asText()).isEqualTo("Down 31pp");
          assertThat(red.path("caveat").asText()).contains("arrears");
          assertThat(iterable(red.fieldNames()))
              .containsExactly(
                  "sheet",
                  "row",
                  "id",
                  "title",
                  "change",
                  "rating",
                  "directionAssumed",
                  "caveat",
                  "direction",
                  "directionYearOnYear",
                  "summary",
                  "latest",
                  "previous",
                  "target",
                  "tolerance",
                  "unit",
                  "polarity",
                  "polarityAssumed",
                  "reason");
          assertThat(header(r, "Cache-Control")).isEqualTo("no-store");
        });
  }

  @Test
  void rateSendsTheRatedWorkbookAsAnAttachment() {
    Served.with(
        engine,
        (http, app) -> {
          byte[] in = TestWorkbooks.scorecard();
          HttpResponse<byte[]> r =
              http.post("/api/rate", Multipart.workbook("C:\\Users\\me\\board.xlsx", in));
          assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
          assertThat(header(r, "Content-Type"))
              .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
          assertThat(header(r, "Content-Disposition"))
              .startsWith("attachment;")
              .contains("filename=\"board-rated.xlsx\"");
          assertThat(header(r, "Cache-Control")).isEqualTo("no-store");
          assertThat(r.body()).isEqualTo(FakeEngine.rated(in));
        });
  }

  @Test
  void rateKeepsTheFormatItCameIn() throws Exception {
    engine.format = Format.XLSM;
    Served.with(
        engine,
        (http, app) -> {
          HttpResponse<byte[]> r =
              http.post("/api/rate", Multipart.workbook("plan.xlsm", TestWorkbooks.scorecard()));
          assertThat(header(r, "Content-Type"))
              .isEqualTo("application/vnd.ms-excel.sheet.macroEnabled.12");
          assertThat(header(r, "Content-Disposition")).contains("filename=\"plan-rated.xlsm\"");
        });
    engine.format = Format.XLS;
    ByteArrayOutputStream ole2 = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.writeFilesystem(ole2);
    }
    Served.with(
        engine,
        (http, app) -> {
          HttpResponse<byte[]> r =
              http.post("/api/rate", Multipart.workbook("old.xls", ole2.toByteArray()));
          assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
          assertThat(header(r, "Content-Type")).isEqualTo("application/vnd.ms-excel");
          assertThat(header(r, "Content-Disposition")).contains("filename=\"old-rated.xls\"");
        });
  }

  @Test
  void rulesArePassedToTheLibrary() {
    Served.with(
        engine,
        (http, app) -> {
          byte[] rules =
              "defaults:\n  tolerance: 5pp\nindicators:\n  CP 2:\n    polarity: lower\n    target: 10%\n"
                  .getBytes(StandardCharsets.UTF_8);
          HttpResponse<byte[]> r =
              http.post(
                  "/api/check",
                  Multipart.workbook("a.xlsx", TestWorkbooks.scorecard())
                      .file("rules", "rules.yaml", "application/yaml", rules));
          assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
          assertThat(engine.lastOptions.rules().defaultTolerance()).isEqualTo("5pp");
          assertThat(engine.lastOptions.rules().forIndicator("CP 2").polarity())
              .isEqualTo(Polarity.LOWER_IS_BETTER);
        });
  }

  @Test
  void badRequestsGet400() {
    Served.with(
        engine,
        (http, app) -> {
          assertError(
              http.post("/api/check", new Multipart().field("note", "hello")),
              400,
              "Select a workbook");
          assertError(
              http.post(
                  "/api/check",
                  new Multipart().file("workbook", "", "application/octet-stream", new byte[0])),
              400,
              "Select a workbook");
          assertError(
              http.post("/api/check", Multipart.workbook("empty.xlsx", new byte[0])), 400, "empty");
          assertError(
              http.post("/api/rate", "application/json", "{}".getBytes(StandardCharsets.UTF_8)),
              400,
              "multipart/form-data");
          assertError(
              http.post(
                  "/api/check",
                  Multipart.workbook("a.xlsx", TestWorkbooks.scorecard())
                      .file(
                          "rules",
                          "rules.yaml",
                          "text/plain",
                          "colour_scheme: purple\n".getBytes(StandardCharsets.UTF_8))),
              400,
              "colour_scheme");
          assertError(
              http.post(
                  "/api/rate",
                  Multipart.workbook("a.xlsx", TestWorkbooks.scorecard())
                      .file(
                          "rules",
                          "rules.yaml",
                          "text/plain",
                          "indicators: [unclosed\n".getBytes(StandardCharsets.UTF_8))),
              400,
              "not valid YAML");
        });
  }

  @Test
  void tooLargeGets413() {
    ServerConfig small = Served.config().withLimits(20_000, 2_000);
    Served.with(
        small,
        engine,
        (http, app) -> {
          byte[] big = TestWorkbooks.zipBomb(0);
          byte[] padded = java.util.Arrays.copyOf(big, 50_000);
          assertError(
              http.post("/api/check", Multipart.workbook("big.xlsx", padded)), 413, "smaller than");
          assertError(
              http.postChunked("/api/rate", Multipart.workbook("big.xlsx", padded)),
              413,
              "smaller than");
          byte[] past = java.util.Arrays.copyOf(big, 200_000); // past the whole request's limit
          assertError(
              http.post("/api/rate", Multipart.workbook("big.xlsx", past)), 413, "smaller than");
          assertError(
              http.post(
                  "/api/check",
                  Multipart.workbook("a.xlsx", TestWorkbooks.scorecard())
                      .file("rules", "r.yaml", "text/plain", new byte[3_000])),
              413,
              "rules file");
        });
    engine.refuseWith =
        new WorkbookRefusedException(Reason.TOO_LARGE, "the workbook is too large to check");
    Served.with(
        engine,
        (http, app) ->
            assertError(
                http.post("/api/check", Multipart.workbook("a.xlsx", TestWorkbooks.scorecard())),
                413,
                "too large"));
  }

  @Test
  void notASpreadsheetGets415() {
    engine.refuseWith =
        new WorkbookRefusedException(
            Reason.NOT_A_SPREADSHEET,
            "not a spreadsheet: expected an Excel workbook (.xlsx, .xlsm or .xls)");
    Served.with(
        engine,
        (http, app) ->
            assertError(
                http.post(
                    "/api/check",
                    Multipart.workbook(
                        "notes.xlsx", "Ref,Indicator\n".getBytes(StandardCharsets.UTF_8))),
                415,
                "Not a spreadsheet: expected an Excel workbook"));
    engine.refuseWith =
        new WorkbookRefusedException(Reason.UNSUPPORTED_FORMAT, "not supported: .xlsb");
    Served.with(
        engine,
        (http, app) ->
            assertError(
                http.post("/api/check", Multipart.workbook("a.xlsx", TestWorkbooks.scorecard())),
                415,
                "xlsb"));
  }

  @Test
  void refusedSpreadsheetsGet422() {
    engine.refuseWith = new WorkbookRefusedException(Reason.CORRUPT, "the workbook is damaged");
    Served.with(
        engine,
        (http, app) ->
            assertError(
                http.post("/api/rate", Multipart.workbook("half.xlsx", TestWorkbooks.scorecard())),
                422,
                "damaged"));
    engine.refuseWith =
        new WorkbookRefusedException(
            Reason.ENCRYPTED,
            "the workbook is password-protected: remove the password and try again");
    Served.with(
        engine,
        (http, app) ->
            assertError(
                http.post(
                    "/api/check", Multipart.workbook("locked.xlsx", TestWorkbooks.encrypted())),
                422,
                "password"));
    engine.refuseWith = null;
    engine.answer =
        new Report(
            "notes.xlsx",
            List.of(
                Finding.workbook(
                    Severity.INFO,
                    "no-table",
                    "No indicator table found: no sheet has a header row naming an indicator.")),
            List.of());
    Served.with(
        engine,
        (http, app) -> {
          assertError(
              http.post("/api/check", Multipart.workbook("notes.xlsx", TestWorkbooks.noTable())),
              422,
              "No indicator table");
          assertError(
              http.post("/api/rate", Multipart.workbook("notes.xlsx", TestWorkbooks.noTable())),
              422,
              "No indicator table");
        });
  }

  @Test
  void slowWorkbooksAreStoppedAt422AndTheWorkerComesBack() {
    engine.sleepMillis = 10_000; // interruptible, as the library's read and check loops are
    Served.with(
        Served.config().withWork(1, Duration.ofMillis(300)),
        engine,
        (http, app) -> {
          long start = System.nanoTime();
          assertError(
              http.post("/api/check", Multipart.workbook("slow.xlsx", TestWorkbooks.scorecard())),
              422,
              "too long");
          assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
          assertThat(http.awaitMetric("scorecard_workers_busy", 0, 1_000))
              .as("the worker stops when the answer goes out, not 10 s later")
              .isTrue();
          engine.sleepMillis = 0;
          assertThat(
                  http.post(
                          "/api/check", Multipart.workbook("next.xlsx", TestWorkbooks.scorecard()))
                      .statusCode())
              .as("the one worker is free again")
              .isEqualTo(200);
          assertThat(http.awaitMetric("scorecard_memory_reserved_bytes", 0, 1_000))
              .as("every byte held for the uploads is given back")
              .isTrue();
        });
  }

  @Test
  void aBurstWaitsInTheQueueAndIsServedInOrder() {
    engine.release = new CountDownLatch(1);
    ServerConfig config =
        Served.config().withWork(1, Duration.ofSeconds(30)).withQueue(3, Duration.ofSeconds(20));
    List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
    engine.during = input -> order.add(input.name());
    Served.with(
        config,
        engine,
        (http, app) -> {
          CompletableFuture<HttpResponse<byte[]>> first =
              CompletableFuture.supplyAsync(
                  () ->
                      http.post(
                          "/api/check",
                          Multipart.workbook("first.xlsx", TestWorkbooks.scorecard())));
          assertThat(engine.entered.await(10, TimeUnit.SECONDS)).isTrue();
          List<CompletableFuture<HttpResponse<byte[]>>> queued = new java.util.ArrayList<>();
          for (int i = 1; i <= 3; i++) {
            String name = "queued-" + i + ".xlsx";
            queued.add(
                CompletableFuture.supplyAsync(
                    () ->
                        http.post(
                            "/api/check", Multipart.workbook(name, TestWorkbooks.scorecard()))));
            assertThat(http.awaitMetric("scorecard_queue_length", i, 5_000)).isTrue();
          }
          HttpResponse<byte[]> refused =
              http.post("/api/rate", Multipart.workbook("fifth.xlsx", TestWorkbooks.scorecard()));
          assertError(refused, 503, "busy");
          assertThat(Integer.parseInt(header(refused, "Retry-After"))).isBetween(1, 60);
          assertThat(json(http.get("/health/ready")).path("status").asText()).isEqualTo("busy");
          engine.release.countDown();
          assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
          for (CompletableFuture<HttpResponse<byte[]>> q : queued) {
            assertThat(q.get(10, TimeUnit.SECONDS).statusCode())
                .as("queued, then served")
                .isEqualTo(200);
          }
          assertThat(order)
              .containsExactly("first.xlsx", "queued-1.xlsx", "queued-2.xlsx", "queued-3.xlsx");
          assertThat(http.get("/health/ready").statusCode()).isEqualTo(200);
        });
  }

  @Test
  void anUploadThatWaitsTooLongGets503WithRetryAfter() {
    engine.release = new CountDownLatch(1);
    ServerConfig config =
        Served.config().withWork(1, Duration.ofSeconds(30)).withQueue(5, Duration.ofMillis(400));
    Served.with(
        config,
        engine,
        (http, app) -> {
          CompletableFuture<HttpResponse<byte[]>> first =
              CompletableFuture.supplyAsync(
                  () ->
                      http.post(
                          "/api/check",
                          Multipart.workbook("first.xlsx", TestWorkbooks.scorecard())));
          assertThat(engine.entered.await(10, TimeUnit.SECONDS)).isTrue();
          long start = System.nanoTime();
          HttpResponse<byte[]> second =
              http.post("/api/rate", Multipart.workbook("second.xlsx", TestWorkbooks.scorecard()));
          assertError(second, 503, "busy");
          assertThat(header(second, "Retry-After")).isNotNull();
          assertThat(Duration.ofNanos(System.nanoTime() - start))
              .isBetween(Duration.ofMillis(350), Duration.ofSeconds(5));
          engine.release.countDown();
          assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
          assertThat(
                  http.post(
                          "/api/check", Multipart.workbook("third.xlsx", TestWorkbooks.scorecard()))
                      .statusCode())
              .as("the worker was given back")
              .isEqualTo(200);
        });
  }

  @Test
  void failuresNeverShowAStackTrace() {
    engine.failWith = new IllegalStateException("cell B7 says Jane Doe");
    Served.with(
        engine,
        (http, app) -> {
          HttpResponse<byte[]> r =
              http.post("/api/check", Multipart.workbook("a.xlsx", TestWorkbooks.scorecard()));
          assertError(r, 500, "reference " + header(r, "X-Request-Id"));
          assertThat(text(r)).doesNotContain("Jane", "IllegalState", "uk.scorecard");
          assertError(http.get("/api/nothing-here"), 404);
        });
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
