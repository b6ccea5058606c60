package uk.scorecard.write.plan;

import java.util.List;
import java.util.Map;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Column;
import uk.scorecard.model.Layout;
import uk.scorecard.rate.RatedIndicator;

/**
 * Makes a table's written Change, RAG and Direction cells live (rate --live): two hidden helper
 * columns after everything else the table has (where its latest figure and the one before are),
 * then each cell we write becomes a formula whose cached value is the engine's word. Rows the
 * formulas cannot follow (see {@link LiveRow}) keep the engine's values, as without --live.
 */
final class LiveTable {

  private final Plan plan;
  private final String sheet;

  LiveTable(Plan plan, String sheet) {
    this.plan = plan;
    this.sheet = sheet;
  }

  /**
   * Adds the helpers and formulas; {@code next} is the first free column, {@code change}, {@code
   * rag} and {@code direction} the table's columns (direction -1 when it has none). Returns the
   * number of rows made live.
   */
  int apply(
      Layout layout, List<RatedIndicator> rows, int next, int change, int rag, int direction) {
    boolean wasLive = layout.has(Column.LIVE_LATEST);
    int latestCol = layout.col(Column.LIVE_LATEST).orElse(-1);
    int previousCol = layout.col(Column.LIVE_PREVIOUS).orElse(-1);
    if (latestCol < 0) {
      latestCol = plan.addColumn(layout, next++, Column.LIVE_LATEST, 0);
    }
    if (previousCol < 0) {
      previousCol = plan.addColumn(layout, next, Column.LIVE_PREVIOUS, 0);
    }
    int live = 0;
    for (RatedIndicator r : rows) {
      LiveRow lr = LiveRow.of(r);
      int row = r.row().row();
      if (lr == null) {
        // Clears a helper a row had from a run when it could be followed.
        plan.put(sheet, CellWrite.text(row, latestCol, "").live(null));
        plan.put(sheet, CellWrite.text(row, previousCol, "").live(null));
        continue;
      }
      String latest = CellRef.a1(row, latestCol);
      String previous = CellRef.a1(row, previousCol);
      plan.put(
          sheet,
          CellWrite.text(row, latestCol, Integer.toString(LiveIndex.latestPlace(lr)))
              .live(LiveIndex.latest(lr)));
      plan.put(
          sheet,
          CellWrite.text(row, previousCol, Integer.toString(LiveIndex.previousPlace(lr)))
              .live(LiveIndex.previous(lr, latest)));
      live++;
      formula(row, change, LiveChange.of(lr, latest, previous));
      Map<Integer, CellWrite> planned = plan.cells(sheet).get(row);
      // A rating formula reads its rule from the Rules sheet, where the row gets a line.
      boolean ruled = plan.rulesSheet() && planned != null && planned.containsKey(rag);
      int line = ruled ? plan.rules().size() : -1;
      CellWrite.Formula rating = LiveRating.of(lr, latest, line);
      if (rating == null && line >= 0) {
        line = -1; // too long with the polarity read from the sheet: written in, if it fits
        rating = LiveRating.of(lr, latest, line);
      }
      if (rating != null && line >= 0) {
        plan.addRule(RulesLine.of(lr, sheet));
      } else {
        line = -1;
      }
      formula(row, rag, rating);
      if (line < 0 && plan.rulesSheet() && r.row().ruleBefore() != null) {
        // An officer's edit no formula follows keeps its line, so it lasts to the next run as the
        // rule the row was rated with.
        plan.addRule(RulesLine.of(lr, sheet));
      }
      CellWrite.Formula travel = LiveTravel.of(lr, latest, previous, line);
      if (direction >= 0 && travel != null && Travel.writes(r.row())) {
        // Planned even while there is no figure before: the officer's next one gives a direction.
        Map<Integer, CellWrite> cells = plan.cells(sheet).get(row);
        if (cells == null || !cells.containsKey(direction)) {
          plan.put(sheet, CellWrite.text(row, direction, ""));
        }
        formula(row, direction, travel);
      }
    }
    if (wasLive) {
      valuesOverOurs(rows, change, rag, direction);
    }
    return live;
  }

  /**
   * In a table that was live, our cells left without a formula (a row the formulas no longer
   * follow: its polarity gone, a number typed as text) replace the formula an earlier run wrote
   * there, and a Direction not written again is cleared rather than left reading empty helpers.
   */
  private void valuesOverOurs(List<RatedIndicator> rows, int change, int rag, int direction) {
    for (RatedIndicator r : rows) {
      int row = r.row().row();
      Map<Integer, CellWrite> cells = plan.cells(sheet).get(row);
      if (direction >= 0
          && Travel.writes(r.row())
          && r.row().existingDirection() != null
          && (cells == null || !cells.containsKey(direction))) {
        // Even one showing nothing: it may be our formula waiting for a figure before, which would
        // read helpers now cleared (#VALUE!) or a polarity no longer the row's.
        plan.put(sheet, CellWrite.text(row, direction, ""));
      }
      Map<Integer, CellWrite> now = plan.cells(sheet).get(row);
      for (int col : new int[] {change, rag, direction}) {
        CellWrite w = col < 0 || now == null ? null : now.get(col);
        if (w != null && w.formula() == null && !w.overFormula()) {
          plan.put(sheet, w.live(null));
        }
      }
    }
  }

  /**
   * A live table rated without --live: our formulas give way to values, and a Direction with
   * nothing to say is cleared rather than left a formula.
   */
  void unlive(List<RatedIndicator> rows, int direction) {
    for (RatedIndicator r : rows) {
      int row = r.row().row();
      Map<Integer, CellWrite> cells = plan.cells(sheet).get(row);
      if (direction >= 0
          && Travel.writes(r.row())
          && (cells == null || !cells.containsKey(direction))) {
        plan.put(sheet, CellWrite.text(row, direction, ""));
      }
    }
    plan.cells(sheet).values().forEach(m -> m.replaceAll((c, w) -> w.live(null)));
  }

  /** Makes the write planned for a cell a formula, if one is planned and there is a formula. */
  private void formula(int row, int col, CellWrite.Formula f) {
    Map<Integer, CellWrite> cells = plan.cells(sheet).get(row);
    CellWrite w = cells == null ? null : cells.get(col);
    if (w != null && f != null) {
      plan.put(sheet, w.live(f));
    }
  }
}
