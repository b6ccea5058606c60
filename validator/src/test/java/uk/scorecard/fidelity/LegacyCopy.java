package uk.scorecard.fidelity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Copies a fixture built as .xlsx into a legacy .xls: values, number formats, notes. */
final class LegacyCopy {

  private LegacyCopy() {}

  static byte[] toXls(byte[] xlsx) {
    try (Workbook in = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        HSSFWorkbook out = new HSSFWorkbook()) {
      for (Sheet s : in) {
        Sheet t = out.createSheet(s.getSheetName());
        for (Row r : s) {
          Row tr = t.createRow(r.getRowNum());
          for (Cell c : r) {
            copy(c, tr.createCell(c.getColumnIndex()), out);
          }
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      out.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Cell from, Cell to, HSSFWorkbook out) {
    switch (from.getCellType()) {
      case STRING -> to.setCellValue(from.getStringCellValue());
      case NUMERIC -> {
        to.setCellValue(from.getNumericCellValue());
        CellStyle st = out.createCellStyle();
        st.setDataFormat(
            out.createDataFormat().getFormat(from.getCellStyle().getDataFormatString()));
        to.setCellStyle(st);
      }
      case BOOLEAN -> to.setCellValue(from.getBooleanCellValue());
      default -> {}
    }
  }
}
