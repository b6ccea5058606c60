package uk.scorecard.write.plan;

import java.util.List;
import uk.scorecard.model.Unit;

/**
 * The Change formula of a live row, as rate.Change words it: empty unless the last period has a
 * figure and one comes before it; the two compared as shown (counts in whole units); "No change",
 * else "Up " or "Down " and the amount at that precision, "pp" for percentages. FIXED with no
 * thousands separator, not TEXT, whose format codes depend on the locale.
 */
final class LiveChange {

  private LiveChange() {}

  /** The formula, reading the helper cells {@code latest} and {@code previous}. */
  static CellWrite.Formula of(LiveRow r, String latest, String previous) {
    int dp = r.unit() == Unit.COUNT ? 0 : r.decimals();
    List<Integer> cols = r.cols();
    String last = r.at(cols.get(cols.size() - 1));
    String d = "(" + r.figure(latest, dp) + "-" + r.figure(previous, dp) + ")";
    String suffix = r.unit() == Unit.PERCENT ? "&\"pp\"" : "";
    String f =
        "IF(AND(ISNUMBER("
            + last
            + "),"
            + previous
            + ">0),IF("
            + d
            + "=0,\"No change\",IF("
            + d
            + ">0,\"Up \",\"Down \")&FIXED(ABS("
            + d
            + "),"
            + dp
            + ",TRUE)"
            + suffix
            + "),\"\")";
    return new CellWrite.Formula(f, false);
  }
}
