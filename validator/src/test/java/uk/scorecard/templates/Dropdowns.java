package uk.scorecard.templates;

import java.util.Arrays;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Unit;

/** The Polarity (column C) and Unit (column D) dropdown lists of the Scorecard sheet. */
final class Dropdowns {
  /** Zero-based column of Polarity. */
  static final int POLARITY_COLUMN = 2;

  /** Zero-based column of Unit. */
  static final int UNIT_COLUMN = 3;

  private Dropdowns() {}

  /** Adds both lists over rows {@code firstRow..lastRow} (zero-based, inclusive). */
  static void add(XSSFSheet sheet, int firstRow, int lastRow) {
    String[] polarities =
        Arrays.stream(Polarity.values()).map(Polarity::label).toArray(String[]::new);
    String[] units = Arrays.stream(Unit.values()).map(Unit::label).toArray(String[]::new);
    add(sheet, firstRow, lastRow, POLARITY_COLUMN, polarities, "Polarity");
    add(sheet, firstRow, lastRow, UNIT_COLUMN, units, "Unit");
  }

  private static void add(
      XSSFSheet sheet, int firstRow, int lastRow, int col, String[] list, String name) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation v =
        helper.createValidation(
            helper.createExplicitListConstraint(list),
            new CellRangeAddressList(firstRow, lastRow, col, col));
    v.setEmptyCellAllowed(true);
    v.setShowErrorBox(true);
    v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
    v.createErrorBox(name, "Choose from the list: " + String.join(", ", list) + ".");
    sheet.addValidationData(v);
  }
}
