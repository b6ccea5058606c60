package uk.scorecard.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import uk.scorecard.model.Reading.Figure;

/** Figures, targets and levels written as the workbook shows them: {@code 112%}, {@code 16.2}. */
public final class Shown {

  private Shown() {}

  /** A figure at the precision the workbook shows it, with a % sign for percentages. */
  public static String figure(Figure f, Unit unit) {
    String s = f.value().setScale(Math.max(0, f.decimals()), RoundingMode.HALF_UP).toPlainString();
    return unit == Unit.PERCENT ? s + "%" : s;
  }

  /** A number as written, without trailing zeros, with a % sign for percentages. */
  public static String number(BigDecimal v, Unit unit) {
    BigDecimal plain = v.stripTrailingZeros();
    String s = (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    return unit == Unit.PERCENT ? s + "%" : s;
  }

  /** A target: {@code 95%}, or a band {@code 8% to 12%}. */
  public static String target(Target t, Unit unit) {
    if (t instanceof Target.Band b) {
      return number(b.low(), unit) + " to " + number(b.high(), unit);
    }
    return number(((Target.Point) t).value(), unit);
  }

  /** A count without its unit. */
  public static String count(BigDecimal v) {
    return number(v, Unit.COUNT);
  }

  /** Cell text cut to a length fit for a one-line message. */
  public static String clip(String text) {
    return CellText.clip(text);
  }
}
