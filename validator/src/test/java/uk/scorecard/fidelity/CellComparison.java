package uk.scorecard.fidelity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/** Compares two workbooks as Excel shows them: sheets, cells, styles, names and sheet features. */
final class CellComparison {

  private CellComparison() {}

  /** Differences outside the touched cells; works for .xlsx, .xlsm and .xls. */
  static List<Difference> compare(byte[] original, byte[] rewritten, Touched touched) {
    try (Workbook a = open(original)) {
      Workbook b;
      try {
        b = open(rewritten);
      } catch (IOException | RuntimeException e) {
        return List.of(new Difference("workbook", "the rewritten workbook is unreadable: " + e));
      }
      try (b) {
        return compare(a, b, touched);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Differences between two open workbooks, outside the touched cells. */
  static List<Difference> compare(Workbook a, Workbook b, Touched touched) {
    List<Difference> out = new ArrayList<>();
    List<String> before = sheetNames(a);
    List<String> after = sheetNames(b);
    SheetOrder.compare(before, after, out);
    StyleDescription styleA = new StyleDescription(a);
    StyleDescription styleB = new StyleDescription(b);
    for (int i = 0; i < before.size(); i++) {
      String name = before.get(i);
      int j = after.indexOf(name);
      if (j >= 0) {
        SheetFeatures.same(
            name, "visibility", a.getSheetVisibility(i), b.getSheetVisibility(j), out);
        SheetFeatures.same(name, "print area", a.getPrintArea(i), b.getPrintArea(j), out);
        cells(name, a.getSheetAt(i), b.getSheetAt(j), touched, styleA, styleB, out);
        SheetFeatures.compare(name, a.getSheetAt(i), b.getSheetAt(j), touched, out);
      }
    }
    DefinedNames.compare(a, b, out);
    return out;
  }

  private static Workbook open(byte[] bytes) throws IOException {
    return WorkbookFactory.create(new ByteArrayInputStream(bytes));
  }

  private static List<String> sheetNames(Workbook wb) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      names.add(wb.getSheetName(i));
    }
    return names;
  }

  private static void cells(
      String name,
      Sheet a,
      Sheet b,
      Touched touched,
      StyleDescription styleA,
      StyleDescription styleB,
      List<Difference> out) {
    for (Row row : a) {
      for (Cell cell : row) {
        if (!touched.contains(name, cell.getRowIndex(), cell.getColumnIndex())) {
          Cell other = cell(b, cell.getRowIndex(), cell.getColumnIndex());
          compareCell(name, cell, other, styleA, styleB, out);
        }
      }
    }
    for (Row row : b) {
      for (Cell cell : row) {
        if (!touched.contains(name, cell.getRowIndex(), cell.getColumnIndex())
            && cell(a, cell.getRowIndex(), cell.getColumnIndex()) == null) {
          compareCell(name, null, cell, styleA, styleB, out);
        }
      }
    }
  }

  private static Cell cell(Sheet s, int row, int col) {
    Row r = s.getRow(row);
    return r == null ? null : r.getCell(col);
  }

  private static void compareCell(
      String name,
      Cell a,
      Cell b,
      StyleDescription styleA,
      StyleDescription styleB,
      List<Difference> out) {
    Cell any = a != null ? a : b;
    String where =
        name
            + "!"
            + new CellReference(any.getRowIndex(), any.getColumnIndex()).formatAsString(false);
    Map<String, String> before = describe(a, styleA);
    Map<String, String> after = describe(b, styleB);
    Set<String> keys = new LinkedHashSet<>(before.keySet());
    keys.addAll(after.keySet());
    keys.forEach(key -> SheetFeatures.same(where, key, before.get(key), after.get(key), out));
  }

  /** Value, formula and style of a cell; a missing cell is a blank one in the default style. */
  private static Map<String, String> describe(Cell c, StyleDescription styles) {
    Map<String, String> d = new LinkedHashMap<>();
    CellType type = c == null ? CellType.BLANK : c.getCellType();
    boolean formula = type == CellType.FORMULA;
    d.put("value", value(c, formula ? c.getCachedFormulaResultType() : type));
    d.put("formula", formula ? "=" + formula(c) : "none");
    d.putAll(c == null ? styles.ofDefault() : styles.of(c.getCellStyle()));
    return d;
  }

  private static String formula(Cell c) {
    try {
      return c.getCellFormula();
    } catch (RuntimeException e) {
      return "<unreadable formula: " + e.getMessage() + ">";
    }
  }

  /**
   * The value as typed: 'text' in quotes, a number, TRUE or FALSE, an error like #N/A, or blank.
   */
  private static String value(Cell c, CellType type) {
    return switch (type) {
      case STRING -> "'" + c.getRichStringCellValue().getString() + "'";
      case NUMERIC -> Double.toString(c.getNumericCellValue());
      case BOOLEAN -> c.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR -> errorText(c.getErrorCellValue());
      default -> "blank";
    };
  }

  private static String errorText(byte code) {
    return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "error " + code;
  }
}
