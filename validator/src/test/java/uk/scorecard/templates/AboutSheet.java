package uk.scorecard.templates;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the About sheet: what to type in each column, in plain English. */
final class AboutSheet {
  /** The sheet's name. */
  static final String NAME = "About";

  private static final int NAME_WIDTH = 16;
  private static final int TEXT_WIDTH = 100;

  private AboutSheet() {}

  /** Adds the About sheet after the Scorecard sheet. */
  static XSSFSheet write(XSSFWorkbook wb, TemplateStyles styles) {
    XSSFSheet sheet = wb.createSheet(NAME);
    sheet.setColumnWidth(0, NAME_WIDTH * 256);
    sheet.setColumnWidth(1, TEXT_WIDTH * 256);
    Row title = sheet.createRow(0);
    put(title, 0, "About this scorecard", styles.title);
    title.setHeightInPoints(24);
    paragraph(sheet.createRow(1), AboutText.INTRO, styles);
    Row header = sheet.createRow(3);
    put(header, 0, "Column", styles.header);
    put(header, 1, "What to type", styles.header);
    int r = 4;
    for (List<String> entry : AboutText.COLUMNS) {
      Row row = sheet.createRow(r++);
      put(row, 0, entry.get(0), styles.section);
      put(row, 1, entry.get(1), styles.wrapped);
      row.setHeightInPoints(TextHeight.points(TextHeight.lines(entry.get(1), TEXT_WIDTH)));
    }
    sheet.createFreezePane(0, 4);
    sheet.setFitToPage(true);
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 1);
    return sheet;
  }

  private static void paragraph(Row row, String text, TemplateStyles styles) {
    put(row, 1, text, styles.paragraph);
    row.setHeightInPoints(TextHeight.points(TextHeight.lines(text, TEXT_WIDTH)));
  }

  private static void put(Row row, int col, String value, CellStyle style) {
    Cell cell = row.createCell(col);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }
}
