package uk.scorecard.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.Scorecard;

/**
 * Found by RatingPropertyTest (invariant 1): on a sheet written by openpyxl that holds an officer's
 * note, adding a note of ours (here, on a RAG the figures contradict) writes a VML drawing that POI
 * cannot read ("The prefix "v" for element "v:shape" is not bound"), yet the self-check passes and
 * the damaged workbook is handed back.
 */
class NoteBesideAnOpenpyxlNoteTest {

  @Test
  void theRatedWorkbookOpensWithBothNotes() throws Exception {
    byte[] book = FormulaWithAnEmptySavedResultTest.fixture("openpyxl-note-beside-our-note.xlsx");
    Rated rated = new Scorecard().rate(new Input("notes.xlsx", book), Options.DEFAULT);
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(rated.bytes()))) {
      Sheet s = wb.getSheet("KPIs");
      assertThat(s.getCellComment(new CellAddress("A1")).getString().getString())
          .isEqualTo("Figure revised in the next return");
      assertThat(s.getCellComment(new CellAddress("F2")).getString().getString())
          .contains("rag-disagrees");
    }
  }
}
