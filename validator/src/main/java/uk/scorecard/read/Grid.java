package uk.scorecard.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The cells of one sheet that hold something, by row then column, with its merged ranges and the
 * indent levels of the indented cells among them.
 */
final class Grid {

  /** A merged range, zero-based and inclusive. */
  record Merge(int firstRow, int firstCol, int lastRow, int lastCol) {}

  private final String sheet;
  private final NavigableMap<Integer, NavigableMap<Integer, RawCell>> rows = new TreeMap<>();
  private final List<Merge> merges = new ArrayList<>();
  private final java.util.Map<Long, Integer> indents = new java.util.HashMap<>();
  private int cells;

  Grid(String sheet) {
    this.sheet = sheet;
  }

  void addMerge(Merge m) {
    merges.add(m);
  }

  /** Notes that a cell's style indents it; only indented cells are noted. */
  void indent(int row, int col, int level) {
    if (level > 0) {
      indents.put(((long) row << 20) | col, level);
    }
  }

  /** The indent level of a cell's style, 0 when it is not indented. */
  int indentOf(int row, int col) {
    return indents.getOrDefault(((long) row << 20) | col, 0);
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
