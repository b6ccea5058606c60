package uk.scorecard.model;

import java.math.BigDecimal;

/**
 * When a figure is Blue (BRAG): beyond the target by a margin ({@code 5% beyond target}), or at or
 * beyond a level of its own (a Blue column). Only where a workbook says so is Blue rated.
 */
public record Blue(Tolerance margin, BigDecimal level) {

  /** The figure at or beyond which an indicator with this target is Blue. */
  public BigDecimal threshold(BigDecimal target, Polarity polarity) {
    if (level != null) {
      return level;
    }
    BigDecimal allowance = margin.allowance(target);
    return polarity == Polarity.LOWER_IS_BETTER
        ? target.subtract(allowance)
        : target.add(allowance);
  }
}
