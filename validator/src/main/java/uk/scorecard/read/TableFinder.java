package uk.scorecard.read;

import java.util.ArrayList;
import java.util.List;
import uk.scorecard.model.Column;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.IndicatorTable;
import uk.scorecard.model.Layout;
import uk.scorecard.rules.Rules;

/**
 * Finds the indicator tables on a sheet: a header row naming an indicator and at least one period,
 * then the indicator rows below it, skipping blank rows, section rows and notes.
 */
final class TableFinder {

  private final boolean date1904;
  private final Rules rules;

  TableFinder(boolean date1904, Rules rules) {
    this.date1904 = date1904;
    this.rules = rules;
  }

  /** Every indicator table on the sheet, top to bottom. */
  List<IndicatorTable> find(Grid grid) {
    List<IndicatorTable> tables = new ArrayList<>();
    Layout layout = null;
    List<IndicatorRow> rows = new ArrayList<>();
    for (int r : grid.rowIndices()) {
      Layout header = HeaderRow.read(grid, r, date1904);
      if (header != null) {
        addTable(tables, layout, rows);
        layout = header;
        rows = new ArrayList<>();
      } else if (layout != null && isIndicatorRow(grid, layout, r)) {
        rows.add(new RowReader(grid, layout, rules).read(r));
      }
    }
    addTable(tables, layout, rows);
    return tables;
  }

  private static void addTable(List<IndicatorTable> tables, Layout layout, List<IndicatorRow> rows) {
    if (layout != null && !rows.isEmpty()) {
      tables.add(new IndicatorTable(layout, rows));
    }
  }

  /** An indicator row names an indicator and is not a section label standing alone. */
  private static boolean isIndicatorRow(Grid grid, Layout layout, int r) {
    boolean named = layout.col(Column.ID).stream().anyMatch(c -> grid.get(r, c) != null)
        || layout.col(Column.TITLE).stream().anyMatch(c -> grid.get(r, c) != null);
    if (!named) {
      return false;
    }
    long filled = grid.row(r).stream().filter(c -> c.col() <= layout.lastHeaderCol()).count();
    return filled > 1;
  }
}
