package uk.scorecard.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.scorecard.model.Column;
import uk.scorecard.templates.SheetLine.Indicator;
import uk.scorecard.templates.SheetLine.Section;

/** Writes the Scorecard sheet: title, hint, header on row 3, then sections and indicators. */
final class ScorecardSheet {
  /** The sheet's name, which the reader and the About sheet refer to. */
  static final String NAME = "Scorecard";

  /** Zero-based index of the header row (row 3 in Excel). */
  static final int HEADER_ROW = 2;

  /** How many blank rows below the examples get the Polarity and Unit dropdowns. */
  static final int SPARE_ROWS = 100;

  private static final String TITLE = "Children's services performance scorecard";
  private static final List<Column> LEADING =
      List.of(Column.ID, Column.TITLE, Column.POLARITY, Column.UNIT);
  private static final List<Column> TRAILING =
      List.of(
          Column.TARGET,
          Column.TOLERANCE,
          Column.NUMERATOR,
          Column.DENOMINATOR,
          Column.CHANGE,
          Column.RAG,
          Column.CAVEAT);
  private static final int[] LEADING_WIDTHS = {9, 52, 17, 9};
  private static final int[] TRAILING_WIDTHS = {11, 11, 12, 13, 12, 9, 34};

  private final XSSFWorkbook wb;
  private final TemplateStyles styles;
  private final List<Object> periods;
  private XSSFSheet sheet;

  /** A writer for periods given as LocalDate (a month) or String (a quarter) headers. */
  ScorecardSheet(XSSFWorkbook wb, TemplateStyles styles, List<Object> periods) {
    this.wb = wb;
    this.styles = styles;
    this.periods = List.copyOf(periods);
  }

  /** The headers in order, as the template spells them (months shown as dates). */
  static List<String> headerNames(List<String> periodNames) {
    List<String> names = new ArrayList<>();
    LEADING.forEach(c -> names.add(c.header()));
    names.addAll(periodNames);
    TRAILING.forEach(c -> names.add(c.header()));
    return names;
  }

  /** Adds the sheet with the given hint on row 2 and the lines below the header. */
  XSSFSheet write(String hint, List<SheetLine> lines) {
    sheet = wb.createSheet(NAME);
    text(sheet.createRow(0).createCell(0), TITLE, styles.title);
    sheet.getRow(0).setHeightInPoints(24);
    text(sheet.createRow(1).createCell(0), hint, styles.hint);
    writeHeader();
    int r = HEADER_ROW + 1;
    for (SheetLine line : lines) {
      Row row = sheet.createRow(r++);
      if (line instanceof Section s) {
        writeSection(row, s);
      } else {
        new IndicatorRow(styles, periods.size()).write(row, (Indicator) line);
      }
    }
    finish(r - 1);
    return sheet;
  }

  private void writeHeader() {
    Row row = sheet.createRow(HEADER_ROW);
    int c = 0;
    for (Column col : LEADING) {
      text(row.createCell(c++), col.header(), styles.header);
    }
    for (Object period : periods) {
      Cell cell = row.createCell(c++);
      if (period instanceof LocalDate month) {
        cell.setCellValue(month);
        cell.setCellStyle(styles.monthHeader);
      } else {
        text(cell, (String) period, styles.header);
      }
    }
    for (Column col : TRAILING) {
      text(row.createCell(c++), col.header(), styles.header);
    }
  }

  private void writeSection(Row row, Section section) {
    for (int c = 0; c < columnCount(); c++) {
      row.createCell(c).setCellStyle(styles.section);
    }
    row.getCell(0).setCellValue(section.label());
  }

  private void finish(int lastRow) {
    int lastCol = columnCount() - 1;
    setWidths();
    sheet.createFreezePane(2, HEADER_ROW + 1);
    sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastRow, 0, lastCol));
    Dropdowns.add(sheet, HEADER_ROW + 1, lastRow + SPARE_ROWS);
    TemplatePrint.apply(sheet, ratedWidths(), HEADER_ROW);
  }

  /** The column widths in characters once rated: ours, then the column `rate` adds. */
  int[] ratedWidths() {
    int periodWidth = periods.get(0) instanceof LocalDate ? 8 : 12;
    int[] w = new int[columnCount() + (periods.size() >= 2 ? 1 : 0)];
    int c = 0;
    for (int x : LEADING_WIDTHS) {
      w[c++] = x;
    }
    for (int i = 0; i < periods.size(); i++) {
      w[c++] = periodWidth;
    }
    for (int x : TRAILING_WIDTHS) {
      w[c++] = x;
    }
    if (c < w.length) {
      w[c] = TemplatePrint.RATED_EXTRA_CHARS;
    }
    return w;
  }

  private void setWidths() {
    int[] widths = ratedWidths();
    for (int c = 0; c < columnCount(); c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
  }

  private int columnCount() {
    return LEADING.size() + periods.size() + TRAILING.size();
  }

  /** The width of the Indicator column, in characters, for row-height estimates. */
  static int titleWidth() {
    return LEADING_WIDTHS[1];
  }

  /** The width of the Caveat column, in characters. */
  static int caveatWidth() {
    return TRAILING_WIDTHS[TRAILING_WIDTHS.length - 1];
  }

  private static void text(Cell cell, String value, CellStyle style) {
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }
}
