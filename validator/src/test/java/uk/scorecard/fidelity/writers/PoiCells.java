package uk.scorecard.fidelity.writers;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Cells and styles for PoiScorecard: values from content.json, bold text, number formats. */
final class PoiCells {

  private PoiCells() {}

  /** A colour from its 0xRRGGBB value. */
  static XSSFColor rgb(int rgb) {
    return new XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb});
  }

  /** A new style with a bold font of this size. */
  static XSSFCellStyle bold(XSSFWorkbook wb, int points) {
    XSSFCellStyle style = wb.createCellStyle();
    XSSFFont font = wb.createFont();
    font.setBold(true);
    font.setFontHeightInPoints((short) points);
    style.setFont(font);
    return style;
  }

  /** A new style with this number format, e.g. "0%". */
  static XSSFCellStyle numberFormat(XSSFWorkbook wb, String format) {
    XSSFCellStyle style = wb.createCellStyle();
    style.setDataFormat(wb.createDataFormat().getFormat(format));
    return style;
  }

  /** The named fields of one content.json row, left to right from column A. */
  static void texts(XSSFSheet ws, int row, JsonNode from, String... fields) {
    for (int c = 0; c < fields.length; c++) {
      cell(ws, row, c, from.get(fields[c]));
    }
  }

  /** The cell at (row, col), created, holding v: a number, text, or nothing when v is null. */
  static XSSFCell cell(XSSFSheet ws, int row, int col, JsonNode v) {
    XSSFRow r = ws.getRow(row) == null ? ws.createRow(row) : ws.getRow(row);
    XSSFCell c = r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
    if (v != null && v.isNumber()) {
      c.setCellValue(v.asDouble());
    } else if (v != null) {
      c.setCellValue(v.asText());
    }
    return c;
  }
}
