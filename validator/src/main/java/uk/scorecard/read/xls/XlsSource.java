package uk.scorecard.read.xls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hpsf.NoPropertySetStreamException;
import org.apache.poi.hpsf.PropertySet;
import org.apache.poi.hpsf.PropertySetFactory;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.ReadWorkbook.Format;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.model.WorkbookRefusedException.Reason;
import uk.scorecard.read.container.Limits;
import uk.scorecard.read.container.Refusals;
import uk.scorecard.read.grid.DateFormats;
import uk.scorecard.read.grid.Grid;
import uk.scorecard.read.grid.Numbers;
import uk.scorecard.read.grid.RawCell;
import uk.scorecard.read.grid.SavedDate;
import uk.scorecard.read.grid.Sheets;

/** Reads a legacy .xls workbook; these are small, so POI's object model is fine here. */
public final class XlsSource {

  private XlsSource() {}

  /** Every worksheet as a grid, or a refusal for OLE2 files that are not .xls workbooks. */
  public static Sheets read(byte[] bytes, Limits limits) throws WorkbookRefusedException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
        throw new WorkbookRefusedException(Reason.ENCRYPTED, Refusals.ENCRYPTED);
      }
      if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
        throw new WorkbookRefusedException(
            Reason.NOT_A_SPREADSHEET, "not a spreadsheet: this is an Office file of another kind");
      }
      LocalDate saved = saved(root);
      try (HSSFWorkbook wb = new HSSFWorkbook(root, false)) {
        limits.checkSheets(wb.getNumberOfSheets());
        List<Grid> grids = new ArrayList<>();
        for (Sheet sheet : wb) {
          grids.add(grid(sheet, limits));
        }
        return new Sheets(
            Format.XLS, wb.getInternalWorkbook().isUsing1904DateWindowing(), grids, saved);
      }
    } catch (IOException | RuntimeException e) {
      throw Refusals.of(e);
    }
  }

  /**
   * The day the summary information says the workbook was last saved, or null. Read from the
   * container before the workbook, which lets go of the container once it is read.
   */
  private static @Nullable LocalDate saved(DirectoryNode root) {
    if (!root.hasEntry(SummaryInformation.DEFAULT_STREAM_NAME)) {
      return null;
    }
    try {
      PropertySet set = PropertySetFactory.create(root, SummaryInformation.DEFAULT_STREAM_NAME);
      return set instanceof SummaryInformation info
          ? SavedDate.of(info.getLastSaveDateTime())
          : null;
    } catch (IOException | NoPropertySetStreamException | RuntimeException e) {
      return null;
    }
  }

  private static Grid grid(Sheet sheet, Limits limits) {
    Grid grid = new Grid(sheet.getSheetName());
    for (Row row : sheet) {
      for (Cell cell : row) {
        limits.countCell();
        RawCell raw = raw(cell);
        limits.addText(raw.text() == null ? 0 : raw.text().length());
        grid.put(raw);
        grid.indent(raw.row(), raw.col(), cell.getCellStyle().getIndention());
      }
    }
    for (CellRangeAddress m : sheet.getMergedRegions()) {
      grid.addMerge(
          new Grid.Merge(m.getFirstRow(), m.getFirstColumn(), m.getLastRow(), m.getLastColumn()));
    }
    return grid;
  }

  private static RawCell raw(Cell c) {
    String fmt = c.getCellStyle().getDataFormatString();
    boolean formula = c.getCellType() == CellType.FORMULA;
    CellType t = formula ? c.getCachedFormulaResultType() : c.getCellType();
    int r = c.getRowIndex();
    int col = c.getColumnIndex();
    return switch (t) {
      // Dates are told by the one date-format reader, as for .xlsx, not by POI's DateUtil.
      case NUMERIC ->
          new RawCell(
              r,
              col,
              DateFormats.isDate(c.getCellStyle().getDataFormat(), fmt)
                  ? RawCell.Kind.DATE
                  : RawCell.Kind.NUMBER,
              null,
              Numbers.of(c.getNumericCellValue()),
              fmt,
              formula);
      case STRING ->
          new RawCell(r, col, RawCell.Kind.TEXT, c.getStringCellValue(), null, fmt, formula);
      case BOOLEAN ->
          new RawCell(
              r,
              col,
              RawCell.Kind.BOOLEAN,
              c.getBooleanCellValue() ? "TRUE" : "FALSE",
              null,
              fmt,
              formula);
      case ERROR ->
          new RawCell(
              r,
              col,
              RawCell.Kind.ERROR,
              FormulaError.forInt(c.getErrorCellValue()).getString(),
              null,
              fmt,
              formula);
      default -> new RawCell(r, col, RawCell.Kind.BLANK, "", null, fmt, formula);
    };
  }
}
