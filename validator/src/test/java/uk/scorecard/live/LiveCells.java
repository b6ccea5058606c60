package uk.scorecard.live;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * The Change, RAG and Direction of travel cells of a rated workbook's tables, by cell: as saved
 * (cached values), or as POI's FormulaEvaluator computes them afresh.
 */
final class LiveCells {

  static final List<String> HEADERS = List.of("Change", "RAG", "Direction of travel");

  private LiveCells() {}

  /** Each such cell's saved value (a formula's cached result), keyed Sheet!A1. */
  static Map<String, String> saved(byte[] xlsx) {
    return read(xlsx, false, false);
  }

  /** Each such cell that holds a formula, as POI evaluates it afresh. */
  static Map<String, String> poi(byte[] xlsx) {
    return read(xlsx, true, true);
  }

  /** Each such cell that holds a formula, with its cached value. */
  static Map<String, String> formulas(byte[] xlsx) {
    return read(xlsx, true, false);
  }

  /** Each such cell that holds a formula, with the formula's text. */
  static Map<String, String> formulaTexts(byte[] xlsx) {
    Map<String, String> out = new LinkedHashMap<>();
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
      for (String cell : read(xlsx, true, false).keySet()) {
        CellReference ref = new CellReference(cell);
        Cell c = wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
        out.put(cell, c.getCellFormula());
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  private static Map<String, String> read(byte[] xlsx, boolean onlyFormulas, boolean evaluate) {
    Map<String, String> out = new LinkedHashMap<>();
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
      FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
      DataFormatter fmt = new DataFormatter();
      for (Sheet s : wb) {
        Map<Integer, Integer> cols = new LinkedHashMap<>();
        for (Row r : s) {
          if (cols.isEmpty()) {
            for (Cell c : r) {
              if (c.getCellType() == CellType.STRING
                  && HEADERS.contains(c.getStringCellValue().strip())) {
                cols.put(c.getColumnIndex(), r.getRowNum());
              }
            }
            continue;
          }
          for (int col : cols.keySet()) {
            Cell c = r.getCell(col);
            if (c == null || onlyFormulas && c.getCellType() != CellType.FORMULA) {
              continue;
            }
            String key =
                s.getSheetName() + "!" + new CellReference(r.getRowNum(), col).formatAsString();
            String v;
            if (evaluate) {
              var cv = ev.evaluate(c);
              v = cv.getCellType() == CellType.STRING ? cv.getStringValue() : cv.formatAsString();
            } else if (c.getCellType() == CellType.FORMULA) {
              v = c.getCachedFormulaResultType() == CellType.STRING ? c.getStringCellValue() : "?";
            } else {
              v = fmt.formatCellValue(c);
            }
            out.put(key, v.strip());
          }
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  /**
   * The Checks sheet's formula cells (the live counts), keyed A1: their cached values, or as POI
   * evaluates them when {@code evaluate}, as whole numbers.
   */
  static Map<String, String> counts(byte[] xlsx, boolean evaluate) {
    Map<String, String> out = new LinkedHashMap<>();
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
      FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
      Sheet s = wb.getSheet("Checks");
      for (Row r : s) {
        for (Cell c : r) {
          if (c.getCellType() == CellType.FORMULA) {
            double v = evaluate ? ev.evaluate(c).getNumberValue() : c.getNumericCellValue();
            out.put(new CellReference(c).formatAsString(false), Long.toString(Math.round(v)));
          }
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  /** The workbook with every formula's cached value removed, so a reader must compute it. */
  static byte[] withoutCachedValues(byte[] xlsx) throws IOException {
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (Sheet s : wb) {
        for (Row r : s) {
          for (Cell c : r) {
            if (c.getCellType() == CellType.FORMULA) {
              var ct = ((org.apache.poi.xssf.usermodel.XSSFCell) c).getCTCell();
              if (ct.isSetV()) {
                ct.unsetV();
              }
            }
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }
}
