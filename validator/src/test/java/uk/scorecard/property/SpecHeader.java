package uk.scorecard.property;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import uk.scorecard.property.Spec.Layout;

/**
 * Writes a generated table's header: one row, or two with each period merged over its {@code Number
 * | %} columns and the other labels merged down over both rows or standing above an empty cell.
 */
final class SpecHeader {

  private SpecHeader() {}

  /** Writes the header at {@code row}; returns the first row below it. */
  static int write(XSSFSheet sheet, SpecStyles styles, Layout layout, Columns cols, int row) {
    var h = layout.headers();
    var s = layout.shape();
    Row top = sheet.createRow(row);
    Row sub = s.twoRow() ? sheet.createRow(row + 1) : null;
    label(top, cols.id(), h.id(), styles);
    label(top, cols.title(), h.title(), styles);
    label(top, cols.notes(), "Notes", styles);
    label(top, cols.lead(), "Lead officer", styles);
    label(top, cols.polarity(), h.polarity(), styles);
    label(top, cols.unit(), "Unit", styles);
    label(top, cols.target(), h.target(), styles);
    label(top, cols.tolerance(), "Tolerance", styles);
    label(top, cols.change(), h.change(), styles);
    label(top, cols.rag(), h.rag(), styles);
    label(top, cols.caveat(), h.caveat(), styles);
    if (sub != null && s.mergedLabels()) {
      for (int c = 0; c < cols.width(); c++) {
        if (top.getCell(c) != null) {
          sheet.addMergedRegion(new CellRangeAddress(row, row + 1, c, c));
        }
      }
    }
    var periods = layout.periods();
    for (int i = 0; i < periods.count(); i++) {
      int c = cols.period(i);
      Object heading = SpecWorkbook.periodHeading(periods.kind(), periods.start(), i);
      Cell cell = top.createCell(c);
      if (heading instanceof LocalDate d) {
        cell.setCellValue(d);
        cell.setCellStyle(styles.headerDate());
      } else {
        cell.setCellValue((String) heading);
        cell.setCellStyle(styles.header());
      }
      if (sub != null) {
        sheet.addMergedRegion(new CellRangeAddress(row, row, c, c + 1));
        label(sub, c, "Number", styles);
        label(sub, c + 1, "%", styles);
      }
    }
    return row + (sub != null ? 2 : 1);
  }

  private static void label(Row row, int col, String text, SpecStyles styles) {
    if (col >= 0 && text != null) {
      Cell c = row.createCell(col);
      c.setCellValue(text);
      c.setCellStyle(styles.header());
    }
  }
}
