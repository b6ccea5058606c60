package uk.scorecard.write.plan;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import uk.scorecard.compare.Direction;
import uk.scorecard.model.Column;
import uk.scorecard.model.DirectionPlace;
import uk.scorecard.model.Layout;
import uk.scorecard.rate.Caveats;
import uk.scorecard.rate.RatedIndicator;

/**
 * What rating writes in one table: our columns where it has none (Change, Direction of travel, RAG,
 * Caveat), each row's cells where they are empty or ours, and with --live the formulas.
 */
final class TablePlan {

  private TablePlan() {}

  /** Plans the cells of one table's rows into {@code plan}. */
  static void add(Plan plan, Layout layout, List<RatedIndicator> rows) {
    DirectionPlace travel = plan.travel();
    // New columns go after everything the table uses: header rows, their merges, its rows.
    int next = layout.lastUsedCol() + 1;
    int change = layout.col(Column.CHANGE).orElse(-1);
    int rag = layout.col(Column.RAG).orElse(-1);
    int caveat = layout.col(Column.CAVEAT).orElse(-1);
    int direction = travel == DirectionPlace.COLUMN ? layout.col(Column.DIRECTION).orElse(-1) : -1;
    if (change < 0) {
      change = plan.addColumn(layout, next++, Column.CHANGE, 12);
    }
    // Our Direction of travel column goes beside Change, in a table with a period to compare with:
    // decided by the layout, not the figures, so the column stays put from month to month.
    if (direction < 0 && travel == DirectionPlace.COLUMN && layout.periods().size() >= 2) {
      direction = plan.addColumn(layout, next++, Column.DIRECTION, 20); // the header on one line
    }
    if (rag < 0) {
      rag = plan.addColumn(layout, next++, Column.RAG, 9);
    }
    if (caveat < 0) {
      caveat = plan.addColumn(layout, next, Column.CAVEAT, 45);
    }
    if (plan.wantLive() && !rows.isEmpty()) {
      int first = rows.stream().mapToInt(r -> r.row().row()).min().getAsInt();
      int last = rows.stream().mapToInt(r -> r.row().row()).max().getAsInt();
      plan.colour(layout.sheet(), new CellRangeAddress(first, last, rag, rag), false);
    }
    for (RatedIndicator r : rows) {
      // Only cells that are empty or hold our own words: the officer's are kept (Ours).
      int row = r.row().row();
      if (r.writesChange()) {
        plan.put(layout.sheet(), CellWrite.text(row, change, r.change()));
      }
      Direction d = Travel.of(r);
      if (direction >= 0
          && Travel.writes(r.row())
          && (d != null || !Travel.blank(r.row().existingDirection()))) {
        plan.put(layout.sheet(), CellWrite.text(row, direction, d == null ? "" : d.cell()));
      }
      if (r.writesRag()) {
        plan.put(
            layout.sheet(),
            travel == DirectionPlace.RAG && d != null
                ? CellWrite.rag(row, rag, r.rating(), r.rating().word() + " " + d.cell())
                : CellWrite.rag(row, rag, r.rating()));
      }
      if (r.writesCaveat()) {
        plan.put(
            layout.sheet(),
            CellWrite.caveat(row, caveat, Caveats.combine(r.row().existingCaveat(), r.caveats())));
      }
    }
    if (plan.formulas()) {
      new LiveTable(plan, layout.sheet())
          .apply(layout, rows, Math.max(next, caveat + 1), change, rag, direction);
    } else if (layout.has(Column.LIVE_LATEST)) {
      new LiveTable(plan, layout.sheet()).unlive(rows, direction);
    }
  }
}
