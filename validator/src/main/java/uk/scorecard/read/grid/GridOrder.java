package uk.scorecard.read.grid;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The order of a {@link Grid}'s cells by row then column, as an array of their positions, without
 * an object per cell: cells nearly always arrive in this order, so the usual cost is one pass;
 * otherwise a stable merge sort of the positions. Of two cells at one place the later is kept, as a
 * map would keep it; cells marked skipped are left out.
 */
final class GridOrder {

  private GridOrder() {}

  /** The cells' positions, ordered, with repeats and skipped cells left out. */
  static int[] sort(CellArrays cells, IntPredicate skipped) {
    int size = cells.size();
    int[] idx = new int[size];
    int n = 0;
    boolean ordered = true;
    for (int i = 0; i < size; i++) {
      if (skipped.test(i)) {
        continue;
      }
      if (n > 0 && compare(cells, idx[n - 1], i) >= 0) {
        ordered = false;
      }
      idx[n++] = i;
    }
    if (!ordered) {
      int[] tmp = new int[n];
      mergeSort(cells, idx, tmp, 0, n);
      n = lastOfEach(cells, idx, n);
    }
    return n == size ? idx : Arrays.copyOf(idx, n);
  }

  private static int compare(CellArrays cells, int a, int b) {
    int c = Integer.compare(cells.row(a), cells.row(b));
    return c != 0 ? c : Integer.compare(cells.col(a), cells.col(b));
  }

  /** Sorts idx[from, to) by place, keeping the order of positions at one place (stable). */
  private static void mergeSort(CellArrays cells, int[] idx, int[] tmp, int from, int to) {
    if (to - from < 2) {
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(cells, idx, tmp, from, mid);
    mergeSort(cells, idx, tmp, mid, to);
    if (compare(cells, idx[mid - 1], idx[mid]) <= 0) {
      return; // already in order: the common case for runs of cells
    }
    System.arraycopy(idx, from, tmp, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && compare(cells, tmp[i], tmp[j]) <= 0)) {
        idx[k] = tmp[i++];
      } else {
        idx[k] = tmp[j++];
      }
    }
  }

  /** Keeps the last position of each run at one place; returns how many are kept. */
  private static int lastOfEach(CellArrays cells, int[] idx, int n) {
    int kept = 0;
    for (int k = 0; k < n; k++) {
      if (k + 1 < n && compare(cells, idx[k], idx[k + 1]) == 0) {
        continue; // a later cell at the same place follows (the sort is stable)
      }
      idx[kept++] = idx[k];
    }
    return kept;
  }
}
