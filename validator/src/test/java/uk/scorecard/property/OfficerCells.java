package uk.scorecard.property;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Compares the officer's workbook with the rated one through POI, cell by cell: value, formula and
 * style of every cell outside the cells rating owns, every note's text and every merge.
 */
final class OfficerCells {

  private final CellStyles stylesBefore;
  private final CellStyles stylesAfter;
  private final List<String> out = new ArrayList<>();

  private OfficerCells(Workbook before, Workbook after) {
    this.stylesBefore = new CellStyles(before);
    this.stylesAfter = new CellStyles(after);
  }

  /** Every difference outside the owned cells, as "Sheet!A1 what: before -> after". */
  static List<String> differences(
      Workbook before, Workbook after, Set<CellAddress> owned, String ratedSheet) {
    OfficerCells c = new OfficerCells(before, after);
    for (Sheet a : before) {
      Sheet b = after.getSheet(a.getSheetName());
      if (b == null) {
        c.out.add(a.getSheetName() + " is gone");
        continue;
      }
      Set<CellAddress> mine = a.getSheetName().equals(ratedSheet) ? owned : Set.of();
      c.cells(a, b, mine);
      c.notes(a, b);
      c.merges(a, b);
    }
    return c.out;
  }

  private void cells(Sheet a, Sheet b, Set<CellAddress> owned) {
    Set<CellAddress> all = new TreeSet<>(addresses(a));
    all.addAll(addresses(b));
    for (CellAddress at : all) {
      if (owned.contains(at)) {
        continue;
      }
      Map<String, String> was = describe(cell(a, at), stylesBefore);
      Map<String, String> is = describe(cell(b, at), stylesAfter);
      for (String key : was.keySet()) {
        if (!was.get(key).equals(is.get(key))) {
          out.add(
              a.getSheetName() + "!" + at + " " + key + ": " + was.get(key) + " -> " + is.get(key));
        }
      }
    }
  }

  /** Each officer's note is still on its cell, its words kept (ours may follow them). */
  private void notes(Sheet a, Sheet b) {
    Map<CellAddress, ? extends Comment> rated = b.getCellComments();
    for (var e : a.getCellComments().entrySet()) {
      Comment now = rated.get(e.getKey());
      String was = e.getValue().getString().getString();
      if (now == null || !now.getString().getString().contains(was)) {
        out.add(
            a.getSheetName()
                + "!"
                + e.getKey()
                + " note: '"
                + was
                + "' -> "
                + (now == null ? "none" : "'" + now.getString().getString() + "'"));
      }
    }
  }

  private void merges(Sheet a, Sheet b) {
    Set<String> was = merged(a);
    Set<String> is = merged(b);
    if (!was.equals(is)) {
      out.add(a.getSheetName() + " merges: " + was + " -> " + is);
    }
  }

  private static Set<String> merged(Sheet s) {
    Set<String> out = new TreeSet<>();
    for (CellRangeAddress r : s.getMergedRegions()) {
      out.add(r.formatAsString());
    }
    return out;
  }

  private static Set<CellAddress> addresses(Sheet s) {
    Set<CellAddress> out = new HashSet<>();
    for (Row row : s) {
      for (Cell c : row) {
        out.add(c.getAddress());
      }
    }
    return out;
  }

  private static Cell cell(Sheet s, CellAddress at) {
    Row r = s.getRow(at.getRow());
    return r == null ? null : r.getCell(at.getColumn());
  }

  /** Value, formula and style; a missing cell is a blank one in the default style. */
  private static Map<String, String> describe(Cell c, CellStyles styles) {
    CellType type = c == null ? CellType.BLANK : c.getCellType();
    boolean formula = type == CellType.FORMULA;
    String value = value(c, formula ? c.getCachedFormulaResultType() : type);
    return Map.of(
        "value",
        value,
        "formula",
        formula ? "=" + c.getCellFormula() : "none",
        "style",
        c == null ? styles.ofDefault() : styles.of(c.getCellStyle()));
  }

  static String value(Cell c, CellType type) {
    return switch (type) {
      case STRING -> "'" + c.getRichStringCellValue().getString() + "'";
      case NUMERIC -> Double.toString(c.getNumericCellValue());
      case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
      case ERROR -> "error " + c.getErrorCellValue();
      default -> "blank";
    };
  }
}
