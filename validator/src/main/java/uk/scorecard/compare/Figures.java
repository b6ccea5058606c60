package uk.scorecard.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Period;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Rating;
import uk.scorecard.model.Reading;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Shown;
import uk.scorecard.model.Tolerance;
import uk.scorecard.model.Unit;
import uk.scorecard.rate.Rag;

/** Figures, rules and readings as the comparison and the sentences show and weigh them. */
final class Figures {

  private Figures() {}

  /** A figure as the workbook shows it: {@code 22%}, {@code 16.2}. */
  static String shown(Figure f, Unit unit) {
    return Shown.figure(f, unit);
  }

  /** A reading as a reader would see it: the figure, the marker's text, or {@code blank}. */
  static String reading(Reading r, Unit unit) {
    if (r instanceof Reading.Figure f) {
      return shown(f, unit);
    }
    if (r instanceof Reading.Marker m) {
      return m.text();
    }
    if (r instanceof Reading.Withheld w) {
      return w.text();
    }
    if (r instanceof Reading.ExcelError e) {
      return e.code();
    }
    if (r instanceof Reading.Other o) {
      return o.text();
    }
    return r instanceof Reading.Blank ? "blank" : "no saved result";
  }

  /** True when two figures differ at the precision either workbook shows them. */
  static boolean differ(Figure a, Figure b, Unit unit) {
    int decimals = unit == Unit.COUNT ? 0 : Math.max(a.decimals(), b.decimals());
    return at(a, decimals).compareTo(at(b, decimals)) != 0;
  }

  /** A figure rounded as shown (the value a rating and a change are worked out from). */
  static BigDecimal at(Figure f, int decimals) {
    return f.value().setScale(Math.max(0, decimals), RoundingMode.HALF_UP);
  }

  /** The target as shown, or empty when there is none. */
  static String target(IndicatorRow row) {
    return row.target() == null ? "" : Shown.target(row.target(), row.unit());
  }

  /**
   * The tolerance as written ({@code 10%} of the target, {@code 5pp}, {@code 2} units) with any
   * explicit amber levels; empty when none is given (the default applies).
   */
  static String tolerance(IndicatorRow row) {
    StringBuilder sb = new StringBuilder(toleranceOnly(row.tolerance(), row.unit()));
    if (row.lowerTolerance() != null) {
      sb.append(sb.length() > 0 ? ", " : "")
          .append("lower level ")
          .append(Shown.number(row.lowerTolerance(), row.unit()));
    }
    if (row.upperTolerance() != null) {
      sb.append(sb.length() > 0 ? ", " : "")
          .append("upper level ")
          .append(Shown.number(row.upperTolerance(), row.unit()));
    }
    return sb.toString();
  }

  /** A tolerance alone: {@code 10%}, {@code 5pp}, or a number of units; empty for none. */
  static String toleranceOnly(Tolerance t, Unit unit) {
    if (t instanceof Tolerance.Relative r) {
      return Shown.number(r.percent(), Unit.DECIMAL) + "%";
    }
    if (t instanceof Tolerance.Points p) {
      return Shown.number(p.points(), Unit.DECIMAL) + "pp";
    }
    if (t instanceof Tolerance.Units u) {
      // Units of a percentage are points; a bare % would read as a share of the target.
      return Shown.number(u.units(), Unit.DECIMAL) + (unit == Unit.PERCENT ? "pp" : "");
    }
    return "";
  }

  /** The polarity in words for a sentence, or empty. */
  static String polarity(@Nullable Polarity p) {
    return p == null ? "" : p.label().toLowerCase(java.util.Locale.ROOT);
  }

  /** The rule the indicator is rated by now, or null when it is not rated. */
  static Rag.@Nullable Rule rule(IndicatorRow row) {
    return rule(row, false);
  }

  /** The rule the indicator is rated by now, on the five-point scale if so, or null. */
  static Rag.@Nullable Rule rule(IndicatorRow row, boolean fivePoint) {
    if (row.polarity() == null || row.polarity() == Polarity.NOT_RATED) {
      return null;
    }
    Rag.Rule rule =
        new Rag.Rule(
            row.polarity(),
            row.target(),
            row.tolerance(),
            row.lowerTolerance(),
            row.upperTolerance(),
            row.blue(),
            fivePoint);
    return Rag.hasTarget(rule) ? rule : null;
  }

  /** The rating a figure would have under the rule, as shown (null rule: Grey). */
  static Rating rate(Figure f, Rag.@Nullable Rule rule) {
    return rule == null ? Rating.GREY : Rag.rate(at(f, f.decimals()), rule);
  }

  /** The observation for the same dates in another row, or null. */
  static @Nullable Observation samePeriod(IndicatorRow row, Period p) {
    for (Observation o : row.observations()) {
      if (o.period().sameDatesAs(p)) {
        return o;
      }
    }
    return null;
  }
}
