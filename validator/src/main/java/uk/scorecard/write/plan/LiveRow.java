package uk.scorecard.write.plan;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Layout;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Reading;
import uk.scorecard.model.Unit;
import uk.scorecard.rate.RatedIndicator;
import uk.scorecard.rate.Rater;

/**
 * A rated row whose figures the live formulas can read as the engine does (rate --live): period
 * cells in date order, the precision they are shown at and the scale Excel holds them on. Rows the
 * formulas cannot follow (numbers typed as text, figures shown at different precisions, pairs of
 * number and percentage columns, a figure in error) get none, and keep the engine's values.
 */
record LiveRow(RatedIndicator rated, List<Integer> cols, int decimals, int k) {

  /** Excel allows 64 nested IFs; the index helpers nest one per period. */
  static final int MAX_PERIODS = 60;

  /** The live view of a rated row, or null when the formulas could disagree with the engine. */
  static @Nullable LiveRow of(RatedIndicator r) {
    Layout layout = r.row().layout();
    List<Layout.PeriodColumn> periods = layout.periods();
    if (periods.isEmpty()
        || periods.size() > MAX_PERIODS
        || r.caveats().contains(Rater.IN_ERROR)
        || periods.stream().anyMatch(p -> p.numeratorCol() >= 0)) {
      return null;
    }
    Integer decimals = null;
    Boolean percent = null;
    for (Observation o : r.row().observations()) {
      Reading.Figure f = o.reading().figure();
      if (f == null) {
        continue;
      }
      if (f.storedAsText() || f.stated() != null) {
        return null;
      }
      if (decimals != null && (decimals != f.decimals() || percent != f.percentFormatted())) {
        return null;
      }
      decimals = f.decimals();
      percent = f.percentFormatted();
    }
    if (decimals == null || decimals < 0 || percent && r.row().unit() != Unit.PERCENT) {
      return null;
    }
    List<Integer> cols = new ArrayList<>();
    periods.forEach(p -> cols.add(p.col()));
    return new LiveRow(r, List.copyOf(cols), decimals, percent ? 100 : 1);
  }

  /** The row's index (zero-based). */
  int row() {
    return rated.row().row();
  }

  /** A cell of this row in A1 form. */
  String at(int col) {
    return CellRef.a1(row(), col);
  }

  /**
   * The figure of the period a helper cell numbers, on the engine's scale and rounded as shown to
   * {@code dp} places: {@code ROUND(CHOOSE(K5,E5,F5,G5),1)}. CHOOSE, not INDEX over a range, as
   * period columns need be neither next to each other nor in date order.
   */
  String figure(String idxCell, int dp) {
    StringBuilder c = new StringBuilder("CHOOSE(").append(idxCell);
    cols.forEach(col -> c.append(',').append(at(col)));
    String v = c.append(')').toString();
    // Times 100 is rounded to 10 places first, so 0.8525 is 85.25 and not 85.249999....
    return k == 1 ? "ROUND(" + v + "," + dp + ")" : "ROUND(ROUND(" + v + "*100,10)," + dp + ")";
  }

  /** The unit of the indicator. */
  Unit unit() {
    return rated.row().unit();
  }
}
