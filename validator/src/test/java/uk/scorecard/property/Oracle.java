package uk.scorecard.property;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import uk.scorecard.model.Rating;
import uk.scorecard.property.Spec.Band;
import uk.scorecard.property.Spec.Direction;
import uk.scorecard.property.Spec.Entry;
import uk.scorecard.property.Spec.Fig;
import uk.scorecard.property.Spec.Indicator;
import uk.scorecard.property.Spec.Point;
import uk.scorecard.property.Spec.Points;
import uk.scorecard.property.Spec.Relative;
import uk.scorecard.property.Spec.Tol;
import uk.scorecard.property.Spec.Unit;
import uk.scorecard.property.Spec.Units;

/**
 * The README's "How it rates", written again from the generator's own description of each row
 * (never from the workbook): the RAG of the latest figure as shown against the target and
 * tolerance, and the Change between the latest two figures.
 */
final class Oracle {

  /** The workbook-wide default tolerance: 5% of the target. */
  private static final BigDecimal DEFAULT_PERCENT = BigDecimal.valueOf(5);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Oracle() {}

  /**
   * Green on or beyond the target, Amber within the tolerance, Red beyond it; Grey when there is no
   * polarity, no target or no figure, or the polarity is Not rated.
   */
  static Rating rating(Indicator ind) {
    List<Fig> figs = figures(ind);
    Direction d = ind.direction();
    if (d == Direction.NONE || d == Direction.NOT_RATED || ind.goal() == null || figs.isEmpty()) {
      return Rating.GREY;
    }
    Fig latest = figs.get(figs.size() - 1);
    BigDecimal v = shown(latest.value(), decimals(ind, latest));
    Tol tol = ind.tol();
    return switch (d) {
      case HIGHER -> higher(v, ((Point) ind.goal()).value(), tol);
      case LOWER -> lower(v, ((Point) ind.goal()).value(), tol);
      default -> within(v, (Band) ind.goal(), tol);
    };
  }

  /**
   * Up or Down by the difference of the latest two figures as shown (percentage points for a
   * percentage, whole units for a count, else at the finer of their precisions), No change when
   * equal, blank when the latest period has no figure or there is only one.
   */
  static String change(Indicator ind) {
    List<Entry> entries = ind.entries();
    List<Fig> figs = figures(ind);
    if (!(entries.get(entries.size() - 1) instanceof Fig) || figs.size() < 2) {
      return "";
    }
    Fig before = figs.get(figs.size() - 2);
    Fig latest = figs.get(figs.size() - 1);
    Unit unit = ind.measure().unit;
    int d = unit == Unit.COUNT ? 0 : Math.max(decimals(ind, before), decimals(ind, latest));
    BigDecimal diff = shown(latest.value(), d).subtract(shown(before.value(), d));
    if (diff.signum() == 0) {
      return "No change";
    }
    return (diff.signum() > 0 ? "Up " : "Down ")
        + diff.abs().setScale(d).toPlainString()
        + (unit == Unit.PERCENT ? "pp" : "");
  }

  /**
   * The direction of travel from the figure before the latest to the latest, as shown: up is better
   * for higher is better, down for lower, nearer the band for a range; empty with no polarity or
   * fewer than two figures.
   */
  static String direction(Indicator ind) {
    List<Fig> figs = figures(ind);
    Direction d = ind.direction();
    if (d == Direction.NONE || d == Direction.NOT_RATED || figs.size() < 2) {
      return "";
    }
    Fig before = figs.get(figs.size() - 2);
    Fig latest = figs.get(figs.size() - 1);
    int dp = Math.max(decimals(ind, before), decimals(ind, latest));
    BigDecimal a = shown(before.value(), dp);
    BigDecimal b = shown(latest.value(), dp);
    int better =
        switch (d) {
          case HIGHER -> b.compareTo(a);
          case LOWER -> a.compareTo(b);
          default -> ind.goal() instanceof Band band ? off(a, band).compareTo(off(b, band)) : 2;
        };
    return better == 2
        ? ""
        : better > 0 ? "\u25b2 improving" : better < 0 ? "\u25bc worsening" : "\u25ba no change";
  }

  /** How far a figure is outside a band: 0 inside it. */
  private static BigDecimal off(BigDecimal v, Band band) {
    return v.compareTo(band.low()) < 0
        ? band.low().subtract(v)
        : v.compareTo(band.high()) > 0 ? v.subtract(band.high()) : BigDecimal.ZERO;
  }

  private static Rating higher(BigDecimal v, BigDecimal target, Tol tol) {
    if (v.compareTo(target) >= 0) {
      return Rating.GREEN;
    }
    return v.compareTo(target.subtract(allowance(tol, target))) >= 0 ? Rating.AMBER : Rating.RED;
  }

  private static Rating lower(BigDecimal v, BigDecimal target, Tol tol) {
    if (v.compareTo(target) <= 0) {
      return Rating.GREEN;
    }
    return v.compareTo(target.add(allowance(tol, target))) <= 0 ? Rating.AMBER : Rating.RED;
  }

  /** Green inside the band; outside it, Amber within the tolerance of the edge it passed. */
  private static Rating within(BigDecimal v, Band band, Tol tol) {
    if (v.compareTo(band.low()) < 0) {
      return higher(v, band.low(), tol);
    }
    return v.compareTo(band.high()) > 0 ? lower(v, band.high(), tol) : Rating.GREEN;
  }

  /** How far past the target is still Amber: 10% of the target, 5pp, 2 units; 5% when blank. */
  private static BigDecimal allowance(Tol tol, BigDecimal target) {
    if (tol instanceof Points p) {
      return p.points();
    }
    if (tol instanceof Units u) {
      return u.units();
    }
    BigDecimal pct = tol instanceof Relative r ? r.percent() : DEFAULT_PERCENT;
    return target.abs().multiply(pct).divide(HUNDRED);
  }

  /** The figures, in period order; markers and blanks are not figures. */
  private static List<Fig> figures(Indicator ind) {
    List<Fig> out = new ArrayList<>();
    for (Entry e : ind.entries()) {
      if (e instanceof Fig f) {
        out.add(f);
      }
    }
    return out;
  }

  /** The decimals a figure is shown at: its format's, or as many as it has under General. */
  static int decimals(Indicator ind, Fig f) {
    return switch (ind.measure()) {
      case PERCENT_FORMATTED_0, COUNT_FORMATTED -> 0;
      case PERCENT_FORMATTED_1, DECIMAL_1 -> 1;
      case DECIMAL_2 -> 2;
      default -> Math.max(0, f.value().stripTrailingZeros().scale());
    };
  }

  private static BigDecimal shown(BigDecimal v, int decimals) {
    return v.setScale(decimals, RoundingMode.HALF_UP);
  }
}
