package uk.scorecard.read.xlsx;

import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;
import java.util.stream.IntStream;

/**
 * Shared-string cells read before their text: each cell's place in the grid and its index into the
 * shared strings, which are read after the sheet (only the ones the kept cells use).
 */
final class PendingStrings {

  private int[] cells = new int[64];
  private int[] indices = new int[64];
  private int count;

  /** Remembers that the grid's cell {@code cell} holds shared string {@code index}. */
  void add(int cell, int index) {
    if (count == cells.length) {
      cells = Arrays.copyOf(cells, count * 2);
      indices = Arrays.copyOf(indices, count * 2);
    }
    cells[count] = cell;
    indices[count++] = index;
  }

  /** The distinct shared-string indices the cells refer to. */
  IntStream indices() {
    return Arrays.stream(indices, 0, count).distinct();
  }

  /** Gives each cell its text ({@code strings} of its index; null for an unreadable index). */
  void resolve(IntFunction<String> strings, ObjIntConsumer<String> put) {
    for (int i = 0; i < count; i++) {
      int index = indices[i];
      put.accept(index < 0 ? null : strings.apply(index), cells[i]);
    }
    count = 0;
  }
}
