package uk.scorecard.templates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** A test's own plain scan of a Scorecard sheet for impossible values, independent of check. */
final class ImpossibleValues {
  private static final DataFormatter SHOWN = new DataFormatter();

  private ImpossibleValues() {}

  /** "Ref column: reason" for each impossible value; periods are columns E onwards. */
  static List<String> in(Sheet sheet, int periods) {
    List<String> found = new ArrayList<>();
    Set<String> refs = new HashSet<>();
    for (int r = 3; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      String ref = SHOWN.formatCellValue(row.getCell(0));
      String unit = SHOWN.formatCellValue(row.getCell(3));
      if (unit.isEmpty()) {
        continue;
      }
      if (!refs.add(ref)) {
        found.add(ref + ": duplicate Ref");
      }
      for (int c = 4; c < 4 + periods; c++) {
        String why = figure(row.getCell(c), unit);
        if (why != null) {
          found.add(ref + " " + SHOWN.formatCellValue(sheet.getRow(2).getCell(c)) + ": " + why);
        }
      }
      Cell top = row.getCell(4 + periods + 2);
      Cell bottom = row.getCell(4 + periods + 3);
      if (number(top) != null && number(bottom) != null && number(top) > number(bottom)) {
        found.add(ref + ": numerator above denominator");
      }
    }
    return found;
  }

  private static String figure(Cell cell, String unit) {
    Double v = number(cell);
    if (v == null) {
      return null;
    }
    if (unit.equals("%") && (v < 0 || v > 1)) {
      return SHOWN.formatCellValue(cell) + " is not a possible percentage";
    }
    if (unit.equals("Number") && (v < 0 || v != Math.rint(v))) {
      return v + " is not a possible count";
    }
    return null;
  }

  private static Double number(Cell cell) {
    return cell != null && cell.getCellType() == CellType.NUMERIC
        ? cell.getNumericCellValue()
        : null;
  }
}
