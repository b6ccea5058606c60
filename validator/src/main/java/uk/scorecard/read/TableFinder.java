package uk.scorecard.read;

import java.util.ArrayList;
import java.util.List;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.CellText;
import uk.scorecard.model.Column;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Layout;
import uk.scorecard.model.Layout.PeriodColumn;
import uk.scorecard.model.Severity;
import uk.scorecard.read.grid.Grid;
import uk.scorecard.read.grid.RawCell;
import uk.scorecard.rules.Rules;

/**
 * Finds the indicator tables on a sheet: a header row naming an indicator and at least one period
 * (with a {@code Number | %} row below it when it has one), then the indicator rows below it,
 * skipping blank rows, section rows, subtotals and notes, until the next header starts the next
 * table. A skipped row that carries an indicator id is listed with the reason, never dropped.
 */
final class TableFinder {

  /** A table as read, before polarity is settled across the workbook. */
  record ReadTable(Layout layout, List<ReadRow> rows) {}

  private record Header(HeaderRow.Found found, List<PeriodColumn> periods, int lastRow) {}

  private final boolean date1904;
  private final Rules rules;
  private final SheetRules sheetRules;
  private final SharedFigures figures = new SharedFigures();

  TableFinder(boolean date1904, Rules rules, SheetRules sheetRules) {
    this.date1904 = date1904;
    this.rules = rules;
    this.sheetRules = sheetRules;
  }

  /** Every indicator table on the sheet, top to bottom; what cannot be read is said in out. */
  List<ReadTable> find(Grid grid, List<Finding> out) {
    MergeIndex merges = new MergeIndex(grid.merges());
    List<Integer> rows = new ArrayList<>(grid.rowIndices());
    List<Header> headers = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      int r = rows.get(i);
      HeaderRow.Found h = HeaderRow.read(grid, merges, r, date1904);
      if (h == null) {
        continue;
      }
      List<PeriodColumn> sub = SubHeader.periods(grid, merges, h);
      headers.add(new Header(h, sub != null ? sub : h.periods(), sub != null ? r + 1 : r));
      starts.add(i);
      if (sub != null && i + 1 < rows.size() && rows.get(i + 1) == r + 1) {
        i++;
      }
      if (h.besideCol() >= 0) {
        out.add(
            Finding.at(
                new CellRef(grid.sheet(), r, h.besideCol()),
                Severity.INFO,
                ReadCodes.TABLE_BESIDE_TABLE,
                "A second table starts here, on the same rows as the"
                    + " first: it is not read; move it below the first table or onto its own sheet"
                    + " to have it checked"));
      }
    }
    List<ReadTable> tables = new ArrayList<>();
    for (int t = 0; t < headers.size(); t++) {
      int end = t + 1 < headers.size() ? headers.get(t + 1).found().row() : Integer.MAX_VALUE;
      ReadTable table = table(grid, merges, headers.get(t), rows, end, out);
      if (table != null) {
        tables.add(table);
      }
    }
    return tables;
  }

  private ReadTable table(
      Grid grid, MergeIndex merges, Header h, List<Integer> rows, int end, List<Finding> out) {
    HeaderRow.Found f = h.found();
    Layout layout =
        new Layout(
            grid.sheet(),
            f.row(),
            ColumnRoles.settle(grid, f),
            h.periods(),
            f.lastCol(),
            f.lastCol());
    List<Integer> indicators = new ArrayList<>();
    for (int r : rows) {
      if (r <= h.lastRow() || r >= end) {
        continue;
      }
      RowKind kind = RowKind.of(grid, layout, r);
      if (kind == RowKind.INDICATOR) {
        indicators.add(r);
      } else {
        notRead(grid, layout, r, kind, out);
      }
    }
    if (indicators.isEmpty()) {
      return null;
    }
    int top = HeaderCells.hasGroupRow(grid, merges, f.row()) ? f.row() - 1 : f.row();
    Layout sized =
        layout.withLastUsedCol(Extent.lastCol(grid, merges, top, h.lastRow(), indicators));
    RowReader reader = new RowReader(grid, sized, rules, figures, sheetRules);
    return new ReadTable(sized, indicators.stream().map(reader::read).toList());
  }

  /** A skipped row that carries an indicator id is listed, with why it was not read. */
  private static void notRead(Grid grid, Layout layout, int r, RowKind kind, List<Finding> out) {
    if (!layout.has(Column.ID)) {
      return;
    }
    RawCell id = grid.get(r, layout.col(Column.ID).getAsInt());
    if (id == null || id.isEmpty() || !ColumnRoles.isCode(id)) {
      return;
    }
    String why =
        switch (kind) {
          case TOTAL -> "it reads as a total row";
          case SECTION -> "the row holds nothing but its id";
          default -> "the row has no figures, target or rating";
        };
    out.add(
        Finding.at(
            new CellRef(layout.sheet(), r, id.col()),
            Severity.WARNING,
            ReadCodes.ROW_NOT_READ,
            CellText.clip(id.display())
                + " is not read as an indicator: "
                + why
                + "; fill in its figures or rules to have it checked"));
  }
}
