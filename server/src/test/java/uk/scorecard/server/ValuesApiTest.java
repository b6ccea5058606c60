package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.scorecard.Scorecard;
import uk.scorecard.server.Http.Multipart;

/**
 * {@code POST /api/rate?format=edits} with the used ranges as JSON (the add-in's fallback) over
 * real HTTP: the same edit list and findings as for the file itself; a body that is not the used
 * ranges is 400 in one line; a body over the upload limit is 413.
 */
class ValuesApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theUsedRangesGetTheSameEditListAsTheFile() {
    Served.withLibrary(
        (http, app) -> {
          byte[] workbook = TestWorkbooks.scorecard();
          HttpResponse<byte[]> file =
              http.post("/api/rate?format=edits", Multipart.workbook("workbook.xlsx", workbook));
          HttpResponse<byte[]> values =
              post(app.port(), JSON.writeValueAsString(UsedRanges.of(workbook)));
          assertThat(values.statusCode()).as(Http.text(values)).isEqualTo(200);
          assertThat(Http.header(values, "Content-Type")).startsWith("application/json");
          JsonNode want = Http.json(file);
          JsonNode got = Http.json(values);
          assertThat(want.path("edits")).isNotEmpty();
          assertThat(got.path("edits")).isEqualTo(want.path("edits"));
          assertThat(got.path("findings")).isEqualTo(want.path("findings"));
          assertThat(got.path("summary")).isEqualTo(want.path("summary"));
        });
  }

  @Test
  void liveAsksForTheSameLiveEditsAsTheFormsLiveField() {
    Served.withLibrary(
        (http, app) -> {
          byte[] workbook = TestWorkbooks.scorecard();
          HttpResponse<byte[]> file =
              http.post(
                  "/api/rate?format=edits",
                  Multipart.workbook("workbook.xlsx", workbook).field("live", "on"));
          ObjectNode body = UsedRanges.of(workbook);
          body.put("live", true);
          HttpResponse<byte[]> values = post(app.port(), JSON.writeValueAsString(body));
          assertThat(values.statusCode()).as(Http.text(values)).isEqualTo(200);
          JsonNode want = Http.json(file).path("edits");
          assertThat(want.toString()).as("live edits carry formulas").contains("\"formula\"");
          assertThat(Http.json(values).path("edits")).isEqualTo(want);
        });
  }

  @Test
  void aBodyThatIsNotTheUsedRangesIsARequestErrorInOneLine() {
    Served.withLibrary(
        (http, app) -> {
          for (String body :
              new String[] {
                "{not json",
                "{\"sheets\": []}",
                "{\"sheets\": [{\"name\": \"S\", \"address\": \"nowhere\", \"values\": [[1]]}]}",
                "{\"sheets\": [{\"name\": \"S\", \"address\": \"A1\", \"values\": [[{\"a\": 1}]]}]}",
                "[1, 2, 3]",
                "{\"sheets\": [null]}",
                "{\"sheets\": [{\"name\": \"S\", \"address\": \"A1\", \"values\": [null, [1]]}]}",
                "{\"sheets\": [{\"name\": null, \"address\": \"A1\", \"values\": [[1]]}]}",
                "{\"sheets\": [{\"name\": \"S\", \"values\": [[1]]}]}"
              }) {
            HttpResponse<byte[]> r = post(app.port(), body);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            String error = Http.json(r).path("error").asText();
            assertThat(error)
                .as(body)
                .isNotBlank()
                .doesNotContain("\n")
                .doesNotContain("Exception");
          }
          HttpResponse<byte[]> noTable =
              post(
                  app.port(),
                  "{\"sheets\": [{\"name\": \"S\", \"address\": \"A1:B1\", \"values\": [[1, \"x\"]]}]}");
          assertThat(noTable.statusCode()).isEqualTo(422);
        });
  }

  @Test
  void aBodyOverTheUploadLimitIsTooLarge() {
    ServerConfig small = Served.config().withLimits(64 * 1024, 1024);
    Served.with(
        small,
        Engine.of(new Scorecard()),
        (http, app) -> {
          ObjectNode body = UsedRanges.of(TestWorkbooks.scorecard());
          StringBuilder padding = new StringBuilder();
          while (padding.length() < 100 * 1024) {
            padding.append("padding ");
          }
          body.put("name", padding.toString());
          HttpResponse<byte[]> r = post(app.port(), JSON.writeValueAsString(body));
          assertThat(r.statusCode()).isEqualTo(413);
          assertThat(Http.json(r).path("error").asText())
              .isEqualTo("The workbook's values must be smaller than 64 KB.");
        });
  }

  @Test
  void moreCellsThanTheMemoryBudgetHoldsAreTooLarge() {
    ServerConfig small = Served.config().withMemory(16 * ServerConfig.MB);
    Served.with(
        small,
        Engine.of(new Scorecard()),
        (http, app) -> {
          StringBuilder rows = new StringBuilder();
          for (int r = 0; r < 1000; r++) {
            rows.append(r == 0 ? "" : ",").append("[").append("1,".repeat(9)).append("1]");
          }
          String body =
              "{\"sheets\": [{\"name\": \"S\", \"address\": \"A1\", \"values\": [" + rows + "]}]}";
          HttpResponse<byte[]> r = post(app.port(), body);
          assertThat(r.statusCode()).isEqualTo(413);
          assertThat(Http.json(r).path("error").asText())
              .startsWith("The workbook has too many cells to check from their values here");
        });
  }

  private static HttpResponse<byte[]> post(int port, String body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/rate?format=edits"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}
