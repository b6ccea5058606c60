package uk.scorecard.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The cells of one sheet that hold something, by row then column, with its merged ranges. */
final class Grid {

  /** A merged range, zero-based and inclusive. */
  record Merge(int firstRow, int firstCol, int lastRow, int lastCol) {}

  private final String sheet;
  private final NavigableMap<Integer, NavigableMap<Integer, RawCell>> rows = new TreeMap<>();
  private final List<Merge> merges = new ArrayList<>();
  private int cells;

  Grid(String sheet) {
    this.sheet = sheet;
  }

  void addMerge(Merge m) {
    merges.add(m);
  }

  String sheet() {
    return sheet;
  }

  void put(RawCell c) {
    if (c.isEmpty()) {
      return;
    }
    rows.computeIfAbsent(c.row(), r -> new TreeMap<>()).put(c.col(), c);
    cells++;
  }

  /** The cell at a position, or null when it holds nothing. */
  @Nullable RawCell get(int row, int col) {
    NavigableMap<Integer, RawCell> r = rows.get(row);
    return r == null ? null : r.get(col);
  }

  /** The non-empty cells of a row, left to right. */
  Collection<RawCell> row(int row) {
    NavigableMap<Integer, RawCell> r = rows.get(row);
    return r == null ? List.of() : r.values();
  }

  /** The indices of rows that hold something, top to bottom. */
  Collection<Integer> rowIndices() {
    return rows.keySet();
  }

  List<Merge> merges() {
    return merges;
  }

  int cellCount() {
    return cells;
  }
}
