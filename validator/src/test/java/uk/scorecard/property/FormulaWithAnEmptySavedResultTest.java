package uk.scorecard.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.Scorecard;

/**
 * Found by RatingPropertyTest (invariant 1): openpyxl saves a formula with an empty result, {@code
 * <c r="G2"><f>…</f><v/></c>}. The reader takes the cell for an empty one, so the RAG cell seems
 * ours; the writer then refuses to write over the formula and the whole workbook is refused ("could
 * not be written back safely"), where the formula should simply be kept.
 */
class FormulaWithAnEmptySavedResultTest {

  @Test
  void anOfficersFormulaInRagIsKeptAndTheWorkbookIsRated() throws Exception {
    byte[] book = fixture("openpyxl-formula-in-rag.xlsx");
    Rated rated = new Scorecard().rate(new Input("formula.xlsx", book), Options.DEFAULT);
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(rated.bytes()))) {
      assertThat(wb.getSheet("KPIs").getRow(1).getCell(6).getCellFormula())
          .isEqualTo("IF(TRUE,\"Green\",\"Red\")");
    }
  }

  static byte[] fixture(String name) throws Exception {
    try (InputStream in =
        FormulaWithAnEmptySavedResultTest.class.getResourceAsStream("/property-bugs/" + name)) {
      assertThat(in).as("fixture %s", name).isNotNull();
      return in.readAllBytes();
    }
  }
}
