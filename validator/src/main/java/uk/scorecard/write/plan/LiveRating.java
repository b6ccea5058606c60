package uk.scorecard.write.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.Blue;
import uk.scorecard.model.Column;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Rating;
import uk.scorecard.model.Target;
import uk.scorecard.model.Tolerance;
import uk.scorecard.rate.Rag;

/**
 * The RAG formula of a live row, as rate.Rag rates it (see {@link RagFormula}); Grey with no
 * figure. The target is read from the row's Target cell when that holds the engine's number, so
 * typing a new one re-rates; the rest of the rule from the row's line on the Rules sheet, unless
 * the row has a column for it, or written in.
 */
final class LiveRating {

  /** Excel's formulas hold 8,192 characters; a longer one is not written (the row keeps values). */
  static final int MAX_LENGTH = 8000;

  private LiveRating() {}

  /** True when a formula can follow the row's rule exactly. */
  static boolean follows(LiveRow r) {
    IndicatorRow row = r.rated().row();
    Polarity p = row.polarity();
    if (p == null
        || p == Polarity.NOT_RATED
        || !Rag.hasTarget(
            new Rag.Rule(
                p, row.target(), row.tolerance(), row.lowerTolerance(), row.upperTolerance()))) {
      return false;
    }
    List<BigDecimal> numbers = new ArrayList<>();
    if (row.target() instanceof Target.Point t) {
      numbers.add(t.value());
    } else if (row.target() instanceof Target.Band b) {
      numbers.add(b.low());
      numbers.add(b.high());
    }
    numbers.add(row.lowerTolerance());
    numbers.add(row.upperTolerance());
    Blue blue = row.blue();
    if (blue != null) {
      numbers.add(blue.level());
    }
    int places = 0;
    for (BigDecimal n : numbers) {
      places = n == null ? places : Math.max(places, n.scale());
    }
    // An allowance adds the tolerance's places, and two more for a share of the target.
    int extra = extra(tolerance(row));
    if (blue != null && blue.level() == null) {
      extra = Math.max(extra, extra(blue.margin()));
    }
    return places + extra <= RagFormula.PLACES;
  }

  private static int extra(Tolerance t) {
    return Math.max(0, RulesSheet.amount(t).scale()) + (t instanceof Tolerance.Relative ? 2 : 0);
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
   * The formula, or null when it cannot follow the row's rule; {@code line} is the row's line on
   * the Rules sheet, or -1 to write the whole rule into the formula.
   */
  static CellWrite.@Nullable Formula of(LiveRow r, String latest, int line) {
    if (!follows(r)) {
      return null;
    }
    IndicatorRow row = r.rated().row();
    String fallback = text(r, latest, new LiveRule(r, line, false));
    if (!(row.target() instanceof Target.Point t) || !row.layout().has(Column.TARGET)) {
      return fits(fallback) ? new CellWrite.Formula(fallback, false) : null;
    }
    String own = text(r, latest, new LiveRule(r, line, true));
    if (!fits(fallback) || !fits(own)) {
      return null;
    }
    int col = row.layout().col(Column.TARGET).getAsInt();
    double expected = t.value().doubleValue() / r.k();
    return new CellWrite.Formula(own, false, col, expected, fallback);
  }

  /** True when a formula's text is short enough for Excel (and a Rules sheet's name in it). */
  static boolean fits(String formula) {
    return formula.length() <= MAX_LENGTH;
  }

  private static String text(LiveRow r, String latest, LiveRule rule) {
    RagFormula f =
        new RagFormula(
            r.figure(latest, r.decimals()),
            rule.tolerance(),
            rule.blueMargin(),
            rule.blueLevel(),
            r.rated().fivePoint());
    String p = rule.polarityCell();
    String body =
        p == null
            ? branch(f, rule, r.rated().row().polarity())
            : RagFormula.iff(
                p + "=" + q(Polarity.HIGHER_IS_BETTER.label()),
                branch(f, rule, Polarity.HIGHER_IS_BETTER),
                RagFormula.iff(
                    p + "=" + q(Polarity.LOWER_IS_BETTER.label()),
                    branch(f, rule, Polarity.LOWER_IS_BETTER),
                    RagFormula.iff(
                        p + "=" + q(Polarity.WITHIN_RANGE.label()),
                        branch(f, rule, Polarity.WITHIN_RANGE),
                        RagFormula.q(Rating.GREY))));
    return "IF(" + latest + "=0," + RagFormula.q(Rating.GREY) + "," + body + ")";
  }

  private static String branch(RagFormula f, LiveRule rule, Polarity p) {
    return switch (p) {
      case HIGHER_IS_BETTER -> f.higher(rule.target(p), rule.lower(p));
      case LOWER_IS_BETTER -> f.lower(rule.target(p), rule.upper(p));
      case WITHIN_RANGE -> f.within(rule.low(), rule.high());
      case NOT_RATED -> RagFormula.q(Rating.GREY);
    };
  }

  private static String q(String s) {
    return "\"" + s + "\"";
  }
}
