package uk.scorecard.report;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The figures and rules behind one indicator's rating, for an analyst to build on: the figure it
 * was rated on and the one before (each null when there is none), its unit, polarity (and whether
 * it was assumed from the title), the tolerance as written (empty when the default applied), and
 * why it has its rating.
 */
public record IndicatorFacts(
    @Nullable Value latest,
    @Nullable Value previous,
    String unit,
    String polarity,
    boolean polarityAssumed,
    String tolerance,
    String reason) {

  /** Nothing known: for results built without a rated indicator (tests, stand-ins). */
  public static final IndicatorFacts NONE = new IndicatorFacts(null, null, "", "", false, "", "");

  public IndicatorFacts {
    unit = unit == null ? "" : unit;
    polarity = polarity == null ? "" : polarity;
    tolerance = tolerance == null ? "" : tolerance;
    reason = reason == null ? "" : reason;
  }

  /**
   * One figure: its number (a percentage on the 0 to 100 scale), as the workbook shows it ({@code
   * 85%}), and its period's heading ({@code Jul-19}).
   */
  public record Value(BigDecimal number, String shown, String period) {}
}
