package uk.scorecard.read;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The cells of one sheet that hold something, by row then column, with its merged ranges.
 *
 * <p>Cells are kept in parallel arrays, about 21 bytes a cell (a number as its unscaled digits
 * and scale; text and formats as references to strings shared between cells), and a
 * {@link RawCell} is made only when one is asked for. As one object per cell in a map of maps, a
 * cell cost about 150 bytes, and a sheet of a million cells held 150 MB while it was read.
 */
final class Grid {

  /** A merged range, zero-based and inclusive. */
  record Merge(int firstRow, int firstCol, int lastRow, int lastCol) {}

  private static final RawCell.Kind[] KINDS = RawCell.Kind.values();
  // meta: kind in bits 0-2, formula 3, value held in objects 4, then the format's index.
  private static final int FORMULA = 1 << 3;
  private static final int OBJECT = 1 << 4;
  private static final int FORMAT_SHIFT = 5;

  private final String sheet;
  private final List<Merge> merges = new ArrayList<>();
  private final List<@Nullable String> formats = new ArrayList<>();
  private final Map<String, Integer> formatIndex = new HashMap<>();
  private final List<Object> objects = new ArrayList<>();
  private int[] rows = new int[64];
  private int[] cols = new int[64];
  private int[] meta = new int[64];
  private long[] values = new long[64];
  private byte[] scales = new byte[64];
  private int size;
  /** Positions of the cells in row and column order, the last of any two at one place only. */
  private int @Nullable [] order;
  private int @Nullable [] rowStarts;
  private int @Nullable [] rowNumbers;

  Grid(String sheet) {
    this.sheet = sheet;
    formats.add(null);
  }

  void addMerge(Merge m) {
    merges.add(m);
  }

  String sheet() {
    return sheet;
  }

  /** Adds a cell; an empty one is not kept. A later cell at the same place replaces it. */
  void put(RawCell c) {
    if (c.isEmpty()) {
      return;
    }
    int i = append(c.row(), c.col(), c.kind(), c.format(), c.formula());
    BigDecimal n = c.number();
    if (n != null && n.scale() == (byte) n.scale() && n.unscaledValue().bitLength() < 64) {
      values[i] = n.unscaledValue().longValue();
      scales[i] = (byte) n.scale();
    } else {
      meta[i] |= OBJECT;
      values[i] = objects.size();
      objects.add(n != null ? n : c.text());
    }
  }

  /**
   * Adds a text cell whose text comes later ({@link #resolve}), so a sheet's shared-string cells
   * keep their place in the order the cells came.
   */
  int putPending(int row, int col, @Nullable String format, boolean formula) {
    int i = append(row, col, RawCell.Kind.TEXT, format, formula);
    meta[i] |= OBJECT;
    values[i] = objects.size();
    objects.add("");
    return i;
  }

  /**
   * Gives a pending cell its text (null reads as empty); blank text leaves the cell out unless a
   * formula gave it, as {@link #put} would.
   */
  void resolve(int cell, @Nullable String text) {
    if ((text == null || text.isBlank()) && (meta[cell] & FORMULA) == 0) {
      meta[cell] = (meta[cell] & ~7) | RawCell.Kind.BLANK.ordinal();
    } else {
      objects.set((int) values[cell], text == null ? "" : text);
    }
    order = null;
  }

  /** Adds a number cell from its unscaled digits and scale, without a BigDecimal. */
  void putNumber(int row, int col, RawCell.Kind kind, long unscaled, byte scale,
      @Nullable String format, boolean formula) {
    int i = append(row, col, kind, format, formula);
    values[i] = unscaled;
    scales[i] = scale;
  }

  private int append(int row, int col, RawCell.Kind kind, @Nullable String format,
      boolean formula) {
    if (size == rows.length) {
      int n = size + (size >> 1);
      rows = Arrays.copyOf(rows, n);
      cols = Arrays.copyOf(cols, n);
      meta = Arrays.copyOf(meta, n);
      values = Arrays.copyOf(values, n);
      scales = Arrays.copyOf(scales, n);
    }
    int f = format == null ? 0 : formatIndex.computeIfAbsent(format, k -> {
      formats.add(k);
      return formats.size() - 1;
    });
    rows[size] = row;
    cols[size] = col;
    meta[size] = kind.ordinal() | (formula ? FORMULA : 0) | (f << FORMAT_SHIFT);
    order = null;
    return size++;
  }

  /** The cell at a position, or null when it holds nothing. */
  @Nullable RawCell get(int row, int col) {
    index();
    int r = Arrays.binarySearch(rowNumbers, row);
    if (r < 0) {
      return null;
    }
    int lo = rowStarts[r];
    int hi = rowStarts[r + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = cols[order[mid]];
      if (c == col) {
        return cell(order[mid]);
      }
      if (c < col) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return null;
  }

  /** The non-empty cells of a row, left to right. */
  Collection<RawCell> row(int row) {
    index();
    int r = Arrays.binarySearch(rowNumbers, row);
    if (r < 0) {
      return List.of();
    }
    int from = rowStarts[r];
    int to = rowStarts[r + 1];
    return new AbstractList<>() {
      @Override
      public RawCell get(int i) {
        return cell(order[from + i]);
      }

      @Override
      public int size() {
        return to - from;
      }
    };
  }

  /** The indices of rows that hold something, top to bottom. */
  Collection<Integer> rowIndices() {
    index();
    int[] numbers = rowNumbers;
    return new AbstractList<>() {
      @Override
      public Integer get(int i) {
        return numbers[i];
      }

      @Override
      public int size() {
        return numbers.length;
      }
    };
  }

  List<Merge> merges() {
    return merges;
  }

  int cellCount() {
    index();
    return order.length;
  }

  private RawCell cell(int i) {
    int m = meta[i];
    RawCell.Kind kind = KINDS[m & 7];
    String format = formats.get(m >>> FORMAT_SHIFT);
    boolean formula = (m & FORMULA) != 0;
    if ((m & OBJECT) != 0) {
      Object o = objects.get((int) values[i]);
      return o instanceof BigDecimal n
          ? new RawCell(rows[i], cols[i], kind, null, n, format, formula)
          : new RawCell(rows[i], cols[i], kind, (String) o, null, format, formula);
    }
    return new RawCell(rows[i], cols[i], kind, null, BigDecimal.valueOf(values[i], scales[i]),
        format, formula);
  }

  /** Orders the cells by row and column once they have all been added. */
  private void index() {
    if (order != null) {
      return;
    }
    boolean[] skipped = new boolean[size];
    for (int i = 0; i < size; i++) {
      skipped[i] = KINDS[meta[i] & 7] == RawCell.Kind.BLANK;
    }
    int[] sorted = GridOrder.sort(rows, cols, skipped, size);
    int[] starts = new int[sorted.length + 1];
    int[] numbers = new int[sorted.length];
    int distinct = 0;
    for (int k = 0; k < sorted.length; k++) {
      int r = rows[sorted[k]];
      if (distinct == 0 || numbers[distinct - 1] != r) {
        numbers[distinct] = r;
        starts[distinct++] = k;
      }
    }
    starts[distinct] = sorted.length;
    rowNumbers = Arrays.copyOf(numbers, distinct);
    rowStarts = Arrays.copyOf(starts, distinct + 1);
    order = sorted;
  }
}
