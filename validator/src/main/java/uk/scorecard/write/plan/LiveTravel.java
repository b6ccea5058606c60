package uk.scorecard.write.plan;

import uk.scorecard.compare.Direction;
import uk.scorecard.model.Column;
import uk.scorecard.model.Polarity;

/**
 * The Direction of travel formula of a live row, as compare.Direction works it out for a higher- or
 * lower-is-better indicator: the latest figure against the one before, both as shown, better or
 * worse by the polarity (the Rules sheet's, where the row has a line there and no Polarity column);
 * empty when there is no figure before or no polarity.
 */
final class LiveTravel {

  private LiveTravel() {}

  /**
   * The formula, or null when the polarity is not one the formula follows; {@code line} is the
   * row's line on the Rules sheet, or -1 to write the polarity in.
   */
  static CellWrite.Formula of(LiveRow r, String latest, String previous, int line) {
    Polarity p = r.rated().row().polarity();
    if (p != Polarity.HIGHER_IS_BETTER && p != Polarity.LOWER_IS_BETTER) {
      return null;
    }
    String body;
    if (line < 0 || LiveRating.owns(r, Column.POLARITY)) {
      body = travel(r, latest, previous, p);
    } else {
      String cell = RulesSheet.ref(line, RulesSheet.POLARITY);
      body =
          "IF("
              + cell
              + "="
              + q(Polarity.HIGHER_IS_BETTER.label())
              + ","
              + travel(r, latest, previous, Polarity.HIGHER_IS_BETTER)
              + ",IF("
              + cell
              + "="
              + q(Polarity.LOWER_IS_BETTER.label())
              + ","
              + travel(r, latest, previous, Polarity.LOWER_IS_BETTER)
              + ",\"\"))";
    }
    return new CellWrite.Formula("IF(" + previous + "=0,\"\"," + body + ")", false);
  }

  private static String travel(LiveRow r, String latest, String previous, Polarity p) {
    int dp = r.decimals();
    String a = r.figure(latest, dp);
    String b = r.figure(previous, dp);
    String better =
        p == Polarity.HIGHER_IS_BETTER ? "(" + a + "-" + b + ")" : "(" + b + "-" + a + ")";
    return "IF("
        + better
        + ">0,"
        + q(Direction.IMPROVING.cell())
        + ",IF("
        + better
        + "<0,"
        + q(Direction.WORSENING.cell())
        + ","
        + q(Direction.NO_CHANGE.cell())
        + "))";
  }

  private static String q(String s) {
    return "\"" + s + "\"";
  }
}
