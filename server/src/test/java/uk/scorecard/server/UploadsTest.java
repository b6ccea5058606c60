package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.server.Http.header;
import static uk.scorecard.server.Http.text;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Severity;
import uk.scorecard.report.Report;
import uk.scorecard.server.Http.Multipart;

/**
 * Several workbooks in one upload with one summary, the findings as CSV, and the help a workbook
 * with no table gets: the guidance page and the templates, served by us.
 */
class UploadsTest {

  private static final String XLSX = "application/octet-stream";

  @Test
  void severalWorkbooksGetOneSummaryAndEachItsOwnResults() {
    Served.withLibrary(
        (http, app) -> {
          Multipart form =
              Multipart.workbook("july.xlsx", TestWorkbooks.scorecard())
                  .file("workbook", "notes.xlsx", XLSX, TestWorkbooks.noTable())
                  .file("workbook", "june.xlsx", XLSX, TestWorkbooks.lastMonth());
          HttpResponse<byte[]> posted = http.post("/rate", form);
          String at = header(posted, "Location");
          HttpResponse<byte[]> r = http.follow(posted);
          assertThat(r.statusCode()).isEqualTo(200);
          PageTest.assertSafePage(r);
          String html = text(r);
          assertThat(html).contains("We rated 2 of 3 workbooks and found ");
          String table = html.substring(html.indexOf("id=\"workbooks\""));
          assertThat(table.indexOf("july.xlsx")).isLessThan(table.indexOf("notes.xlsx"));
          assertThat(table)
              .contains("href=\"" + at + "/workbook/1\">july.xlsx</a>")
              .contains("href=\"" + at + "/workbook/3\">june.xlsx</a>")
              .contains("No indicator table found")
              .doesNotContain("href=\"" + at + "/workbook/2\"");
          String july = text(http.get(at + "/workbook/1"));
          assertThat(july)
              .contains("<span class=\"govuk-caption-l\">july.xlsx</span>")
              .contains("href=\"" + at + "\">All workbooks of this upload</a>")
              .contains(
                  "href=\"" + at + "/workbook/1/download\"", "href=\"" + at + "/findings.csv\"");
          HttpResponse<byte[]> rated = http.get(at + "/workbook/3/download");
          assertThat(header(rated, "Content-Disposition")).contains("june-rated.xlsx");
          assertThat(LibraryTest.ragColumn(rated.body())).isNotEmpty();
          assertThat(http.get(at + "/workbook/2").statusCode()).isEqualTo(404);
          assertThat(http.get(at + "/workbook/1/download").statusCode()).isEqualTo(200);
          assertThat(http.get(at + "/workbook/1/download").statusCode()).isEqualTo(410);

          String csv = text(http.get(at + "/findings.csv"));
          assertThat(csv).startsWith("\uFEFF\"Workbook\",\"Indicator\",\"Sheet\",\"Cell\"");
          assertThat(csv.lines().filter(l -> l.startsWith("\"notes.xlsx\",")))
              .singleElement()
              .asString()
              .contains("No indicator table found");
          assertThat(csv)
              .contains(
                  "\"july.xlsx\",\""
                      + "CIN 7 Re-referrals within 12 months"
                      + "\",\"Scorecard\",\""
                      + TestWorkbooks.IMPOSSIBLE_CELL
                      + "\",\"Error\"");
        });
  }

  @Test
  void lastMonthsWorkbookGoesWithOneWorkbookOnly() {
    Served.withLibrary(
        (http, app) -> {
          HttpResponse<byte[]> r =
              http.post(
                  "/rate",
                  Multipart.workbook("a.xlsx", TestWorkbooks.scorecard())
                      .file("workbook", "b.xlsx", XLSX, TestWorkbooks.scorecard())
                      .file("last", "june.xlsx", XLSX, TestWorkbooks.lastMonth()));
          assertThat(r.statusCode()).isEqualTo(400);
          assertThat(text(r)).contains("<a href=\"#last\">Last month's workbook goes with one");
        });
  }

  @Test
  void csvCellsCannotStartAFormula() {
    FakeEngine engine = new FakeEngine();
    engine.answer =
        new Report(
            "a.xlsx",
            List.of(
                new Finding("S", "A1", Severity.ERROR, "x", "=HYPERLINK(\"http://x\",\"y\")"),
                new Finding("S", "A2", Severity.WARNING, "x", "+1"),
                new Finding("S", "A3", Severity.WARNING, "x", "-2"),
                new Finding("S", "A4", Severity.WARNING, "x", "@SUM(A1)"),
                new Finding("S", "A5", Severity.INFO, "x", "plain, with \"quotes\"")),
            FakeEngine.report("a.xlsx").indicators());
    Served.with(
        engine,
        (http, app) -> {
          String at =
              header(http.post("/rate", Multipart.workbook("=a.xlsx", new byte[] {1})), "Location");
          HttpResponse<byte[]> r = http.get(at + "/findings.csv");
          assertThat(header(r, "Content-Type")).startsWith("text/csv");
          assertThat(header(r, "Content-Disposition")).contains("scorecard-findings.csv");
          String csv = new String(r.body(), StandardCharsets.UTF_8);
          assertThat(csv)
              .contains("\"'=a.xlsx\"")
              .contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
              .contains("\"'+1\"", "\"'-2\"", "\"'@SUM(A1)\"", "\"plain, with \"\"quotes\"\"\"");
          assertThat(csv.lines()).hasSize(6);
          assertThat(csv).doesNotContain(",\"=", ",\"+", ",\"-", ",\"@");
        });
  }

  @Test
  void aWorkbookWithNoTableGetsTheNearestThingAndLinksToTheTemplatesAndGuidance() {
    Served.withLibrary(
        (http, app) -> {
          HttpResponse<byte[]> r =
              http.post("/rate", Multipart.workbook("notes.xlsx", TestWorkbooks.noTable()));
          assertThat(r.statusCode()).isEqualTo(422);
          PageTest.assertSafePage(r);
          String html = text(r);
          assertThat(html)
              .contains("No indicator table found", "id=\"layout-help\"")
              .contains("href=\"/guidance\"", "href=\"/files/scorecard-template.xlsx\"")
              .contains("href=\"/files/sample-scorecard.xlsx\"");
          HttpResponse<byte[]> web =
              http.post(
                  "/rate",
                  Multipart.workbook(
                      "export.xls",
                      "<html><table><tr><td>1</td></tr></table></html>"
                          .getBytes(StandardCharsets.UTF_8)));
          assertThat(web.statusCode()).isEqualTo(415);
          assertThat(text(web))
              .contains(
                  "web page saved with a spreadsheet name: open it in Excel and save it as .xlsx")
              .contains("id=\"layout-help\"");
          assertThat(text(http.get("/"))).doesNotContain("id=\"layout-help\"");
        });
  }

  @Test
  void theNearestThingToATableIsNamedInTheLibrarysWords() throws Exception {
    byte[] nearly;
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
            new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      org.apache.poi.ss.usermodel.Sheet s = wb.createSheet("Adoption LAs");
      String[] heads = {"Jan-25", "Feb-25", "Mar-25"}; // over B to D, nothing over the names
      org.apache.poi.ss.usermodel.Row head = s.createRow(6);
      for (int c = 0; c < heads.length; c++) {
        head.createCell(c + 1).setCellValue(heads[c]);
      }
      org.apache.poi.ss.usermodel.Row row = s.createRow(7);
      row.createCell(0).setCellValue("Adoptions");
      for (int c = 1; c < 4; c++) {
        row.createCell(c).setCellValue(c);
      }
      wb.write(out);
      nearly = out.toByteArray();
    }
    Served.withLibrary(
        (http, app) -> {
          HttpResponse<byte[]> r = http.post("/rate", Multipart.workbook("adoption.xlsx", nearly));
          assertThat(r.statusCode()).isEqualTo(422);
          assertThat(text(r))
              .contains(
                  "Nearest: sheet 'Adoption LAs' row 7 has period headings (Jan-25,"
                      + " Feb-25, Mar-25) but no Ref or Indicator heading")
              .contains("id=\"layout-help\"");
        });
  }

  @Test
  void aStaleFigureShowsItsCaveatAndAGreyItsReason() throws Exception {
    byte[] stale;
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
            new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(TestWorkbooks.scorecard()));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      org.apache.poi.ss.usermodel.Row w1 = wb.getSheet("Scorecard").getRow(3);
      assertThat(w1.getCell(0).getStringCellValue()).isEqualTo("W 1");
      w1.removeCell(w1.getCell(5)); // no Jul-19 figure yet
      wb.write(out);
      stale = out.toByteArray();
    }
    Served.withLibrary(
        (http, app) -> {
          String html = text(http.postAndFollow("/rate", Multipart.workbook("stale.xlsx", stale)));
          String table = html.substring(html.indexOf("id=\"indicators\""));
          String w1 =
              table.substring(
                  table.indexOf(">W 1 "), table.indexOf("</tr>", table.indexOf(">W 1 ")));
          assertThat(w1).contains("Jul-19 not yet available; rated on Jun-19");
          int at = table.indexOf(">LAC 1 ");
          String lac1 = table.substring(table.lastIndexOf("<tr", at), table.indexOf("</tr>", at));
          assertThat(lac1)
              .contains("data-rating=\"grey\"", ">Grey</strong>")
              .contains("Not rated: its polarity is Not rated");
        });
  }

  @Test
  void theGuidancePageAndTheTemplatesAreOurs() throws Exception {
    Served.with(
        new FakeEngine(),
        (http, app) -> {
          HttpResponse<byte[]> g = http.get("/guidance");
          assertThat(g.statusCode()).isEqualTo(200);
          PageTest.assertSafePage(g);
          assertThat(text(g))
              .contains("How to lay out a scorecard workbook", "Ref</strong> or <strong>Indicator")
              .contains("save it as .xlsx", "id=\"feedback\"", "for 10 minutes");
          assertThat(text(http.get("/")))
              .contains("href=\"/files/scorecard-template-quarterly.xlsx\"", "href=\"/guidance\"");
          Path root =
              Path.of(System.getProperty("user.dir")).getParent().resolve("workbook-templates");
          for (String[] f :
              new String[][] {
                {"scorecard-template.xlsx", "scorecard-template.xlsx"},
                {"scorecard-template-quarterly.xlsx", "scorecard-template-quarterly.xlsx"},
                {"sample-scorecard.xlsx", "samples/sample-scorecard.xlsx"}
              }) {
            HttpResponse<byte[]> r = http.get("/files/" + f[0]);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(header(r, "Content-Disposition")).contains(f[0]);
            assertThat(r.body()).as(f[0]).isEqualTo(Files.readAllBytes(root.resolve(f[1])));
          }
          assertThat(http.get("/files/..%2Fpom.xml").statusCode()).isEqualTo(404);
          assertThat(http.get("/files/README.md").statusCode()).isEqualTo(404);
        });
  }
}
