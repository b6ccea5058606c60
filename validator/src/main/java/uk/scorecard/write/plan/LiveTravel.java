package uk.scorecard.write.plan;

import uk.scorecard.compare.Direction;
import uk.scorecard.model.Polarity;
import uk.scorecard.write.plan.RagFormula.Num;

/**
 * The Direction of travel formula of a live row, as compare.Direction works it out: the latest
 * figure against the one before, both as shown, better or worse by the polarity (the Rules sheet's,
 * where the row has a line there and no Polarity column), or for a range by the distance from the
 * band; empty when there is no figure before, no polarity or no band.
 */
final class LiveTravel {

  private LiveTravel() {}

  /**
   * The formula, or null when the polarity is not one the formula follows; {@code line} is the
   * row's line on the Rules sheet, or -1 to write the rule in.
   */
  static CellWrite.Formula of(LiveRow r, String latest, String previous, int line) {
    Polarity p = r.rated().row().polarity();
    LiveRule rule = new LiveRule(r, line, false);
    if (p == null
        || p == Polarity.NOT_RATED
        || p == Polarity.WITHIN_RANGE && (rule.low() == null || rule.high() == null)) {
      return null;
    }
    String body = rule.byPolarity(p, q -> travel(r, rule, latest, previous, q), "\"\"");
    String text = "IF(" + previous + "=0,\"\"," + body + ")";
    return LiveRating.fits(text) ? new CellWrite.Formula(text, false) : null;
  }

  private static String travel(
      LiveRow r, LiveRule rule, String latest, String previous, Polarity p) {
    int dp = r.decimals();
    String after = r.figure(latest, dp);
    String before = r.figure(previous, dp);
    if (p == Polarity.WITHIN_RANGE) {
      Num lo = rule.low();
      Num hi = rule.high();
      if (lo == null || hi == null) {
        return "\"\"";
      }
      // Nearer the band is better: the distances, rounded so doubles compare as decimals.
      String was = RagFormula.round(distance(before, lo, hi));
      String now = RagFormula.round(distance(after, lo, hi));
      return RagFormula.guarded(compare(was + "-" + now), "\"\"", lo, hi);
    }
    return compare(
        p == Polarity.HIGHER_IS_BETTER
            ? "(" + after + "-" + before + ")"
            : "(" + before + "-" + after + ")");
  }

  /** How far {@code x} is outside the band: 0 inside it. */
  private static String distance(String x, Num lo, Num hi) {
    return RagFormula.iff(
        x + "<" + lo.text(),
        lo.text() + "-" + x,
        RagFormula.iff(x + ">" + hi.text(), x + "-(" + hi.text() + ")", "0"));
  }

  /** Improving when {@code better} is above 0, worsening below, no change at 0. */
  private static String compare(String better) {
    return RagFormula.iff(
        "(" + better + ")>0",
        q(Direction.IMPROVING.cell()),
        RagFormula.iff(
            "(" + better + ")<0", q(Direction.WORSENING.cell()), q(Direction.NO_CHANGE.cell())));
  }

  private static String q(String s) {
    return "\"" + s + "\"";
  }
}
