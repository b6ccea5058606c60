package uk.scorecard.golden;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * A rated workbook as text a reviewer can read in a diff: every sheet, every non-empty cell as
 * shown, the fill of filled cells, notes with their authors, and links.
 */
final class RatedDump {

  private RatedDump() {}

  static String of(byte[] workbook) throws IOException {
    StringBuilder sb = new StringBuilder();
    DataFormatter fmt = new DataFormatter(java.util.Locale.UK);
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
      for (Sheet sheet : wb) {
        sb.append("== ").append(sheet.getSheetName());
        if (wb.isSheetHidden(wb.getSheetIndex(sheet))) {
          sb.append(" (hidden)");
        }
        sb.append('\n');
        for (Row row : sheet) {
          for (Cell cell : row) {
            String line = cell(cell, fmt);
            if (!line.isEmpty()) {
              sb.append(line).append('\n');
            }
          }
        }
      }
    }
    return sb.toString();
  }

  private static String cell(Cell cell, DataFormatter fmt) {
    String shown =
        cell.getCellType() == CellType.FORMULA
            ? "=" + cell.getCellFormula()
            : fmt.formatCellValue(cell);
    Comment note = cell.getCellComment();
    String fill = fill(cell.getCellStyle());
    if (shown.isEmpty() && note == null && fill.isEmpty()) {
      return "";
    }
    StringBuilder sb =
        new StringBuilder(cell.getAddress().formatAsString())
            .append(": ")
            .append(shown.replace("\n", "\\n"));
    sb.append(fill);
    if (cell.getHyperlink() != null) {
      sb.append(" [link ").append(cell.getHyperlink().getAddress()).append(']');
    }
    if (note != null) {
      sb.append(" [note by ")
          .append(note.getAuthor())
          .append(": ")
          .append(note.getString().getString().replace("\n", "\\n"))
          .append(']');
    }
    return sb.toString();
  }

  private static String fill(CellStyle style) {
    if (style instanceof XSSFCellStyle x
        && x.getFillForegroundColorColor() != null
        && x.getFillPattern() == org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND) {
      XSSFColor c = x.getFillForegroundColorColor();
      String rgb = c.getARGBHex();
      return rgb == null ? "" : " [fill " + rgb + (x.getFont().getBold() ? ", bold" : "") + "]";
    }
    return "";
  }
}
