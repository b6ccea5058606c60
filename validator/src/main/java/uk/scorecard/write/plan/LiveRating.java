package uk.scorecard.write.plan;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.Column;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Rating;
import uk.scorecard.model.Target;
import uk.scorecard.model.Tolerance;

/**
 * The RAG formula of a live row, as rate.Rag rates a higher- or lower-is-better indicator with a
 * target and a tolerance (a share of the target, points or units): Green on or beyond the target,
 * Amber within the tolerance, else Red; Grey with no figure. The latest figure is rounded as shown
 * and the Amber limit to 10 places, so both compare as the engine's decimals do. The target is read
 * from the row's Target cell when that holds the engine's number, so typing a new one re-rates; the
 * rest of the rule from the row's line on the Rules sheet, unless the row has a column for it.
 */
final class LiveRating {

  /** Decimal places the Amber limit is rounded to; rows whose limit needs more get no formula. */
  private static final int LIMIT_PLACES = 10;

  private LiveRating() {}

  /** True when the formula follows the row's rule exactly. */
  static boolean follows(LiveRow r) {
    IndicatorRow row = r.rated().row();
    Polarity p = row.polarity();
    if (p != Polarity.HIGHER_IS_BETTER && p != Polarity.LOWER_IS_BETTER
        || !(row.target() instanceof Target.Point point)
        || row.lowerTolerance() != null
        || row.upperTolerance() != null
        || row.blue() != null
        || r.rated().fivePoint()) {
      return false;
    }
    Tolerance tol = tolerance(row);
    BigDecimal t = point.value();
    int places =
        t.scale() + RulesSheet.amount(tol).scale() + (tol instanceof Tolerance.Relative ? 2 : 0);
    return places <= LIMIT_PLACES;
  }

  /** The tolerance the engine rated with: the row's, or the default. */
  static Tolerance tolerance(IndicatorRow row) {
    return row.tolerance() == null ? Tolerance.DEFAULT : row.tolerance();
  }

  /** True when the row's table has its own column for a rule, which the formula then keeps. */
  static boolean owns(LiveRow r, Column c) {
    return r.rated().row().layout().has(c);
  }

  /**
   * The formula, or null when it does not follow the row's rule; {@code line} is the row's line on
   * the Rules sheet, or -1 to write the whole rule into the formula.
   */
  static CellWrite.@Nullable Formula of(LiveRow r, String latest, int line) {
    if (!follows(r)) {
      return null;
    }
    IndicatorRow row = r.rated().row();
    BigDecimal t = ((Target.Point) row.target()).value();
    String fallback =
        line < 0 ? formula(r, latest, t.toPlainString(), -1) : sheetTarget(r, latest, line);
    if (!row.layout().has(Column.TARGET)) {
      return new CellWrite.Formula(fallback, false);
    }
    int col = row.layout().col(Column.TARGET).getAsInt();
    double expected = t.doubleValue() / r.k();
    return new CellWrite.Formula(
        formula(r, latest, target(r), line), false, col, expected, fallback);
  }

  /** The formula reading the target from the Rules sheet: Grey when the cell holds no number. */
  private static String sheetTarget(LiveRow r, String latest, int line) {
    String cell = RulesSheet.ref(line, RulesSheet.TARGET);
    String t = r.k() == 1 ? cell : "ROUND(" + cell + "*100," + LIMIT_PLACES + ")";
    return "IF(ISNUMBER(" + cell + ")," + formula(r, latest, t, line) + "," + q(Rating.GREY) + ")";
  }

  private static String target(LiveRow r) {
    String cell = r.at(r.rated().row().layout().col(Column.TARGET).getAsInt());
    return r.k() == 1 ? cell : "ROUND(" + cell + "*100," + LIMIT_PLACES + ")";
  }

  private static String formula(LiveRow r, String latest, String t, int line) {
    String v = r.figure(latest, r.decimals());
    String body;
    if (line < 0 || owns(r, Column.POLARITY)) {
      body = rag(r, v, r.rated().row().polarity(), t, line);
    } else {
      String p = RulesSheet.ref(line, RulesSheet.POLARITY);
      body =
          "IF("
              + p
              + "="
              + q(Polarity.HIGHER_IS_BETTER.label())
              + ","
              + rag(r, v, Polarity.HIGHER_IS_BETTER, t, line)
              + ",IF("
              + p
              + "="
              + q(Polarity.LOWER_IS_BETTER.label())
              + ","
              + rag(r, v, Polarity.LOWER_IS_BETTER, t, line)
              + ","
              + q(Rating.GREY)
              + "))";
    }
    return "IF(" + latest + "=0," + q(Rating.GREY) + "," + body + ")";
  }

  /** Green, Amber or Red for one polarity, the figure {@code v} against the target {@code t}. */
  private static String rag(LiveRow r, String v, Polarity p, String t, int line) {
    boolean higher = p == Polarity.HIGHER_IS_BETTER;
    String cmp = higher ? ">=" : "<=";
    String limit =
        "ROUND(" + t + (higher ? "-" : "+") + allowance(r, t, line) + "," + LIMIT_PLACES + ")";
    return "IF("
        + v
        + cmp
        + t
        + ","
        + q(Rating.GREEN)
        + ",IF("
        + v
        + cmp
        + limit
        + ","
        + q(Rating.AMBER)
        + ","
        + q(Rating.RED)
        + "))";
  }

  /**
   * The Amber allowance: the engine's tolerance written in, or the Rules sheet's type and amount
   * (the 5% default when the amount is not a number, as the engine's default).
   */
  private static String allowance(LiveRow r, String t, int line) {
    if (line < 0 || owns(r, Column.TOLERANCE)) {
      Tolerance tol = tolerance(r.rated().row());
      return tol instanceof Tolerance.Relative rel
          ? "ABS(" + t + ")*" + rel.percent().toPlainString() + "/100"
          : RulesSheet.amount(tol).toPlainString();
    }
    String type = RulesSheet.ref(line, RulesSheet.TYPE);
    String amount = RulesSheet.ref(line, RulesSheet.AMOUNT);
    String dflt = "ABS(" + t + ")*" + RulesSheet.amount(Tolerance.DEFAULT).toPlainString() + "/100";
    return "IF(ISNUMBER("
        + amount
        + "),IF("
        + type
        + "="
        + q(RulesSheet.RELATIVE)
        + ",ABS("
        + t
        + ")*"
        + amount
        + "/100,"
        + amount
        + "),"
        + dflt
        + ")";
  }

  private static String q(Rating r) {
    return q(r.word());
  }

  private static String q(String s) {
    return "\"" + s + "\"";
  }
}
