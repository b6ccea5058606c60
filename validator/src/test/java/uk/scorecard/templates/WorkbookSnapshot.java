package uk.scorecard.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** Every cell of a workbook as "Sheet!A1" to "type value [format]", for comparing two builds. */
final class WorkbookSnapshot {
  private WorkbookSnapshot() {}

  /** The snapshot of every sheet, cell and list validation, in order. */
  static Map<String, String> of(Workbook wb) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (Sheet sheet : wb) {
      cells.put(sheet.getSheetName() + "!", "sheet " + wb.getSheetIndex(sheet));
      for (Row row : sheet) {
        for (Cell cell : row) {
          String at = sheet.getSheetName() + "!" + cell.getAddress().formatAsString();
          cells.put(at, describe(cell));
        }
      }
      for (DataValidation v : sheet.getDataValidations()) {
        for (CellRangeAddress range : v.getRegions().getCellRangeAddresses()) {
          cells.put(sheet.getSheetName() + "!validation " + range.formatAsString(), constraint(v));
        }
      }
    }
    return cells;
  }

  /** One line per cell that differs: "where: committed X, built Y"; empty when they match. */
  static List<String> differences(Map<String, String> committed, Map<String, String> built) {
    Set<String> keys = new TreeSet<>(committed.keySet());
    keys.addAll(built.keySet());
    List<String> lines = new ArrayList<>();
    for (String key : keys) {
      if (!Objects.equals(committed.get(key), built.get(key))) {
        lines.add(key + ": committed " + committed.get(key) + ", built " + built.get(key));
      }
    }
    return lines;
  }

  private static String constraint(DataValidation v) {
    String[] list = v.getValidationConstraint().getExplicitListValues();
    return list != null ? String.join(",", list) : v.getValidationConstraint().getFormula1();
  }

  private static String describe(Cell cell) {
    String format = " [" + cell.getCellStyle().getDataFormatString() + "]";
    return switch (cell.getCellType()) {
      case NUMERIC -> "number " + cell.getNumericCellValue() + format;
      case STRING -> "text " + cell.getStringCellValue() + format;
      case FORMULA -> "formula " + cell.getCellFormula() + format;
      case BOOLEAN -> "boolean " + cell.getBooleanCellValue() + format;
      case ERROR -> "error " + cell.getErrorCellValue() + format;
      default -> "blank" + format;
    };
  }
}
