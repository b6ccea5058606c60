package uk.scorecard.read;

import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import uk.scorecard.read.grid.Grid;
import uk.scorecard.read.grid.RawCell;

/**
 * The cells that make up one candidate header row, column by column: the row's own cells (with a
 * label merged down from above counted as its own), and the group row just above, whose labels
 * ("2018/19" merged over four quarters) qualify the row's own ("Q1").
 */
final class HeaderCells {

  /**
   * One column of the header: its own label and the group label above it (null when none). {@code
   * fromAbove} marks a label standing alone in the row above over an empty cell, which may name a
   * column ("Ref") but never a period: a title such as "July 2019" often sits there.
   */
  record Slot(int col, RawCell own, RawCell group, boolean fromAbove) {}

  private HeaderCells() {}

  /**
   * The slots of a row, left to right, or null when the row cannot be a header: a header holds
   * labels (text or dates), never plain numbers, errors or true/false values.
   */
  static @Nullable Map<Integer, Slot> of(Grid grid, MergeIndex merges, int row) {
    Map<Integer, RawCell> own = new TreeMap<>();
    for (RawCell c : grid.row(row)) {
      if (!isLabel(c)) {
        return null;
      }
      own.put(c.col(), c);
    }
    for (Grid.Merge m : merges.onRow(row)) {
      RawCell top = grid.get(m.firstRow(), m.firstCol());
      if (m.firstRow() < row && top != null && isLabel(top)) {
        own.putIfAbsent(m.firstCol(), top);
      }
    }
    if (own.isEmpty()) {
      return null;
    }
    Map<Integer, Slot> slots = new TreeMap<>();
    Map<Integer, RawCell> above = groupRow(grid, merges, row);
    if (above == null) {
      own.forEach((col, c) -> slots.put(col, new Slot(col, c, null, false)));
      return slots;
    }
    for (Map.Entry<Integer, RawCell> e : own.entrySet()) {
      slots.put(
          e.getKey(),
          new Slot(e.getKey(), e.getValue(), groupAt(grid, merges, above, row, e.getKey()), false));
    }
    // A label standing alone above an empty cell ("Ref" over nothing, months below a merged
    // "Performance") heads its column; a label merged across columns only qualifies others.
    for (Map.Entry<Integer, RawCell> e : above.entrySet()) {
      int col = e.getKey();
      Grid.Merge m = merges.at(row - 1, col);
      if (!slots.containsKey(col) && (m == null || m.firstCol() == m.lastCol())) {
        slots.put(col, new Slot(col, e.getValue(), null, true));
      }
    }
    return slots;
  }

  /** True when the row above qualifies this one's labels: a row of labels only. */
  static boolean hasGroupRow(Grid grid, MergeIndex merges, int row) {
    Map<Integer, RawCell> above = groupRow(grid, merges, row);
    return above != null && !above.isEmpty();
  }

  /** The group row's own cells, or null when the row above is not made of labels. */
  private static @Nullable Map<Integer, RawCell> groupRow(Grid grid, MergeIndex merges, int row) {
    Map<Integer, RawCell> above = new TreeMap<>();
    if (row == 0) {
      return null;
    }
    for (RawCell c : grid.row(row - 1)) {
      if (!isLabel(c)) {
        return null;
      }
      Grid.Merge m = merges.at(row - 1, c.col());
      if (m == null || m.lastRow() < row) {
        above.put(c.col(), c);
      }
    }
    return above;
  }

  /** The group label over a column: the cell above it, or the start of a merge spanning it. */
  private static RawCell groupAt(
      Grid grid, MergeIndex merges, Map<Integer, RawCell> above, int row, int col) {
    RawCell direct = above.get(col);
    if (direct != null) {
      return direct;
    }
    Grid.Merge m = merges.at(row - 1, col);
    if (m == null || m.lastRow() >= row) {
      return null;
    }
    RawCell top = grid.get(m.firstRow(), m.firstCol());
    return top != null && isLabel(top) ? top : null;
  }

  /** True for what a header cell may hold: text or a date. */
  static boolean isLabel(RawCell c) {
    return c.kind() == RawCell.Kind.TEXT || c.kind() == RawCell.Kind.DATE;
  }
}
