package uk.scorecard.write.plan;

import uk.scorecard.compare.Direction;
import uk.scorecard.model.Polarity;

/**
 * The Direction of travel formula of a live row, as compare.Direction works it out for a higher- or
 * lower-is-better indicator: the latest figure against the one before, both as shown, better or
 * worse by the polarity; empty when there is no figure before.
 */
final class LiveTravel {

  private LiveTravel() {}

  /** The formula, or null when the polarity is not one the formula follows. */
  static CellWrite.Formula of(LiveRow r, String latest, String previous) {
    Polarity p = r.rated().row().polarity();
    if (p != Polarity.HIGHER_IS_BETTER && p != Polarity.LOWER_IS_BETTER) {
      return null;
    }
    int dp = r.decimals();
    String a = r.figure(latest, dp);
    String b = r.figure(previous, dp);
    String better =
        p == Polarity.HIGHER_IS_BETTER ? "(" + a + "-" + b + ")" : "(" + b + "-" + a + ")";
    String f =
        "IF("
            + previous
            + "=0,\"\",IF("
            + better
            + ">0,"
            + q(Direction.IMPROVING.cell())
            + ",IF("
            + better
            + "<0,"
            + q(Direction.WORSENING.cell())
            + ","
            + q(Direction.NO_CHANGE.cell())
            + ")))";
    return new CellWrite.Formula(f, false);
  }

  private static String q(String s) {
    return "\"" + s + "\"";
  }
}
