package uk.scorecard.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.scorecard.read.grid.Grid;

/**
 * Finds the merged range a cell lies in. Header reading asks this for every candidate row, so
 * merges are indexed by the rows they cover; the rare tall merge is kept aside and scanned.
 */
final class MergeIndex {

  /** Merges taller than this are scanned rather than indexed row by row. */
  private static final int TALL = 64;

  private final Map<Integer, List<Grid.Merge>> byRow = new HashMap<>();
  private final List<Grid.Merge> tall = new ArrayList<>();

  MergeIndex(List<Grid.Merge> merges) {
    for (Grid.Merge m : merges) {
      if (m.lastRow() < m.firstRow() || m.lastCol() < m.firstCol()) {
        continue;
      }
      if (m.lastRow() - m.firstRow() >= TALL) {
        tall.add(m);
      } else {
        for (int r = m.firstRow(); r <= m.lastRow(); r++) {
          byRow.computeIfAbsent(r, k -> new ArrayList<>()).add(m);
        }
      }
    }
  }

  /** The merged range covering a cell, or null when the cell is not merged. */
  Grid.@Nullable Merge at(int row, int col) {
    for (Grid.Merge m : byRow.getOrDefault(row, List.of())) {
      if (covers(m, row, col)) {
        return m;
      }
    }
    for (Grid.Merge m : tall) {
      if (covers(m, row, col)) {
        return m;
      }
    }
    return null;
  }

  /** The merges that cover some cell of a row. */
  List<Grid.Merge> onRow(int row) {
    List<Grid.Merge> out = new ArrayList<>(byRow.getOrDefault(row, List.of()));
    for (Grid.Merge m : tall) {
      if (m.firstRow() <= row && row <= m.lastRow()) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean covers(Grid.Merge m, int row, int col) {
    return m.firstRow() <= row && row <= m.lastRow() && m.firstCol() <= col && col <= m.lastCol();
  }
}
