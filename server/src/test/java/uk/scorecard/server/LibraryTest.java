package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.server.Http.header;
import static uk.scorecard.server.Http.json;
import static uk.scorecard.server.Http.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.scorecard.server.Http.Multipart;

/**
 * The service over the real library, end to end: what an officer's workbook gets. These depend on
 * the library's pipeline (reader, rater, checker, writer) doing its job.
 */
class LibraryTest {

  @Test
  void checkFindsTheRedIndicatorAndTheImpossiblePercentage() {
    Served.withLibrary(
        (http, app) -> {
          HttpResponse<byte[]> r =
              http.post("/api/check", Multipart.workbook("board.xlsx", TestWorkbooks.scorecard()));
          assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
          JsonNode file = json(r).path("files").path(0);
          assertThat(file.path("path").asText()).isEqualTo("board.xlsx");
          List<String> ratings = new ArrayList<>();
          file.path("indicators")
              .forEach(i -> ratings.add(i.path("id").asText() + "=" + i.path("rating").asText()));
          assertThat(ratings)
              .contains("CIN 4=green", TestWorkbooks.RED_ID + "=red", "W 1=amber", "LAC 1=grey");
          List<String> errors = new ArrayList<>();
          file.path("findings")
              .forEach(
                  f -> {
                    if (f.path("severity").asText().equals("error")) {
                      errors.add(f.path("sheet").asText() + "!" + f.path("cell").asText());
                    }
                  });
          assertThat(errors).contains("Scorecard!" + TestWorkbooks.IMPOSSIBLE_CELL);
        });
  }

  @Test
  void rateWritesTheRatingsIntoTheWorkbook() {
    Served.withLibrary(
        (http, app) -> {
          HttpResponse<byte[]> r =
              http.post("/api/rate", Multipart.workbook("board.xlsx", TestWorkbooks.scorecard()));
          assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
          assertThat(header(r, "Content-Disposition")).contains("filename=\"board-rated.xlsx\"");
          assertThat(ragColumn(r.body())).contains("Red", "Green");
        });
  }

  @Test
  void refusalsComeFromTheLibrary() {
    Served.withLibrary(
        (http, app) -> {
          HttpResponse<byte[]> locked =
              http.post("/api/check", Multipart.workbook("locked.xlsx", TestWorkbooks.encrypted()));
          assertThat(locked.statusCode()).as(text(locked)).isEqualTo(422);
          assertThat(json(locked).path("error").asText()).containsIgnoringCase("password");
          HttpResponse<byte[]> notes =
              http.post("/api/rate", Multipart.workbook("notes.xlsx", TestWorkbooks.noTable()));
          assertThat(notes.statusCode()).as(text(notes)).isEqualTo(422);
          assertThat(json(notes).path("error").asText()).containsIgnoringCase("indicator table");
        });
  }

  /**
   * Hostile and wrong files are refused by the library's one package guard (the service has none of
   * its own), each with the status its reason maps to and the library's words.
   */
  @Test
  void hostileFilesGetTheLibrarysRefusalAsA4xx() {
    Served.withLibrary(
        (http, app) -> {
          refused(
              http,
              "/api/check",
              "notes.xlsx",
              "Ref,Indicator\nCIN 4,Assessments\n".getBytes(StandardCharsets.UTF_8),
              415,
              "Not a spreadsheet: expected an Excel workbook");
          refused(
              http,
              "/api/rate",
              "report.xls",
              "<html><table><tr><td>1</td></tr></table></html>".getBytes(StandardCharsets.UTF_8),
              415,
              "web page");
          refused(http, "/api/check", "sheet.xlsx", TestWorkbooks.ods(), 415, ".ods");
          refused(
              http,
              "/api/check",
              "bomb.xlsx",
              TestWorkbooks.zipBomb(5),
              413,
              "unpacks to more than 100 times its packed size");
          refused(http, "/api/rate", "lolz.xlsx", TestWorkbooks.withDtd(), 422, "document type");
          refused(http, "/api/rate", "half.xlsx", TestWorkbooks.truncated(), 422, "damaged");
        });
  }

  private static void refused(
      Http http, String path, String name, byte[] bytes, int status, String words) {
    HttpResponse<byte[]> r = http.post(path, Multipart.workbook(name, bytes));
    assertThat(r.statusCode()).as(name + ": " + text(r)).isEqualTo(status);
    assertThat(json(r).path("error").asText()).contains(words).doesNotContain("Exception");
  }

  /** The words in the RAG column (J) of the rated workbook's Scorecard sheet. */
  static List<String> ragColumn(byte[] xlsx) {
    List<String> out = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet s = wb.getSheet("Scorecard");
      for (Row row : s) {
        Cell c = row.getCell(9);
        if (row.getRowNum() > 0 && c != null) {
          out.add(c.getStringCellValue());
        }
      }
    } catch (Exception e) {
      throw new AssertionError("the rated workbook does not open", e);
    }
    return out;
  }
}
