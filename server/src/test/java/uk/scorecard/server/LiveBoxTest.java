package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.server.Http.header;
import static uk.scorecard.server.Http.text;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.scorecard.server.Http.Multipart;

/**
 * The page's "Keep ratings live" box (and the API's {@code live} field): ticked, the rated copy's
 * RAG cells are formulas whose cached values are the ratings; unticked, they are plain words.
 */
class LiveBoxTest {

  @Test
  void theStartPageOffersTheBox() {
    Served.withLibrary(
        (http, app) ->
            assertThat(text(http.get("/")))
                .contains("name=\"live\" type=\"checkbox\" value=\"on\"")
                .contains("<label class=\"govuk-label govuk-checkboxes__label\" for=\"live\">"));
  }

  @Test
  void tickedTheRatedCopyRatesItselfUntickedItHoldsWords() {
    Served.withLibrary(
        (http, app) -> {
          List<String> live = ragFormulas(rated(http, "on"));
          List<String> plain = ragFormulas(rated(http, null));
          assertThat(live).isNotEmpty().allSatisfy(f -> assertThat(f).startsWith("IF("));
          assertThat(plain).isEmpty();
        });
  }

  @Test
  void theApiTakesTheSameField() {
    Served.withLibrary(
        (http, app) -> {
          HttpResponse<byte[]> r =
              http.post(
                  "/api/rate",
                  Multipart.workbook("scorecard.xlsx", TestWorkbooks.scorecard())
                      .field("live", "true"));
          assertThat(r.statusCode()).isEqualTo(200);
          assertThat(ragFormulas(r.body())).isNotEmpty();
        });
  }

  @Test
  void aLiveCopyStaysLiveUnlessTurnedIntoValues() {
    Served.withLibrary(
        (http, app) -> {
          byte[] live = rated(http, "on");
          assertThat(ragFormulas(rated(http, live, null, null))).isNotEmpty();
          assertThat(ragFormulas(rated(http, live, "values", "on"))).isEmpty();
          HttpResponse<byte[]> api =
              http.post(
                  "/api/rate", Multipart.workbook("scorecard.xlsx", live).field("live", "false"));
          assertThat(api.statusCode()).isEqualTo(200);
          assertThat(ragFormulas(api.body())).isEmpty();
        });
  }

  @Test
  void bothBoxesTickedIsAMistakeThePageNames() {
    Served.withLibrary(
        (http, app) -> {
          HttpResponse<byte[]> r =
              http.post(
                  "/rate",
                  Multipart.workbook("scorecard.xlsx", TestWorkbooks.scorecard())
                      .field("live", "on")
                      .field("values", "on"));
          assertThat(r.statusCode()).isEqualTo(400);
          assertThat(text(r))
              .contains("govuk-form-group--error")
              .contains("<a href=\"#live\">Tick either Keep ratings live or Turn live ratings");
        });
  }

  private static byte[] rated(Http http, String box) {
    return rated(http, TestWorkbooks.scorecard(), box == null ? null : "live", box);
  }

  private static byte[] rated(Http http, byte[] workbook, String field, String value) {
    Multipart form = Multipart.workbook("scorecard.xlsx", workbook);
    if (field != null) {
      form = form.field(field, value);
    }
    HttpResponse<byte[]> posted = http.post("/rate", form);
    assertThat(posted.statusCode()).isEqualTo(303);
    HttpResponse<byte[]> download = http.get(header(posted, "Location") + "/download");
    assertThat(download.statusCode()).isEqualTo(200);
    return download.body();
  }

  /** The formulas in the Scorecard sheet's RAG column (J), with their cached words checked. */
  private static List<String> ragFormulas(byte[] xlsx) {
    List<String> out = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Row row : wb.getSheet("Scorecard")) {
        Cell c = row.getCell(9);
        if (row.getRowNum() > 0 && c != null && c.getCellType() == CellType.FORMULA) {
          assertThat(c.getCachedFormulaResultType()).isEqualTo(CellType.STRING);
          assertThat(c.getStringCellValue()).isIn("Red", "Amber", "Green", "Grey", "");
          out.add(c.getCellFormula());
        }
      }
    } catch (java.io.IOException e) {
      throw new AssertionError("the rated workbook does not open", e);
    }
    return out;
  }
}
