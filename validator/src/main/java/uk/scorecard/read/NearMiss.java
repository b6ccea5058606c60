package uk.scorecard.read;

import java.util.ArrayList;
import java.util.List;
import uk.scorecard.model.Period;
import uk.scorecard.read.grid.Grid;
import uk.scorecard.read.grid.RawCell;
import uk.scorecard.read.grid.Sheets;

/**
 * When no table is found, the first row that names periods but no indicator column, so the officer
 * knows which heading to add rather than being told only that nothing was found.
 */
final class NearMiss {

  /**
   * Rows looked at on each sheet; headers sit near the top. Three distinct periods make a run of
   * period headings; one or two dates in a row are more often data.
   */
  private static final int ROWS = 200;

  private NearMiss() {}

  /** A sentence naming the nearest miss, starting with a space, or empty when there is none. */
  static String describe(Sheets sheets) {
    for (Grid g : sheets.grids()) {
      int seen = 0;
      for (int r : g.rowIndices()) {
        if (++seen > ROWS) {
          break;
        }
        List<String> periods = periods(g, r, sheets.date1904());
        if (periods.stream().distinct().count() >= 3) {
          return " Nearest: sheet '"
              + g.sheet()
              + "' row "
              + (r + 1)
              + " has period headings ("
              + String.join(", ", periods.subList(0, Math.min(3, periods.size())))
              + (periods.size() > 3 ? ", ..." : "")
              + ") but no Ref or Indicator heading over the indicator names.";
        }
      }
    }
    return "";
  }

  private static List<String> periods(Grid g, int r, boolean date1904) {
    List<String> out = new ArrayList<>();
    for (RawCell c : g.row(r)) {
      if (!HeaderCells.isLabel(c)) {
        return List.of();
      }
      Period p = HeaderRow.period(new HeaderCells.Slot(c.col(), c, null, false), date1904);
      if (p != null) {
        out.add(p.label());
      }
    }
    return out;
  }
}
