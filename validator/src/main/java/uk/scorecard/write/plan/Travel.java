package uk.scorecard.write.plan;

import org.jspecify.annotations.Nullable;
import uk.scorecard.compare.Direction;
import uk.scorecard.model.Column;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.rate.RatedIndicator;

/** The direction of travel a rated row shows, and whether its Direction of travel cell is ours. */
final class Travel {

  private Travel() {}

  /** The direction since the previous figure, or null: no figure before, or no polarity. */
  static @Nullable Direction of(RatedIndicator r) {
    return r.ratedOn() == null ? null : Direction.sincePrevious(r);
  }

  /** True when the row's Direction of travel cell is ours: no formula, empty or our words. */
  static boolean writes(IndicatorRow row) {
    return !row.formulaCells().contains(Column.DIRECTION)
        && Direction.isOurs(row.existingDirection());
  }

  static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }
}
