package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scorecard.server.Http.Multipart;

/**
 * {@code POST /api/rate?format=edits} over the real library: the edit list carries exactly the RAG
 * words the rated workbook ({@code format=xlsx}) has, with their colours, and the answer has the
 * results page's summary and the findings with where they are.
 */
class EditsApiTest {

  @Test
  void theEditListHasTheRatedWorkbooksRatingsAndTheResultsPagesSummary() {
    Served.withLibrary(
        (http, app) -> {
          byte[] workbook = TestWorkbooks.scorecard();
          HttpResponse<byte[]> r =
              http.post("/api/rate?format=edits", Multipart.workbook("a.xlsx", workbook));
          assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(200);
          assertThat(Http.header(r, "Content-Type")).startsWith("application/json");
          JsonNode body = Http.json(r);
          List<String> ratings = new ArrayList<>();
          for (JsonNode e : body.path("edits")) {
            assertThat(e.path("sheet").asText()).isNotEmpty();
            assertThat(e.path("cell").asText()).matches("[A-Z]{1,3}[0-9]+");
            if (e.has("rating")) {
              ratings.add(e.path("value").asText());
              assertThat(e.path("fill").asText()).matches("#[0-9A-F]{6}");
              assertThat(e.path("fontColour").asText()).matches("#[0-9A-F]{6}");
            }
            assertThat(e.has("formula")).as("no formula is ever written").isFalse();
          }
          byte[] rated = http.post("/api/rate", Multipart.workbook("a.xlsx", workbook)).body();
          List<String> column = LibraryTest.ragColumn(rated);
          assertThat(ratings).isNotEmpty().isEqualTo(column);
          assertThat(body.path("summary").path("headline").asText()).startsWith("We checked ");
          assertThat(body.path("summary").path("ratings").get(0).path("label").asText())
              .isEqualTo("Red");
          JsonNode first = body.path("findings").get(0);
          assertThat(first.path("severity").asText()).isEqualTo("error");
          assertThat(first.path("where").asText()).contains("cell " + first.path("cell").asText());
          assertThat(body.path("sentences")).isNotEmpty();
        });
  }

  @Test
  void anUnknownFormatIsARequestError() {
    Served.withLibrary(
        (http, app) -> {
          HttpResponse<byte[]> r =
              http.post(
                  "/api/rate?format=pdf", Multipart.workbook("a.xlsx", TestWorkbooks.scorecard()));
          assertThat(r.statusCode()).isEqualTo(400);
          assertThat(Http.json(r).path("error").asText())
              .isEqualTo("format must be xlsx (the default) or edits.");
        });
  }
}
