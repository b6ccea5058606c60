package uk.scorecard.read.grid;

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
 * The cells of one sheet that hold something, by row then column, with its merged ranges and the
 * indent levels of the indented cells among them.
 *
 * <p>Cells are kept in parallel arrays ({@link CellArrays}), about 25 bytes a cell with their order
 * (a number as its unscaled digits and scale; text and formats as references to strings shared
 * between cells), and a {@link RawCell} is made only when one is asked for. As one object per cell
 * in a map of maps, a cell cost about 150 bytes, and a sheet of a million cells held 150 MB while
 * it was read.
 */
public final class Grid {

  /** A merged range, zero-based and inclusive. */
  public record Merge(int firstRow, int firstCol, int lastRow, int lastCol) {}

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
  private final CellArrays cells = new CellArrays();

  /** Positions of the cells in row and column order, the last of any two at one place only. */
  private int @Nullable [] order;

  private int @Nullable [] rowStarts;
  private int @Nullable [] rowNumbers;
  private final Map<Long, Integer> indents = new HashMap<>();

  /** An empty grid for the sheet of this name. */
  public Grid(String sheet) {
    this.sheet = sheet;
    formats.add(null);
  }

  /** Notes a merged range. */
  public void addMerge(Merge m) {
    merges.add(m);
  }

  /** Notes that a cell's style indents it; only indented cells are noted. */
  public void indent(int row, int col, int level) {
    if (level > 0) {
      indents.put(((long) row << 20) | col, level);
    }
  }

  /** The indent level of a cell's style, 0 when it is not indented. */
  public int indentOf(int row, int col) {
    return indents.getOrDefault(((long) row << 20) | col, 0);
  }

  /** The sheet's name. */
  public String sheet() {
    return sheet;
  }

  /** Adds a cell; an empty one is not kept. A later cell at the same place replaces it. */
  public void put(RawCell c) {
    if (c.isEmpty()) {
      return;
    }
    int i = append(c.row(), c.col(), c.kind(), c.format(), c.formula());
    BigDecimal n = c.number();
    if (n != null && n.scale() == (byte) n.scale() && n.unscaledValue().bitLength() < 64) {
      cells.setValue(i, n.unscaledValue().longValue(), (byte) n.scale());
    } else {
      cells.setMeta(i, cells.meta(i) | OBJECT);
      cells.setValue(i, objects.size(), (byte) 0);
      objects.add(n != null ? n : c.text());
    }
  }

  /**
   * Adds a text cell whose text comes later ({@link #resolve}), so a sheet's shared-string cells
   * keep their place in the order the cells came.
   */
  public int putPending(int row, int col, @Nullable String format, boolean formula) {
    int i = append(row, col, RawCell.Kind.TEXT, format, formula);
    cells.setMeta(i, cells.meta(i) | OBJECT);
    cells.setValue(i, objects.size(), (byte) 0);
    objects.add("");
    return i;
  }

  /**
   * Gives a pending cell its text (null reads as empty); blank text leaves the cell out unless a
   * formula gave it, as {@link #put} would.
   */
  public void resolve(int cell, @Nullable String text) {
    int m = cells.meta(cell);
    if ((text == null || text.isBlank()) && (m & FORMULA) == 0) {
      cells.setMeta(cell, (m & ~7) | RawCell.Kind.BLANK.ordinal());
    } else {
      objects.set((int) cells.value(cell), text == null ? "" : text);
    }
    order = null;
  }

  /** Adds a number cell from its unscaled digits and scale, without a BigDecimal. */
  public void putNumber(
      int row,
      int col,
      RawCell.Kind kind,
      long unscaled,
      byte scale,
      @Nullable String format,
      boolean formula) {
    cells.setValue(append(row, col, kind, format, formula), unscaled, scale);
  }

  private int append(
      int row, int col, RawCell.Kind kind, @Nullable String format, boolean formula) {
    int f =
        format == null
            ? 0
            : formatIndex.computeIfAbsent(
                format,
                k -> {
                  formats.add(k);
                  return formats.size() - 1;
                });
    order = null;
    return cells.add(row, col, kind.ordinal() | (formula ? FORMULA : 0) | (f << FORMAT_SHIFT));
  }

  /** The cell at a position, or null when it holds nothing. */
  public @Nullable RawCell get(int row, int col) {
    index();
    int r = Arrays.binarySearch(rowNumbers, row);
    if (r < 0) {
      return null;
    }
    int lo = rowStarts[r];
    int hi = rowStarts[r + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = cells.col(order[mid]);
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
  public Collection<RawCell> row(int row) {
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
  public Collection<Integer> rowIndices() {
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

  /** The sheet's merged ranges, in the order they were noted. */
  public List<Merge> merges() {
    return merges;
  }

  int cellCount() {
    index();
    return order.length;
  }

  private RawCell cell(int i) {
    int m = cells.meta(i);
    RawCell.Kind kind = KINDS[m & 7];
    String format = formats.get(m >>> FORMAT_SHIFT);
    boolean formula = (m & FORMULA) != 0;
    int row = cells.row(i);
    int col = cells.col(i);
    if ((m & OBJECT) != 0) {
      Object o = objects.get((int) cells.value(i));
      return o instanceof BigDecimal n
          ? new RawCell(row, col, kind, null, n, format, formula)
          : new RawCell(row, col, kind, (String) o, null, format, formula);
    }
    return new RawCell(
        row, col, kind, null, BigDecimal.valueOf(cells.value(i), cells.scale(i)), format, formula);
  }

  /** Orders the cells by row and column once they have all been added. */
  private void index() {
    if (order != null) {
      return;
    }
    int[] sorted = GridOrder.sort(cells, i -> (cells.meta(i) & 7) == RawCell.Kind.BLANK.ordinal());
    int[] starts = new int[sorted.length + 1];
    int[] numbers = new int[sorted.length];
    int distinct = 0;
    for (int k = 0; k < sorted.length; k++) {
      int r = cells.row(sorted[k]);
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
