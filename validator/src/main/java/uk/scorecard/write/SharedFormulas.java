package uk.scorecard.write;

import javax.xml.stream.XMLStreamException;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaRenderer;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.SharedFormula;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Moves a shared formula from its master cell to another cell of its group, as Excel would. */
final class SharedFormulas {

  private SharedFormulas() {}

  /**
   * The formula as it reads at (row, col) when it reads {@code formula} at (fromRow, fromCol).
   * Parsed without the workbook, so a formula naming a defined name cannot be moved: the rewrite
   * fails rather than leave the group without its formula.
   */
  static String move(String formula, int fromRow, int fromCol, int row, int col)
      throws XMLStreamException {
    try (XSSFWorkbook stub = new XSSFWorkbook()) {
      stub.createSheet();
      XSSFEvaluationWorkbook book = XSSFEvaluationWorkbook.create(stub);
      Ptg[] ptgs = FormulaParser.parse(formula, book, FormulaType.CELL, 0, fromRow);
      Ptg[] moved = new SharedFormula(SpreadsheetVersion.EXCEL2007)
          .convertSharedFormulas(ptgs, row - fromRow, col - fromCol);
      return FormulaRenderer.toFormulaString(book, moved);
    } catch (FormulaParseException | java.io.IOException e) {
      throw new XMLStreamException("a shared formula we overwrite could not be moved to the next"
          + " cell of its group (" + e.getMessage() + ")");
    }
  }
}
