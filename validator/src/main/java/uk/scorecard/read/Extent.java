package uk.scorecard.read;

import java.util.List;
import uk.scorecard.read.grid.Grid;
import uk.scorecard.read.grid.RawCell;

/**
 * How far right a table reaches: its header rows, the merges that touch them or its indicator rows,
 * and its indicator rows' cells. Columns we add go after this, so they never land in the hidden
 * half of a merged heading or over an officer's figures.
 */
final class Extent {

  private Extent() {}

  /** The last column used by the header rows (inclusive) and the indicator rows. */
  static int lastCol(
      Grid grid, MergeIndex merges, int firstHeaderRow, int lastHeaderRow, List<Integer> rows) {
    int last = 0;
    for (int r = Math.max(0, firstHeaderRow); r <= lastHeaderRow; r++) {
      last = Math.max(last, lastOfRow(grid, merges, r));
    }
    for (int r : rows) {
      last = Math.max(last, lastOfRow(grid, merges, r));
    }
    return last;
  }

  private static int lastOfRow(Grid grid, MergeIndex merges, int r) {
    int last = 0;
    for (RawCell c : grid.row(r)) {
      if (!c.isEmpty()) {
        last = Math.max(last, c.col());
      }
    }
    for (Grid.Merge m : merges.onRow(r)) {
      last = Math.max(last, m.lastCol());
    }
    return last;
  }
}
