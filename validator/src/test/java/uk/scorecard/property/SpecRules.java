package uk.scorecard.property;

import java.math.BigDecimal;
import uk.scorecard.property.Spec.Band;
import uk.scorecard.property.Spec.Indicator;
import uk.scorecard.property.Spec.Point;
import uk.scorecard.property.Spec.Points;
import uk.scorecard.property.Spec.Relative;
import uk.scorecard.property.Spec.Tol;
import uk.scorecard.property.Spec.Unit;
import uk.scorecard.property.Spec.Units;

/** Writes an indicator's target and tolerance cells the ways officers do: numbers or text. */
final class SpecRules {

  private SpecRules() {}

  /** The target: a number stored like the figures, text such as "95%", or a band "8% to 12%". */
  static void target(SpecWorkbook wb, int r, int c, Indicator ind) {
    boolean pct = ind.measure().unit == Unit.PERCENT;
    if (ind.goal() instanceof Band b) {
      wb.text(r, c, plain(b.low(), pct) + " to " + plain(b.high(), pct));
    } else if (ind.goal() instanceof Point p && p.asText()) {
      wb.text(r, c, plain(p.value(), pct));
    } else if (ind.goal() instanceof Point p) {
      wb.figure(r, c, ind.measure(), p.value());
    }
  }

  /** The tolerance: "10%" or 0.1 shown as 10%, "3pp", or a plain number as a number or text. */
  static void tolerance(SpecWorkbook wb, int r, int c, Tol tol) {
    if (tol instanceof Relative rel && rel.asText()) {
      wb.text(r, c, plain(rel.percent(), true));
    } else if (tol instanceof Relative rel) {
      wb.number(r, c, rel.percent().movePointLeft(2), "0%");
    } else if (tol instanceof Points p) {
      wb.text(r, c, plain(p.points(), false) + "pp");
    } else if (tol instanceof Units u && u.asText()) {
      wb.text(r, c, plain(u.units(), false));
    } else if (tol instanceof Units u) {
      wb.number(r, c, u.units(), null);
    }
  }

  /** A number as an officer types it: no trailing zeros, with a % sign when asked. */
  static String plain(BigDecimal v, boolean percent) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString() + (percent ? "%" : "");
  }
}
