package uk.scorecard.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import uk.scorecard.model.Column;
import uk.scorecard.model.Layout.PeriodColumn;
import uk.scorecard.read.grid.Grid;
import uk.scorecard.read.grid.RawCell;

/**
 * Settles which column holds the ids and which the titles when a header says only "Indicator":
 * beside a Title column it is the id; beside a Ref column the title; alone, the figures below
 * decide. A column of codes such as {@code FD 7} next to an unheaded column of sentences is id then
 * title.
 */
final class ColumnRoles {

  /** Rows looked at below the header to judge what a column holds. */
  private static final int SAMPLE = 30;

  private static final Pattern CODE = Pattern.compile("(?=.*\\d)\\S{1,8}(\\s\\S{1,6}){0,2}");

  private ColumnRoles() {}

  /** The recognised columns of a header, with its "Indicator" column given its role. */
  static Map<Column, Integer> settle(Grid grid, HeaderRow.Found h) {
    Map<Column, Integer> cols = new EnumMap<>(Column.class);
    cols.putAll(h.columns());
    int ind = h.indicatorCol();
    boolean id = cols.containsKey(Column.ID);
    boolean title = cols.containsKey(Column.TITLE);
    if (ind < 0 || (id && title)) {
      return cols;
    }
    if (id || title) {
      cols.put(id ? Column.TITLE : Column.ID, ind);
      return cols;
    }
    if (codes(sample(grid, h.row(), ind))) {
      cols.put(Column.ID, ind);
      if (free(h, ind + 1) && sentences(sample(grid, h.row(), ind + 1))) {
        cols.put(Column.TITLE, ind + 1);
      }
    } else {
      cols.put(Column.TITLE, ind);
      if (ind > 0 && free(h, ind - 1) && codes(sample(grid, h.row(), ind - 1))) {
        cols.put(Column.ID, ind - 1);
      }
    }
    return cols;
  }

  /** True when no recognised column or period sits at this column. */
  private static boolean free(HeaderRow.Found h, int col) {
    return !h.columns().containsValue(col)
        && h.periods().stream().mapToInt(PeriodColumn::col).noneMatch(c -> c == col);
  }

  private static List<RawCell> sample(Grid grid, int headerRow, int col) {
    List<RawCell> out = new ArrayList<>();
    for (int r = headerRow + 1; r <= headerRow + SAMPLE; r++) {
      RawCell c = grid.get(r, col);
      if (c != null && !c.isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  /** True for a cell that reads as an indicator id: a short code with a digit, or a number. */
  static boolean isCode(RawCell c) {
    return c.kind() == RawCell.Kind.NUMBER || CODE.matcher(c.display()).matches();
  }

  /** Most values are short codes with a digit ({@code FD 7}, {@code NI 65a}) or plain numbers. */
  static boolean codes(List<RawCell> cells) {
    long n =
        cells.stream()
            .filter(c -> c.kind() == RawCell.Kind.NUMBER || CODE.matcher(c.display()).matches())
            .count();
    return !cells.isEmpty() && n * 2 >= cells.size();
  }

  /** Most values are sentences of three words or more. */
  private static boolean sentences(List<RawCell> cells) {
    long n = cells.stream().filter(c -> c.display().split("\\s+").length >= 3).count();
    return !cells.isEmpty() && n * 2 >= cells.size();
  }
}
