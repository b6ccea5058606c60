package uk.scorecard.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook's sheets as the add-in's fallback reads them with Excel's API and posts them: each
 * used range's address, values ("" for an empty cell), number formats and formulas (null where a
 * cell has none).
 */
final class UsedRanges {
  private UsedRanges() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The body the pane posts: {@code {"sheets": [...]}}. */
  static ObjectNode of(byte[] xlsx) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    ArrayNode sheets = body.putArray("sheets");
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet s : wb) {
        int top = Math.max(0, s.getFirstRowNum());
        int bottom = Math.max(top, s.getLastRowNum());
        int left = Integer.MAX_VALUE;
        int right = 0;
        for (Row r : s) {
          left = Math.min(left, Math.max(0, r.getFirstCellNum()));
          right = Math.max(right, r.getLastCellNum() - 1);
        }
        left = left == Integer.MAX_VALUE ? 0 : left;
        ObjectNode sheet = sheets.addObject();
        sheet.put("name", s.getSheetName());
        sheet.put("address", new CellRangeAddress(top, bottom, left, right).formatAsString());
        ArrayNode values = sheet.putArray("values");
        ArrayNode formats = sheet.putArray("numberFormat");
        ArrayNode formulas = sheet.putArray("formulas");
        for (int r = top; r <= bottom; r++) {
          ArrayNode vs = values.addArray();
          ArrayNode fs = formats.addArray();
          ArrayNode xs = formulas.addArray();
          for (int c = left; c <= right; c++) {
            Cell cell = s.getRow(r) == null ? null : s.getRow(r).getCell(c);
            fs.add(cell == null ? "General" : cell.getCellStyle().getDataFormatString());
            boolean formula = cell != null && cell.getCellType() == CellType.FORMULA;
            xs.add(formula ? "=" + cell.getCellFormula() : null);
            CellType t =
                cell == null
                    ? CellType.BLANK
                    : formula ? cell.getCachedFormulaResultType() : cell.getCellType();
            switch (t) {
              case NUMERIC -> vs.add(cell.getNumericCellValue());
              case BOOLEAN -> vs.add(cell.getBooleanCellValue());
              case STRING -> vs.add(cell.getStringCellValue());
              case ERROR -> vs.add(FormulaError.forInt(cell.getErrorCellValue()).getString());
              default -> vs.add("");
            }
          }
        }
      }
    }
    return body;
  }
}
