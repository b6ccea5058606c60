package uk.scorecard.check;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import uk.scorecard.model.Unit;

/**
 * How far a figure lies from an indicator's earlier figures, in median absolute deviations (MAD)
 * from their median: a measure that one earlier outlier cannot pull.
 */
record History(double median, double spread, int count) {

  /** Past this many MADs from the median a figure is far outside the history. */
  static final int THRESHOLD = 6;

  /** The fewest earlier figures that make a history. */
  static final int MIN_HISTORY = 6;

  /** The history of earlier figures, with its spread floored so flat series are not too tight. */
  static History of(List<BigDecimal> earlier, Unit unit, int decimals) {
    double[] xs = earlier.stream().mapToDouble(BigDecimal::doubleValue).toArray();
    double median = median(xs);
    double[] deviations = Arrays.stream(xs).map(x -> Math.abs(x - median)).toArray();
    double step = unit == Unit.DECIMAL ? Math.pow(10, -Math.max(0, decimals)) : 1;
    double floor = Math.max(step, 0.02 * Math.abs(median));
    return new History(median, Math.max(median(deviations), floor), xs.length);
  }

  /** True when a figure lies more than {@link #THRESHOLD} spreads from the median. */
  boolean far(BigDecimal value) {
    return Math.abs(value.doubleValue() - median) > THRESHOLD * spread;
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
