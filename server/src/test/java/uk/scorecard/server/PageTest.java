package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.server.Http.header;
import static uk.scorecard.server.Http.text;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.model.WorkbookRefusedException.Reason;
import uk.scorecard.server.Http.Multipart;

/** The upload page, the results page, downloads and assets over real HTTP, with a fake engine. */
class PageTest {

  private final FakeEngine engine = new FakeEngine();

  /** What every page must be: ours, self-contained, with no inline script or style. */
  static void assertSafePage(HttpResponse<byte[]> r) {
    String html = text(r);
    assertThat(header(r, "Content-Type")).startsWith("text/html");
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\"");
    assertThat(html).as("no inline script").doesNotContainPattern("<script(?![^>]*\\bsrc=)");
    assertThat(html)
        .as("no inline style or handlers")
        .doesNotContainPattern("\\s(style|on[a-z]+)=");
    assertThat(html)
        .as("nothing from another host")
        .doesNotContainPattern("(src|href|action)=\"(https?:)?//");
    assertThat(html)
        .as("not GOV.UK's header")
        .doesNotContain("govuk-header__logo", "GOV.UK</", "crown");
    assertThat(header(r, "Content-Security-Policy")).isEqualTo(App.CSP);
    assertThat(App.CSP).doesNotContain("unsafe-inline", "unsafe-eval");
    assertThat(header(r, "X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(header(r, "X-Frame-Options")).isEqualTo("DENY");
    assertThat(header(r, "Referrer-Policy")).isEqualTo("no-referrer");
  }

  @Test
  void uploadPageIsAPlainFormThatWorksWithoutJavaScript() {
    Served.with(
        engine,
        (http, app) -> {
          HttpResponse<byte[]> r = http.get("/");
          assertThat(r.statusCode()).isEqualTo(200);
          assertSafePage(r);
          String html = text(r);
          assertThat(html)
              .contains(
                  "<form id=\"upload-form\" method=\"post\" action=\"/rate\" "
                      + "enctype=\"multipart/form-data\"");
          assertThat(html)
              .contains("<label class=\"govuk-label govuk-label--m\" for=\"workbook\">");
          assertThat(html)
              .contains("name=\"workbook\" type=\"file\"", "name=\"rules\" type=\"file\"");
          assertThat(html).contains("smaller than 20 MB", "<h1 class=\"govuk-heading-l\">");
          assertThat(html).contains("<script type=\"module\" src=\"/assets/app.js\"></script>");
          assertThat(html).contains("class=\"govuk-skip-link\"", "id=\"main-content\"");
        });
  }

  @Test
  void formPostRedirectsToTheResultsWhichListEveryIndicatorAndFinding() {
    Served.with(
        engine,
        (http, app) -> {
          byte[] in = TestWorkbooks.scorecard();
          HttpResponse<byte[]> posted =
              http.post("/rate", Multipart.workbook("board <july>.xlsx", in));
          assertThat(posted.statusCode()).as(text(posted)).isEqualTo(303);
          String at = header(posted, "Location");
          assertThat(at).as("an unguessable id: 256 random bits").matches("/results/[\\w-]{43}");
          HttpResponse<byte[]> r = http.get(at);
          assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
          assertSafePage(r);
          String html = text(r);
          assertThat(html).contains("Your scorecard results", "board &lt;july&gt;.xlsx");
          assertThat(html).contains("We checked 4 indicators and found 1 error and 1 warning.");
          assertThat(row(html, "red")).contains(">Red</strong>", "1 indicator");
          assertThat(row(html, "grey")).contains(">Grey</strong>", "1 indicator");
          assertThat(row(html, "errors")).contains("1 error");
          String table =
              between(html, "<table class=\"govuk-table\" id=\"indicators\">", "</table>");
          assertThat(table)
              .as("every indicator, not only Red and Amber")
              .contains("CIN 4", "LAC 1");
          assertThat(table.indexOf("CP 2"))
              .as("Red first")
              .isLessThan(table.indexOf("W 1"))
              .isLessThan(table.indexOf("CIN 4"));
          assertThat(table.indexOf("CIN 4")).isLessThan(table.indexOf("LAC 1"));
          assertThat(table).contains("arrears", "60%", "95%", "data-label=\"Why\"");
          String findings =
              between(html, "<table class=\"govuk-table\" id=\"findings\">", "</table>");
          assertThat(findings)
              .as("a finding on an indicator's row names it as well as the cell")
              .contains("CP 2, cell I3 (‘Scorecard’ sheet)")
              .contains("‘Scorecard’ sheet, cell F6", "The whole workbook", ">Error</strong>")
              // jte escapes &, < and > in text; a quote needs no escape there.
              .contains("&lt;b&gt;not&lt;/b&gt;", "\"up 12%\"")
              .doesNotContain("<b>");
          assertThat(html).contains("board &lt;july&gt;-rated.xlsx", "for 10 minutes");
          assertThat(html).doesNotContain("data:application");

          // The rated copy downloads once, then it is gone; the results stay readable.
          assertThat(html).contains("<a href=\"" + at + "/download\" id=\"download\"");
          HttpResponse<byte[]> d = http.get(at + "/download");
          assertThat(d.statusCode()).isEqualTo(200);
          assertThat(d.body()).isEqualTo(FakeEngine.rated(in));
          assertThat(header(d, "Content-Disposition"))
              .contains("filename*=UTF-8''board%20%3Cjuly%3E-rated.xlsx");
          assertThat(header(d, "Cache-Control")).isEqualTo("no-store");
          HttpResponse<byte[]> again = http.get(at + "/download");
          assertThat(again.statusCode()).isEqualTo(410);
          assertSafePage(again);
          assertThat(text(again)).contains("The rated copy has gone");
          String after = text(http.get(at));
          assertThat(after).contains("id=\"downloaded\"").doesNotContain("id=\"download\"");
        });
  }

  @Test
  void theFilterByRatingIsPlainLinks() {
    Served.with(
        engine,
        (http, app) -> {
          String at =
              header(
                  http.post("/rate", Multipart.workbook("a.xlsx", TestWorkbooks.scorecard())),
                  "Location");
          String all = text(http.get(at));
          assertThat(all)
              .contains(
                  "<a class=\"govuk-link app-filter__link\" href=\""
                      + at
                      + "#indicators\" data-filter=\"all\" aria-current=\"true\">",
                  "href=\"" + at + "?rating=exceptions#indicators\"",
                  "href=\"" + at + "?rating=grey#indicators\"",
                  "All 4 indicators, Red first.");
          String grey = text(http.get(at + "?rating=grey"));
          String table = between(grey, "id=\"indicators\">", "</table>");
          assertThat(table).contains("LAC 1").doesNotContain("CIN 4", "CP 2", "W 1");
          assertThat(grey).contains("1 Grey indicator of 4, Red first.");
          assertThat(grey).contains("data-filter=\"grey\" aria-current=\"true\"");
          String exceptions =
              between(text(http.get(at + "?rating=exceptions")), "id=\"indicators\">", "</table>");
          assertThat(exceptions).contains("CP 2", "W 1").doesNotContain("CIN 4", "LAC 1");
          String unknown = text(http.get(at + "?rating=%3Cscript%3E"));
          assertThat(unknown).contains("All 4 indicators").doesNotContain("<script>");
        });
  }

  @Test
  void theRetentionWordingIsTheSameEverywhereAndInTheReadme() throws Exception {
    String readme =
        java.nio.file.Files.readString(
                java.nio.file.Path.of(System.getProperty("user.dir")).resolveSibling("README.md"))
            .replaceAll("\\s+", " ");
    Served.with(
        engine,
        (http, app) -> {
          String at =
              header(
                  http.post("/rate", Multipart.workbook("a.xlsx", TestWorkbooks.scorecard())),
                  "Location");
          java.util.Set<String> said = new java.util.TreeSet<>();
          for (String path : new String[] {"/", "/guidance", at, "/no/such/page"}) {
            Matcher m =
                Pattern.compile("class=\"govuk-body(?:-s)? app-retention\">([^<]+)</p>")
                    .matcher(text(http.get(path)));
            int n = 0;
            while (m.find()) {
              said.add(m.group(1).replaceAll("\\s+", " ").strip());
              n++;
            }
            assertThat(n).as(path).isPositive();
          }
          assertThat(said).singleElement().asString().contains("for 10 minutes", "never save it");
          assertThat(readme).as("the README says the same").contains(said.iterator().next());
        });
  }

  @Test
  void unknownAndExpiredResultsAreAPageSayingSo() {
    Served.with(
        engine,
        (http, app) -> {
          for (String path :
              new String[] {
                "/results/" + "A".repeat(43),
                "/results/" + "A".repeat(43) + "/download",
                "/results/" + "A".repeat(43) + "/findings.csv"
              }) {
            HttpResponse<byte[]> r = http.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertSafePage(r);
            assertThat(text(r)).contains("These results have gone", "for 10 minutes only");
          }
          HttpResponse<byte[]> r = http.get("/download/" + "A".repeat(43));
          assertThat(r.statusCode()).isEqualTo(404);
          assertSafePage(r);
        });
  }

  @Test
  void refusedUploadsShowTheUploadPageWithAnErrorSummary() {
    Served.with(
        engine,
        (http, app) -> {
          HttpResponse<byte[]> none =
              http.post(
                  "/rate",
                  new Multipart().file("workbook", "", "application/octet-stream", new byte[0]));
          assertThat(none.statusCode()).isEqualTo(400);
          assertSafePage(none);
          assertThat(text(none))
              .contains(
                  "<title>Error: ",
                  "govuk-error-summary",
                  "There is a problem",
                  "<a href=\"#workbook\">Select a workbook to check.</a>",
                  "govuk-form-group--error",
                  "id=\"workbook-error\"",
                  "aria-describedby=\"workbook-hint workbook-error\"");
          HttpResponse<byte[]> rules =
              http.post(
                  "/rate",
                  Multipart.workbook("a.xlsx", TestWorkbooks.scorecard())
                      .file(
                          "rules",
                          "r.yaml",
                          "text/plain",
                          "bogus_key: 1".getBytes(StandardCharsets.UTF_8)));
          assertThat(rules.statusCode()).isEqualTo(400);
          assertThat(text(rules))
              .contains(
                  "<a href=\"#rules\">", "bogus_key", "<details class=\"govuk-details\" open>");
        });
    engine.refuseWith =
        new WorkbookRefusedException(
            Reason.NOT_A_SPREADSHEET,
            "not a spreadsheet: expected an Excel workbook (.xlsx, .xlsm or .xls)");
    Served.with(
        engine,
        (http, app) -> {
          HttpResponse<byte[]> text =
              http.post(
                  "/rate",
                  Multipart.workbook("a.xlsx", "just text".getBytes(StandardCharsets.UTF_8)));
          assertThat(text.statusCode()).isEqualTo(415);
          assertThat(text(text)).contains("Not a spreadsheet: expected an Excel workbook");
        });
  }

  @Test
  void assetsAreOursAndGovukBrandingIsStripped() {
    Served.with(
        engine,
        (http, app) -> {
          HttpResponse<byte[]> css = http.get("/assets/govuk-frontend.css");
          assertThat(css.statusCode()).isEqualTo(200);
          assertThat(header(css, "Content-Type")).startsWith("text/css");
          assertThat(text(css))
              .contains(".govuk-file-upload", ".govuk-tag--red", "arial,sans-serif")
              .doesNotContain("GDS Transport", "@font-face", "govuk-crest", "/assets/fonts/")
              .doesNotContainPattern("url\\((?!data:)");
          HttpResponse<byte[]> js = http.get("/assets/govuk-frontend.min.js");
          assertThat(header(js, "Content-Type")).startsWith("text/javascript");
          assertThat(text(js)).contains("initAll");
          assertThat(text(http.get("/assets/app.js"))).contains("from './govuk-frontend.min.js'");
          assertThat(http.get("/assets/app.css").statusCode()).isEqualTo(200);
          assertThat(header(http.get("/assets/favicon.svg"), "Content-Type"))
              .isEqualTo("image/svg+xml");
          assertThat(http.get("/assets/../openapi.json").statusCode()).isNotEqualTo(200);
          assertThat(http.get("/assets/nothing.js").statusCode()).isEqualTo(404);
        });
  }

  private static String row(String html, String key) {
    return between(html, "data-count=\"" + key + "\">", "</div>");
  }

  private static String between(String html, String start, String end) {
    int s = html.indexOf(start);
    assertThat(s).as("missing " + start).isNotNegative();
    return html.substring(s, html.indexOf(end, s));
  }

  private static String match(String html, String regex) {
    Matcher m = Pattern.compile(regex).matcher(html);
    assertThat(m.find()).as(regex).isTrue();
    return m.group(1);
  }
}
