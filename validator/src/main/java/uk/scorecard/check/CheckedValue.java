package uk.scorecard.check;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Reading;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Shown;
import uk.scorecard.model.Unit;

/**
 * One figure cell of an indicator row, checked on its own: a period's reading, or the numerator or
 * denominator. {@code label} says where for people: the period label, or "Numerator".
 */
@PercentInRange
@NotNegative
@WholeCount
@NumberNotText
@NoExcelError
@Calculated
@Recognised
@StatedPercentMatches
@Suppressed(groups = Publish.class)
record CheckedValue(CellRef cell, String label, Unit unit, Reading reading, Role role)
    implements Located {

  /** 100, the most a percentage can be. */
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** What the cell holds for its indicator. */
  enum Role {
    PERIOD,
    NUMERATOR,
    DENOMINATOR
  }

  /** The number, or null when the cell holds none. */
  @Nullable Figure figure() {
    return reading.figure();
  }

  /** True for a period's percentage. */
  boolean isPercent() {
    return role == Role.PERIOD && unit == Unit.PERCENT;
  }

  /** True for a count of people or cases: a count's figure, a numerator or a denominator. */
  boolean isCount() {
    return role != Role.PERIOD || unit == Unit.COUNT;
  }

  /** The figure as the workbook shows it. */
  String shown() {
    return Shown.figure(figure(), role == Role.PERIOD ? unit : Unit.COUNT);
  }

  /** True when the figure is a whole number. */
  static boolean whole(BigDecimal v) {
    return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
  }
}
