package uk.scorecard.read;

import java.util.ArrayList;
import java.util.List;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Layout;
import uk.scorecard.model.Severity;
import uk.scorecard.rules.Rules;

/**
 * Finds the indicator tables on a sheet: a header row naming an indicator and at least one period,
 * then the indicator rows below it, skipping blank rows, section rows, subtotals and notes, until
 * the next header starts the next table.
 */
final class TableFinder {

  /** A table as read, before polarity is settled across the workbook. */
  record ReadTable(Layout layout, List<ReadRow> rows) {}

  private final boolean date1904;
  private final Rules rules;

  TableFinder(boolean date1904, Rules rules) {
    this.date1904 = date1904;
    this.rules = rules;
  }

  /** Every indicator table on the sheet, top to bottom; what cannot be read is said in out. */
  List<ReadTable> find(Grid grid, List<Finding> out) {
    MergeIndex merges = new MergeIndex(grid.merges());
    List<ReadTable> tables = new ArrayList<>();
    Layout layout = null;
    List<ReadRow> rows = new ArrayList<>();
    for (int r : grid.rowIndices()) {
      HeaderRow.Found header = HeaderRow.read(grid, merges, r, date1904);
      if (header != null) {
        addTable(tables, layout, rows);
        layout = new Layout(grid.sheet(), r, ColumnRoles.settle(grid, header), header.periods(),
            header.lastCol());
        rows = new ArrayList<>();
        if (header.besideCol() >= 0) {
          out.add(Finding.at(new CellRef(grid.sheet(), r, header.besideCol()), Severity.INFO,
              ReadCodes.TABLE_BESIDE_TABLE, "A second table starts here, on the same rows as the"
                  + " first: it is not read; move it below the first table or onto its own sheet"
                  + " to have it checked"));
        }
      } else if (layout != null && RowKind.of(grid, layout, r) == RowKind.INDICATOR) {
        rows.add(new RowReader(grid, layout, rules).read(r));
      }
    }
    addTable(tables, layout, rows);
    return tables;
  }

  private static void addTable(List<ReadTable> tables, Layout layout, List<ReadRow> rows) {
    if (layout != null && !rows.isEmpty()) {
      tables.add(new ReadTable(layout, rows));
    }
  }
}
