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
 * from the row's Target cell when that holds the engine's number, so typing a new one re-rates.
 */
final class LiveRating {

  /** Decimal places the Amber limit is rounded to; rows whose limit needs more get no formula. */
  private static final int LIMIT_PLACES = 10;

  private LiveRating() {}

  /** The formula, or null when the row's rule is one the formula does not follow. */
  static CellWrite.@Nullable Formula of(LiveRow r, String latest) {
    IndicatorRow row = r.rated().row();
    Polarity p = row.polarity();
    if (p != Polarity.HIGHER_IS_BETTER && p != Polarity.LOWER_IS_BETTER
        || !(row.target() instanceof Target.Point point)
        || row.lowerTolerance() != null
        || row.upperTolerance() != null
        || row.blue() != null
        || r.rated().fivePoint()) {
      return null;
    }
    Tolerance tol = row.tolerance() == null ? Tolerance.DEFAULT : row.tolerance();
    BigDecimal t = point.value();
    BigDecimal amount = amount(tol);
    int places = t.scale() + amount.scale() + (tol instanceof Tolerance.Relative ? 2 : 0);
    if (places > LIMIT_PLACES) {
      return null;
    }
    String constant = formula(r, latest, p, t.toPlainString(), tol);
    if (!row.layout().has(Column.TARGET)) {
      return new CellWrite.Formula(constant, false);
    }
    int col = row.layout().col(Column.TARGET).getAsInt();
    double expected = t.doubleValue() / r.k();
    return new CellWrite.Formula(
        formula(r, latest, p, target(r), tol), false, col, expected, constant);
  }

  private static String target(LiveRow r) {
    String cell = r.at(r.rated().row().layout().col(Column.TARGET).getAsInt());
    return r.k() == 1 ? cell : "ROUND(" + cell + "*100," + LIMIT_PLACES + ")";
  }

  private static String formula(LiveRow r, String latest, Polarity p, String t, Tolerance tol) {
    String v = r.figure(latest, r.decimals());
    String allowance =
        tol instanceof Tolerance.Relative rel
            ? "ABS(" + t + ")*" + rel.percent().toPlainString() + "/100"
            : amount(tol).toPlainString();
    boolean higher = p == Polarity.HIGHER_IS_BETTER;
    String cmp = higher ? ">=" : "<=";
    String limit = "ROUND(" + t + (higher ? "-" : "+") + allowance + "," + LIMIT_PLACES + ")";
    return "IF("
        + latest
        + "=0,"
        + q(Rating.GREY)
        + ",IF("
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
        + ")))";
  }

  private static BigDecimal amount(Tolerance tol) {
    if (tol instanceof Tolerance.Relative rel) {
      return rel.percent();
    }
    return tol instanceof Tolerance.Points pts ? pts.points() : ((Tolerance.Units) tol).units();
  }

  private static String q(Rating r) {
    return "\"" + r.word() + "\"";
  }
}
