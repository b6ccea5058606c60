package uk.scorecard.write.plan;

import java.math.BigDecimal;
import java.util.List;
import uk.scorecard.model.Column;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.RuleBefore;
import uk.scorecard.model.RulesSheetWords;
import uk.scorecard.model.Target;
import uk.scorecard.model.Tolerance;

/**
 * A live row's line on the Rules sheet: the rule the engine rated it with, what its row sets
 * itself, and the rule before any of the officer's edits taken (for the hidden copies).
 */
final class RulesLine {

  private RulesLine() {}

  /** The row's line on the Rules sheet: the rule the engine rated it with. */
  static RulesSheet.Line of(LiveRow lr, String sheet) {
    IndicatorRow row = lr.rated().row();
    List<String> own = new java.util.ArrayList<>();
    for (Column c :
        List.of(
            Column.POLARITY,
            Column.TARGET,
            Column.TOLERANCE,
            Column.LOWER_TOLERANCE,
            Column.UPPER_TOLERANCE)) {
      boolean level = c == Column.LOWER_TOLERANCE || c == Column.UPPER_TOLERANCE;
      // A band target is the sheet's two levels: the row's level columns do not set them.
      if (LiveRating.owns(lr, c) && !(level && row.target() instanceof Target.Band)) {
        own.add(c.header());
      }
    }
    RuleBefore b = row.ruleBefore();
    String shared = String.join(", ", own);
    RulesSheet.Line before =
        b == null
            ? null
            : line(
                sheet,
                lr,
                shared,
                b.polarity(),
                b.target(),
                b.tolerance() == null ? Tolerance.DEFAULT : b.tolerance(),
                new BigDecimal[] {b.lower(), b.upper()},
                null);
    return line(
        sheet,
        lr,
        shared,
        row.polarity(),
        row.target(),
        LiveRating.tolerance(row),
        new BigDecimal[] {row.lowerTolerance(), row.upperTolerance()},
        before);
  }

  /**
   * A line of this rule, {@code levels} its lower and upper levels; {@code before} the line without
   * the officer's edits, if any taken.
   */
  private static RulesSheet.Line line(
      String sheet,
      LiveRow lr,
      String own,
      Polarity polarity,
      Target t,
      Tolerance tolerance,
      BigDecimal[] levels,
      RulesSheet.Line before) {
    IndicatorRow row = lr.rated().row();
    BigDecimal target = null;
    BigDecimal lower = levels[0];
    BigDecimal upper = levels[1];
    if (t instanceof Target.Point p) {
      target = p.value();
    } else if (t instanceof Target.Band band) {
      // A band is its two levels on the sheet, or under a polarity the end the engine rates by.
      if (polarity == Polarity.WITHIN_RANGE) {
        lower = band.low();
        upper = band.high();
      } else {
        target = polarity == Polarity.LOWER_IS_BETTER ? band.high() : band.low();
      }
    }
    return new RulesSheet.Line(
        row.id() == null ? "" : row.id(),
        row.title() == null ? "" : row.title(),
        polarity,
        target,
        lower,
        upper,
        lr.k(),
        tolerance,
        sheet + RulesSheetWords.ROW_WORD + (row.row() + 1),
        own,
        before);
  }
}
