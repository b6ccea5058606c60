package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.server.Http.header;
import static uk.scorecard.server.Http.json;
import static uk.scorecard.server.Http.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.model.WorkbookRefusedException.Reason;
import uk.scorecard.report.CompareReport;
import uk.scorecard.report.IndicatorResult;
import uk.scorecard.report.Report;
import uk.scorecard.server.Http.Multipart;

/**
 * Last month's workbook against this month's over real HTTP: {@code POST /api/compare}, and the
 * page's second file field, which rates the workbook since last month's and shows the comparison
 * and the exception report.
 */
class CompareTest {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final FakeEngine engine = new FakeEngine();

  /** Both months in the fields /api/compare takes. */
  static Multipart months(byte[] last, byte[] now) {
    return new Multipart()
        .file("last", "june.xlsx", XLSX, last)
        .file("this", "july.xlsx", XLSX, now);
  }

  private static void assertError(HttpResponse<byte[]> r, int status, String words) {
    assertThat(r.statusCode()).as(text(r)).isEqualTo(status);
    assertThat(header(r, "Content-Type")).startsWith("application/json");
    assertThat(json(r).size()).isEqualTo(1);
    assertThat(json(r).path("error").asText()).contains(words).doesNotContain("Exception");
  }

  @Test
  void compareAnswersTheCliJson() throws Exception {
    Served.withLibrary(
        (http, app) -> {
          HttpResponse<byte[]> r =
              http.post(
                  "/api/compare", months(TestWorkbooks.lastMonth(), TestWorkbooks.scorecard()));
          assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
          assertThat(header(r, "Content-Type")).startsWith("application/json");
          // What `scorecard compare --format json june.xlsx july.xlsx` prints, byte for byte.
          StringWriter cli = new StringWriter();
          CompareReport.json(
              new Scorecard()
                  .compare(
                      new Input("june.xlsx", TestWorkbooks.lastMonth()),
                      new Input("july.xlsx", TestWorkbooks.scorecard()),
                      Options.DEFAULT),
              cli);
          assertThat(text(r)).isEqualTo(cli.toString());
          JsonNode c = json(r);
          assertThat(c.path("last").asText()).isEqualTo("june.xlsx");
          assertThat(c.path("this").asText()).isEqualTo("july.xlsx");
          assertThat(c.path("since").asText()).as("last month's latest period").isEqualTo("Jun-19");
          JsonNode restated = first(c.path("changes"), "restated");
          assertThat(restated.path("id").asText()).isEqualTo("CP 2");
          assertThat(restated.path("severity").asText()).isEqualTo("warning");
          assertThat(restated.path("period").asText()).isEqualTo("Jun-19");
          assertThat(restated.path("was").asText()).isEqualTo("90%");
          assertThat(restated.path("now").asText()).isEqualTo("91%");
          assertThat(first(c.path("changes"), "removed").path("id").asText()).isEqualTo("OLD 1");
          assertThat(c.path("summary").get(0).asText())
              .startsWith("Ratings changed since Jun-19: ")
              .contains("CIN 4 (Red to Green)", "W 1 (Green to Amber)");
          assertThat(header(r, "Cache-Control")).isEqualTo("no-store");
        });
  }

  @Test
  void refusalsAreMappedAsForCheck() {
    Served.with(
        engine,
        (http, app) -> {
          byte[] good = TestWorkbooks.scorecard();
          assertError(
              http.post("/api/compare", Multipart.workbook("a.xlsx", good)),
              400,
              "Select this month's workbook");
          assertError(
              http.post("/api/compare", new Multipart().file("this", "b.xlsx", XLSX, good)),
              400,
              "Select last month's workbook");
          assertError(http.post("/api/compare", months(new byte[0], good)), 400, "empty");
          assertError(
              http.post("/api/compare", "application/json", "{}".getBytes(StandardCharsets.UTF_8)),
              400,
              "fields named 'last' and 'this'");
        });
    Served.with(
        Served.config().withLimits(20_000, 2_000),
        engine,
        (http, app) -> {
          byte[] big = java.util.Arrays.copyOf(TestWorkbooks.zipBomb(0), 30_000);
          assertError(
              http.post("/api/compare", months(big, TestWorkbooks.scorecard())),
              413,
              "Last month's workbook must be smaller than");
          assertError(
              http.post("/api/compare", months(TestWorkbooks.scorecard(), big)),
              413,
              "The workbook must be smaller than");
        });
    engine.refuseWith = new WorkbookRefusedException(Reason.NOT_A_SPREADSHEET, "not a spreadsheet");
    Served.with(
        engine,
        (http, app) ->
            assertError(
                http.post(
                    "/api/compare", months(TestWorkbooks.lastMonth(), TestWorkbooks.scorecard())),
                415,
                "Not a spreadsheet"));
    engine.refuseWith = new WorkbookRefusedException(Reason.CORRUPT, "the workbook is damaged");
    Served.with(
        engine,
        (http, app) ->
            assertError(
                http.post(
                    "/api/compare", months(TestWorkbooks.lastMonth(), TestWorkbooks.scorecard())),
                422,
                "damaged"));
  }

  @Test
  void theLibraryNamesWhichWorkbookItRefused() {
    Served.withLibrary(
        (http, app) -> {
          byte[] text = "Ref,Indicator\n".getBytes(StandardCharsets.UTF_8);
          assertError(
              http.post("/api/compare", months(text, TestWorkbooks.scorecard())),
              415,
              "june.xlsx: not a spreadsheet");
          assertError(
              http.post(
                  "/api/compare", months(TestWorkbooks.lastMonth(), TestWorkbooks.encrypted())),
              422,
              "july.xlsx: ");
        });
  }

  @Test
  void aComparisonWaitsInTheSameQueue() {
    engine.release = new CountDownLatch(1);
    ServerConfig config =
        Served.config().withWork(1, Duration.ofSeconds(30)).withQueue(0, Duration.ofSeconds(1));
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
          HttpResponse<byte[]> busy =
              http.post(
                  "/api/compare", months(TestWorkbooks.lastMonth(), TestWorkbooks.scorecard()));
          assertError(busy, 503, "busy");
          assertThat(Integer.parseInt(header(busy, "Retry-After"))).isBetween(1, 60);
          engine.release.countDown();
          assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
          assertThat(
                  http.post(
                          "/api/compare",
                          months(TestWorkbooks.lastMonth(), TestWorkbooks.scorecard()))
                      .statusCode())
              .as("served once the worker is free")
              .isEqualTo(200);
        });
  }

  @Test
  void thePageRatesSinceLastMonthAndShowsTheComparisonAndSentences() throws Exception {
    Report check =
        new Scorecard()
            .check(
                new Input("july.xlsx", TestWorkbooks.scorecard()),
                Options.DEFAULT.since(new Input("june.xlsx", TestWorkbooks.lastMonth())));
    Served.withLibrary(
        (http, app) -> {
          HttpResponse<byte[]> posted =
              http.post(
                  "/rate",
                  Multipart.workbook("july.xlsx", TestWorkbooks.scorecard())
                      .file("last", "june.xlsx", XLSX, TestWorkbooks.lastMonth()));
          HttpResponse<byte[]> r = http.follow(posted);
          assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
          PageTest.assertSafePage(r);
          String html = text(r);
          String since = between(html, "id=\"since-heading\"", "</table>");
          assertThat(since)
              .contains(
                  "Compared with <strong>june.xlsx</strong>: 6 indicators compared",
                  "1 warning (past figures restated or withdrawn)");
          String restated =
              between(
                  since,
                  "<td class=\"govuk-table__cell\" data-label=\"Indicator\">CP 2</td>",
                  "</tr>");
          assertThat(restated)
              .contains(">Warning</strong>", "past figure restated: Jun-19", ">90%<", ">91%<");
          assertThat(between(since, ">OLD 1<", "</tr>")).contains("removed");
          String sentences =
              between(html, "<ul class=\"govuk-list app-sentences\" id=\"sentences\">", "</ul>");
          assertThat(sentences)
              .contains(
                  "Ratings changed since Jun-19: ",
                  "Removed: OLD 1.",
                  "Warning: CP 2 Jun-19 restated from 90% to 91% since the last report.");
          List<String> summaries =
              check.indicators().stream()
                  .map(IndicatorResult::summary)
                  .filter(s -> !s.isEmpty())
                  .toList();
          assertThat(summaries).as("each Red, Amber or changed indicator's sentence").hasSize(4);
          for (String s : summaries) {
            assertThat(sentences).contains(s);
          }
          assertThat(sentences.indexOf("CP 2: moved from Amber to Red"))
              .as("Red first")
              .isLessThan(sentences.indexOf("W 1: moved from Green to Amber"));
          byte[] rated = http.get(header(posted, "Location") + "/download").body();
          assertThat(checksSheet(rated))
              .as("the rated workbook's Checks sheet")
              .anyMatch(s -> s.startsWith("Since last month"))
              .contains("Exception report");
        });
  }

  @Test
  void thePageSaysWhichFieldItRefused() {
    Served.withLibrary(
        (http, app) -> {
          HttpResponse<byte[]> r =
              http.post(
                  "/rate",
                  Multipart.workbook("july.xlsx", TestWorkbooks.scorecard())
                      .file(
                          "last", "june.xlsx", XLSX, "just text".getBytes(StandardCharsets.UTF_8)));
          assertThat(r.statusCode()).isEqualTo(415);
          PageTest.assertSafePage(r);
          assertThat(text(r))
              .contains(
                  "<a href=\"#last\">june.xlsx: not a spreadsheet",
                  "id=\"last-error\"",
                  "aria-describedby=\"last-hint last-error\"");
          assertThat(text(http.get("/")))
              .contains(
                  "<label class=\"govuk-label\" for=\"last\">"
                      + "Last month’s workbook (optional)</label>",
                  "name=\"last\" type=\"file\"");
        });
  }

  private static JsonNode first(JsonNode changes, String kind) {
    for (JsonNode c : changes) {
      if (c.path("kind").asText().equals(kind)) {
        return c;
      }
    }
    throw new AssertionError("no change of kind " + kind + " in " + changes);
  }

  private static String between(String html, String start, String end) {
    int s = html.indexOf(start);
    assertThat(s).as("missing " + start).isNotNegative();
    return html.substring(s, html.indexOf(end, s));
  }

  /** Every text cell of the Checks sheet. */
  private static List<String> checksSheet(byte[] xlsx) throws Exception {
    List<String> out = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Row row : wb.getSheet("Checks")) {
        for (Cell c : row) {
          if (c.getCellType() == CellType.STRING) {
            out.add(c.getStringCellValue());
          }
        }
      }
    }
    return out;
  }
}
