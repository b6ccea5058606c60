package uk.scorecard.read.grid;

import java.util.Arrays;

/**
 * A {@link Grid}'s cells as parallel arrays (row, column, kind and format, value, scale; 21 bytes a
 * cell) in chunks of {@value #CHUNK}, so a growing sheet never copies what it holds: grown as one
 * array, a million cells needed room for two and a half million while the last copy was made. The
 * first chunk starts small and doubles, so a sheet of a few cells costs a few hundred bytes.
 */
final class CellArrays {

  private static final int BITS = 12;

  /** Cells in a chunk. */
  static final int CHUNK = 1 << BITS;

  private static final int MASK = CHUNK - 1;
  private static final int FIRST = 16;

  private int[][] rows = {new int[FIRST]};
  private int[][] cols = {new int[FIRST]};
  private int[][] meta = {new int[FIRST]};
  private long[][] values = {new long[FIRST]};
  private byte[][] scales = {new byte[FIRST]};
  private int size;

  /** How many cells have been added. */
  int size() {
    return size;
  }

  /** Adds a cell with its place and meta (value and scale zero); returns its position. */
  int add(int row, int col, int metaBits) {
    int c = size >>> BITS;
    int i = size & MASK;
    if (c == rows.length) {
      int n = c * 2;
      rows = Arrays.copyOf(rows, n);
      cols = Arrays.copyOf(cols, n);
      meta = Arrays.copyOf(meta, n);
      values = Arrays.copyOf(values, n);
      scales = Arrays.copyOf(scales, n);
    }
    if (rows[c] == null) {
      rows[c] = new int[CHUNK];
      cols[c] = new int[CHUNK];
      meta[c] = new int[CHUNK];
      values[c] = new long[CHUNK];
      scales[c] = new byte[CHUNK];
    } else if (i == rows[c].length) {
      // Only the first chunk grows: it starts small for the many sheets of a few cells.
      int n = Math.min(i * 2, CHUNK);
      rows[c] = Arrays.copyOf(rows[c], n);
      cols[c] = Arrays.copyOf(cols[c], n);
      meta[c] = Arrays.copyOf(meta[c], n);
      values[c] = Arrays.copyOf(values[c], n);
      scales[c] = Arrays.copyOf(scales[c], n);
    }
    rows[c][i] = row;
    cols[c][i] = col;
    meta[c][i] = metaBits;
    return size++;
  }

  int row(int p) {
    return rows[p >>> BITS][p & MASK];
  }

  int col(int p) {
    return cols[p >>> BITS][p & MASK];
  }

  int meta(int p) {
    return meta[p >>> BITS][p & MASK];
  }

  void setMeta(int p, int bits) {
    meta[p >>> BITS][p & MASK] = bits;
  }

  long value(int p) {
    return values[p >>> BITS][p & MASK];
  }

  byte scale(int p) {
    return scales[p >>> BITS][p & MASK];
  }

  /** Sets a cell's value: a number's unscaled digits and scale, or an index and zero. */
  void setValue(int p, long value, byte scale) {
    values[p >>> BITS][p & MASK] = value;
    scales[p >>> BITS][p & MASK] = scale;
  }
}
