package uk.scorecard.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.Layout.PeriodColumn;
import uk.scorecard.read.grid.Grid;
import uk.scorecard.read.grid.RawCell;

/**
 * A second header row of {@code Number | %} labels under each merged period heading: the percentage
 * is the period's figure and the number its numerator. Without this, the figure would be read from
 * the first column under the merge and columns we add would go over the second.
 */
final class SubHeader {

  private static final Set<String> NUMBER =
      Set.of("number", "no", "no.", "n", "num", "count", "numerator", "number of children");
  private static final Set<String> PERCENT =
      Set.of("%", "percent", "percentage", "per cent", "pct", "rate", "%age", "proportion");

  private SubHeader() {}

  /** The periods re-pointed at their sub-columns, or null when the next row is no sub-header. */
  static @Nullable List<PeriodColumn> periods(Grid grid, MergeIndex merges, HeaderRow.Found h) {
    int row = h.row() + 1;
    for (RawCell c : grid.row(row)) {
      if (c.kind() != RawCell.Kind.TEXT) {
        return null;
      }
    }
    List<PeriodColumn> out = new ArrayList<>();
    boolean any = false;
    for (PeriodColumn pc : h.periods()) {
      Grid.Merge m = merges.at(h.row(), pc.col());
      int first = m == null ? pc.col() : m.firstCol();
      int last = m == null ? pc.col() : m.lastCol();
      int pct = -1;
      int num = -1;
      for (int c = first; c <= last; c++) {
        String label = label(grid.get(row, c));
        if (PERCENT.contains(label) && pct < 0) {
          pct = c;
        } else if (NUMBER.contains(label) && num < 0) {
          num = c;
        }
      }
      if (pct >= 0) {
        out.add(new PeriodColumn(pc.period(), pct, num));
        any = true;
      } else {
        out.add(pc);
        any |= num >= 0;
      }
    }
    return any ? out : null;
  }

  private static String label(RawCell c) {
    return c == null
        ? ""
        : c.display().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", " ").strip();
  }
}
