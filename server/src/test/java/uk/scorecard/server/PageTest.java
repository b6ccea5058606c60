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
  void formPostRendersTheResultsPage() {
    Served.with(
        engine,
        (http, app) -> {
          byte[] in = TestWorkbooks.scorecard();
          HttpResponse<byte[]> r = http.post("/rate", Multipart.workbook("board <july>.xlsx", in));
          assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
          assertSafePage(r);
          String html = text(r);
          assertThat(html).contains("Your scorecard results", "board &lt;july&gt;.xlsx");
          assertThat(html).contains("We checked 4 indicators and found 1 error and 1 warning.");
          assertThat(row(html, "red")).contains(">Red</strong>", "1 indicator");
          assertThat(row(html, "amber")).contains(">Amber</strong>", "1 indicator");
          assertThat(row(html, "green")).contains(">Green</strong>", "1 indicator");
          assertThat(row(html, "grey")).contains(">Grey</strong>", "1 indicator");
          assertThat(row(html, "errors")).contains("1 error");
          assertThat(row(html, "warnings")).contains("1 warning");
          String exceptions =
              between(html, "<table class=\"govuk-table\" id=\"exceptions\">", "</table>");
          assertThat(exceptions.indexOf("CP 2"))
              .as("Red first")
              .isLessThan(exceptions.indexOf("W 1"));
          assertThat(exceptions).doesNotContain("CIN 4", "LAC 1").contains("arrears", "60%", "95%");
          String findings =
              between(html, "<table class=\"govuk-table\" id=\"findings\">", "</table>");
          assertThat(findings)
              .contains("‘Scorecard’ sheet, cell F6", "The whole workbook", ">Error</strong>")
              // jte escapes &, < and > in text; a quote needs no escape there.
              .contains("&lt;b&gt;not&lt;/b&gt;", "\"up 12%\"")
              .doesNotContain("<b>");
          assertThat(html).contains("board &lt;july&gt;-rated.xlsx");

          // The rated workbook is in the page itself: nothing is held on the server for a download.
          // (In a quoted attribute jte escapes &, <, " and ' but leaves > as it is.)
          String data =
              match(
                  html,
                  "<a href=\"data:application/vnd\\.openxmlformats-officedocument"
                      + "\\.spreadsheetml\\.sheet;base64,([A-Za-z0-9+/=]+)\" download=\"board &lt;july>"
                      + "-rated\\.xlsx\" id=\"download\"");
          assertThat(java.util.Base64.getDecoder().decode(data)).isEqualTo(FakeEngine.rated(in));
          assertThat(html).doesNotContain("/download/", "/results/");
        });
  }

  @Test
  void theOldResultAndDownloadAddressesAreGone() {
    Served.with(
        engine,
        (http, app) -> {
          for (String path :
              new String[] {
                "/download/" + "A".repeat(43), "/results/" + "A".repeat(43), "/no/such/page"
              }) {
            HttpResponse<byte[]> r = http.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertSafePage(r);
          }
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
