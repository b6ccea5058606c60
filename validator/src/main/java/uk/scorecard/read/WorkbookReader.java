package uk.scorecard.read;

import java.util.ArrayList;
import java.util.List;
import uk.scorecard.model.Finding;
import uk.scorecard.model.IndicatorTable;
import uk.scorecard.model.ReadWorkbook;
import uk.scorecard.model.Severity;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.read.container.Limits;
import uk.scorecard.read.container.PackageGuard;
import uk.scorecard.read.container.Refusals;
import uk.scorecard.read.container.Sniffer;
import uk.scorecard.read.grid.Grid;
import uk.scorecard.read.grid.Sheets;
import uk.scorecard.read.xls.XlsSource;
import uk.scorecard.read.xlsx.XlsxSource;
import uk.scorecard.rules.Rules;

/** Reads a workbook's indicator tables, whatever the container, or refuses it with a reason. */
public final class WorkbookReader {

  /** The code of the finding made when a workbook holds no indicator table. */
  public static final String NO_TABLE = ReadCodes.NO_TABLE;

  private WorkbookReader() {}

  /** Every indicator table in the workbook, or a one-line refusal. */
  public static ReadWorkbook read(byte[] bytes, Rules rules) throws WorkbookRefusedException {
    Sheets sheets = sheets(bytes);
    List<Finding> findings = new ArrayList<>();
    TableFinder finder = new TableFinder(sheets.date1904(), rules, sheetRules(sheets, findings));
    List<TableFinder.ReadTable> read = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Grid g : sheets.grids()) {
      names.add(g.sheet());
      read.addAll(finder.find(g, findings));
    }
    List<IndicatorTable> tables = Polarities.settle(read, findings);
    if (tables.isEmpty()) {
      findings.add(
          Finding.workbook(
              Severity.INFO,
              NO_TABLE,
              "No indicator table found: no sheet has a header row naming an indicator (Ref or"
                  + " Indicator) and at least one period (a month, quarter or year)."
                  + NearMiss.describe(sheets)));
    }
    return new ReadWorkbook(sheets.format(), names, tables, findings, sheets.saved());
  }

  /** Our Rules sheet from an earlier rate --live, read back for the officer's edits on it. */
  private static SheetRules sheetRules(Sheets sheets, List<Finding> findings) {
    for (Grid g : sheets.grids()) {
      if (g.sheet().equals(sheets.rulesSheet())) {
        return RulesSheetReader.read(g, findings);
      }
    }
    return SheetRules.NONE;
  }

  private static Sheets sheets(byte[] bytes) throws WorkbookRefusedException {
    Limits limits = new Limits();
    try {
      Sniffer.Kind kind = Sniffer.sniff(bytes);
      PackageGuard.checkSize(bytes, kind);
      return switch (kind) {
        case OOXML -> XlsxSource.read(bytes, limits, WorkbookReader::hasHeader);
        case OLE2 -> XlsSource.read(bytes, limits);
      };
    } catch (RuntimeException e) {
      // POI meets damaged files with many kinds of runtime failure; each is a refusal, not a crash.
      throw Refusals.of(e);
    }
  }

  /** Whether some row of a sheet's first rows is an indicator header: then it is read in full. */
  private static boolean hasHeader(Grid grid, boolean date1904) {
    MergeIndex merges = new MergeIndex(grid.merges());
    for (int r : grid.rowIndices()) {
      if (HeaderRow.read(grid, merges, r, date1904) != null) {
        return true;
      }
    }
    return false;
  }
}
