package uk.scorecard.property;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.fixtures.Value.month;
import static uk.scorecard.fixtures.Value.pct;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.WorkbookBuilder;

/**
 * Found by RatingPropertyTest (invariant 2): an officer's note kept as plain text, {@code
 * <text><t>…</t></text>} (as POI and openpyxl write it), gets our words appended as a run after the
 * {@code <t>}; rich text is either one {@code <t>} or runs, so readers (POI here) show only the
 * runs and the officer's words are gone from the note.
 */
class OurNoteOnAnOfficersPlainNoteTest {

  @Test
  void theOfficersWordsStayAboveOurs() throws Exception {
    WorkbookBuilder b =
        WorkbookBuilder.scorecard()
            .row("Ref", "Indicator", "Polarity", month(2018, 6), month(2018, 7), "Target", "Change")
            .row(
                "CIN 3",
                "% of contacts with a decision",
                "Higher is better",
                pct(0.94),
                pct(0.98),
                pct(0.95),
                "\u2193");
    Sheet sheet = b.currentSheet();
    ClientAnchor anchor = b.poi().getCreationHelper().createClientAnchor();
    anchor.setCol1(6);
    anchor.setRow1(1);
    anchor.setCol2(9);
    anchor.setRow2(4);
    Comment note = sheet.createDrawingPatriarch().createCellComment(anchor);
    note.setString(b.poi().getCreationHelper().createRichTextString("Officer: checked"));
    note.setAuthor("Officer");
    sheet.getRow(1).getCell(6).setCellComment(note);
    Rated rated = new Scorecard().rate(new Input("note.xlsx", b.bytes()), Options.DEFAULT);
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(rated.bytes()))) {
      // The officer's arrow says down; the figures went up: rating adds its note on G2.
      String text =
          wb.getSheet("Scorecard").getCellComment(new CellAddress("G2")).getString().getString();
      assertThat(text).startsWith("Officer: checked").contains("[change-disagrees]");
    }
  }
}
