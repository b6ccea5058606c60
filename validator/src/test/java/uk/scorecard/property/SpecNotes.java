package uk.scorecard.property;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import uk.scorecard.property.Spec.Note;

/** Puts the officer's notes (cell comments) on cells picked anywhere in the table. */
final class SpecNotes {

  private SpecNotes() {}

  /** Adds each note at its picked row and column within these bounds; one note per cell. */
  static void add(
      XSSFSheet sheet, List<Note> notes, int firstRow, int lastRow, int width, int lastHeaderRow) {
    if (notes.isEmpty()) {
      return;
    }
    Drawing<?> drawing = sheet.createDrawingPatriarch();
    for (Note n : notes) {
      int r = firstRow + n.rowPick() % (lastRow - firstRow + 1);
      int c = n.colPick() % width;
      Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
      Cell cell = row.getCell(c) != null ? row.getCell(c) : row.createCell(c);
      if (cell.getCellComment() != null) {
        continue;
      }
      ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
      // POI files a new note under its anchor's top-left cell: anchor it at its own cell.
      anchor.setCol1(c);
      anchor.setCol2(c + 3);
      anchor.setRow1(r);
      anchor.setRow2(r + 3);
      Comment comment = drawing.createCellComment(anchor);
      comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(n.text()));
      comment.setAuthor("Officer");
      cell.setCellComment(comment);
    }
  }
}
