package uk.scorecard.read.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import uk.scorecard.model.UsedRange;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.read.container.Limits;

/**
 * An in-memory .xlsx built from the used ranges the add-in read through Excel's API (values, number
 * formats, formulas), so the same reader and checks run on it as on an uploaded file. Only what the
 * ranges carry is there: no notes, merged cells or styles beyond the number formats.
 */
public final class ValuesWorkbook {
  private ValuesWorkbook() {}

  /**
   * The workbook's bytes; {@link IllegalArgumentException} with a one-line reason when the ranges
   * do not describe a workbook, a refusal when they pass the limits an uploaded file has.
   */
  public static byte[] xlsx(List<UsedRange> sheets) throws WorkbookRefusedException {
    if (sheets.isEmpty()) {
      throw new IllegalArgumentException("there are no sheets");
    }
    if (sheets.size() > Limits.MAX_SHEETS) {
      throw tooLarge("more than " + Limits.MAX_SHEETS + " sheets");
    }
    long all = 0; // counted before any is built, so an oversized body costs no work
    for (UsedRange used : sheets) {
      for (List<@Nullable Object> row :
          used.values() == null ? List.<List<@Nullable Object>>of() : used.values()) {
        all += row == null ? 0 : row.size();
      }
    }
    if (all > Limits.MAX_CELLS) {
      throw tooLarge("more than " + Limits.MAX_CELLS + " cells");
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Map<String, CellStyle> styles = new HashMap<>();
      long cells = 0;
      for (UsedRange used : sheets) {
        String name = used.name() == null ? "" : used.name();
        try {
          WorkbookUtil.validateSheetName(name);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("a sheet name is not one Excel allows");
        }
        if (wb.getSheet(name) != null) {
          throw new IllegalArgumentException("two sheets have the same name");
        }
        wb.createSheet(name);
      }
      for (UsedRange used : sheets) {
        cells = fill(wb, wb.getSheet(used.name()), used, styles, cells);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("could not build the workbook in memory", e);
    }
  }

  private static long fill(
      XSSFWorkbook wb, XSSFSheet sheet, UsedRange used, Map<String, CellStyle> styles, long cells)
      throws WorkbookRefusedException {
    CellReference corner = corner(used.address());
    List<List<@Nullable Object>> values = used.values();
    if (values == null) {
      throw new IllegalArgumentException("a sheet has no values");
    }
    for (int r = 0; r < values.size(); r++) {
      List<@Nullable Object> row = values.get(r);
      if (row == null) {
        throw new IllegalArgumentException("a row of values is missing");
      }
      int rowIndex = corner.getRow() + r;
      if (rowIndex > 1_048_575 || corner.getCol() + row.size() > 16_384) {
        throw new IllegalArgumentException("a range goes beyond the last row or column");
      }
      XSSFRow xrow = null;
      for (int c = 0; c < row.size(); c++) {
        if ((++cells & 1023) == 0 && Thread.currentThread().isInterrupted()) {
          throw WorkbookRefusedException.stopped(null);
        }
        Object value = row.get(c);
        String formula = at(used.formulas(), r, c);
        String format = at(used.numberFormat(), r, c);
        boolean blank = value == null || "".equals(value);
        if (blank && formula == null) {
          continue;
        }
        if (xrow == null) {
          xrow = sheet.createRow(rowIndex);
        }
        XSSFCell cell = xrow.createCell(corner.getCol() + c);
        if (format != null && !format.equals("General") && !format.isEmpty()) {
          cell.setCellStyle(styles.computeIfAbsent(format, f -> style(wb, f)));
        }
        if (formula != null && formula.startsWith("=") && formula.length() > 1) {
          if (formula.length() > Limits.MAX_FORMULA) {
            throw tooLarge("a formula longer than " + Limits.MAX_FORMULA + " characters");
          }
          formula(cell.getCTCell(), formula.substring(1), value);
        } else {
          value(cell, value);
        }
      }
    }
    return cells;
  }

  /** A cell as Excel held it: a number, true/false, an error, or text. */
  private static void value(XSSFCell cell, @Nullable Object value) {
    if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (value instanceof Boolean b) {
      cell.setCellValue(b);
    } else if (value instanceof String s && error(s) != null) {
      cell.setCellErrorValue(error(s));
    } else if (value instanceof String s) {
      cell.setCellValue(text(s));
    } else if (value != null) {
      throw new IllegalArgumentException("a cell's value is not a number, text or true/false");
    }
  }

  /**
   * A formula cell with the result Excel last calculated, written as Excel writes it, without
   * parsing the formula: the reader needs to know a cell is a formula, not to work it out again.
   */
  private static void formula(CTCell ct, String formula, @Nullable Object value) {
    ct.addNewF().setStringValue(formula);
    if (value instanceof Number n) {
      ct.setV(Double.toString(n.doubleValue()));
    } else if (value instanceof Boolean b) {
      ct.setT(STCellType.B);
      ct.setV(b ? "1" : "0");
    } else if (value instanceof String s && error(s) != null) {
      ct.setT(STCellType.E);
      ct.setV(s);
    } else if (value instanceof String s) {
      ct.setT(STCellType.STR);
      ct.setV(text(s));
    }
  }

  private static String text(String s) {
    if (s.length() > Limits.MAX_TEXT) {
      throw new IllegalArgumentException("a cell's text is longer than Excel allows");
    }
    return s;
  }

  private static @Nullable FormulaError error(String s) {
    if (!s.startsWith("#") || s.length() > 16) {
      return null;
    }
    try {
      return FormulaError.forString(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static CellStyle style(XSSFWorkbook wb, String format) {
    CellStyle style = wb.createCellStyle();
    style.setDataFormat(wb.createDataFormat().getFormat(format));
    return style;
  }

  private static @Nullable String at(@Nullable List<List<@Nullable String>> grid, int r, int c) {
    if (grid == null || r >= grid.size() || grid.get(r) == null || c >= grid.get(r).size()) {
      return null;
    }
    return grid.get(r).get(c);
  }

  /** The top-left cell of an address such as {@code 'My sheet'!B2:K40}. */
  private static CellReference corner(String address) {
    String a = address == null ? "" : address.substring(address.lastIndexOf('!') + 1);
    String first = a.split(":", -1)[0].replace("$", "");
    if (!first.matches("[A-Za-z]{1,3}[0-9]{1,7}")) {
      throw new IllegalArgumentException("a range's address is not an A1 reference");
    }
    return new CellReference(first);
  }

  private static WorkbookRefusedException tooLarge(String what) {
    return new WorkbookRefusedException(
        WorkbookRefusedException.Reason.TOO_LARGE,
        "the workbook has " + what + " (the same limit as an uploaded file)");
  }
}
