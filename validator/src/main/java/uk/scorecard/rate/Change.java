package uk.scorecard.rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Unit;

/**
 * Says how an indicator moved between its latest two periods with figures: percentages in
 * percentage points, counts in units, other measures at the precision shown.
 */
public final class Change {

  private Change() {}

  /**
   * The Change text, or empty when the latest period has no figure or there is nothing before it.
   */
  public static String of(IndicatorRow row) {
    List<Observation> obs = row.observations();
    if (obs.isEmpty() || obs.get(obs.size() - 1).reading().figure() == null) {
      return "";
    }
    List<Observation> figures = row.figures();
    if (figures.size() < 2) {
      return "";
    }
    Figure latest = figures.get(figures.size() - 1).reading().figure();
    Figure before = figures.get(figures.size() - 2).reading().figure();
    return between(before, latest, row.unit());
  }

  /** The change from one figure to another, compared as each is shown. */
  static String between(Figure before, Figure latest, Unit unit) {
    int decimals = unit == Unit.COUNT ? 0 : Math.max(before.decimals(), latest.decimals());
    BigDecimal diff = shown(latest, decimals).subtract(shown(before, decimals));
    if (diff.signum() == 0) {
      return "No change";
    }
    String amount = diff.abs().setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    String suffix = unit == Unit.PERCENT ? "pp" : "";
    return (diff.signum() > 0 ? "Up " : "Down ") + amount + suffix;
  }

  /** A figure rounded as the workbook shows it. */
  static BigDecimal shown(Figure f, int decimals) {
    return f.value().setScale(decimals, RoundingMode.HALF_UP);
  }
}
