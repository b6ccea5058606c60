package uk.scorecard.write.xls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFComment;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import uk.scorecard.model.CellRef;
import uk.scorecard.write.plan.CellWrite;
import uk.scorecard.write.plan.Marks;
import uk.scorecard.write.plan.NotKept;
import uk.scorecard.write.plan.Plan;

/**
 * The self-check of a rated .xls: read both files back and compare every sheet, cell, merge, name
 * and officer's note; only our cells, notes and Checks sheet may differ.
 */
final class XlsKept {

  private XlsKept() {}

  /** Fails with where, when the rated workbook differs from the original beyond our cells. */
  static void check(byte[] original, byte[] rated, Plan plan, String checksSheet)
      throws IOException, NotKept {
    try (HSSFWorkbook a = new HSSFWorkbook(new ByteArrayInputStream(original));
        HSSFWorkbook b = new HSSFWorkbook(new ByteArrayInputStream(rated))) {
      int last = -1;
      for (int i = 0; i < a.getNumberOfSheets(); i++) {
        String name = a.getSheetName(i);
        if (name.equals(checksSheet)) {
          continue;
        }
        int j = b.getSheetIndex(name);
        if (j <= last || a.getSheetVisibility(i) != b.getSheetVisibility(j)) {
          throw new NotKept("sheet '" + name + "' is missing, moved or shown differently");
        }
        last = j;
        sheet(name, a.getSheetAt(i), b.getSheetAt(j), plan.cells(name));
      }
      names(a, b);
    }
  }

  private static void sheet(
      String name, HSSFSheet a, HSSFSheet b, Map<Integer, Map<Integer, CellWrite>> owned)
      throws NotKept {
    for (Row ra : a) {
      Map<Integer, CellWrite> mine = owned.getOrDefault(ra.getRowNum(), Map.of());
      Row rb = b.getRow(ra.getRowNum());
      for (Cell ca : ra) {
        if (mine.containsKey(ca.getColumnIndex())) {
          continue;
        }
        Cell cb = rb == null ? null : rb.getCell(ca.getColumnIndex());
        if (cb == null || !describe(ca).equals(describe(cb))) {
          throw new NotKept(
              "sheet '"
                  + name
                  + "' "
                  + new CellRef(name, ra.getRowNum(), ca.getColumnIndex()).a1()
                  + ": a cell of the officer's changed");
        }
      }
    }
    if (!Set.copyOf(a.getMergedRegions()).equals(Set.copyOf(b.getMergedRegions()))) {
      throw new NotKept("sheet '" + name + "': merged cells changed");
    }
    if (a.getDataValidations().size() != b.getDataValidations().size()) {
      throw new NotKept("sheet '" + name + "': data validation changed");
    }
    for (var e : a.getCellComments().entrySet()) {
      HSSFComment c = e.getValue();
      if (!Marks.AUTHOR.equals(c.getAuthor())) {
        HSSFComment now = b.getCellComment(e.getKey());
        if (now == null || !now.getString().getString().startsWith(officers(c))) {
          throw new NotKept(
              "sheet '"
                  + name
                  + "': the officer's note on "
                  + e.getKey().formatAsString()
                  + " is missing or changed");
        }
      }
    }
  }

  private static String officers(HSSFComment c) {
    String text = c.getString().getString();
    int at = text.indexOf("\n\n" + Marks.NOTE);
    return at < 0 ? text : text.substring(0, at);
  }

  private static void names(HSSFWorkbook a, HSSFWorkbook b) throws NotKept {
    Set<String> after = new HashSet<>();
    for (Name n : b.getAllNames()) {
      after.add(n.getNameName() + "|" + n.getSheetIndex() + "|" + n.getRefersToFormula());
    }
    for (Name n : a.getAllNames()) {
      String key = n.getNameName() + "|" + n.getSheetIndex() + "|" + n.getRefersToFormula();
      if (!Marks.CHECKS_NAME.equals(n.getNameName()) && !after.contains(key)) {
        throw new NotKept("the defined name " + n.getNameName() + " is missing or changed");
      }
    }
  }

  /** A cell's type, value or formula, and style. */
  private static String describe(Cell c) {
    String value =
        switch (c.getCellType()) {
          case FORMULA -> "=" + c.getCellFormula();
          case NUMERIC -> Double.toString(c.getNumericCellValue());
          case STRING -> c.getRichStringCellValue().getString();
          case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
          case ERROR -> "#" + c.getErrorCellValue();
          default -> "";
        };
    return c.getCellType() + "|" + value + "|" + c.getCellStyle().getIndex();
  }
}
