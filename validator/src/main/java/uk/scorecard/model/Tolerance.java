package uk.scorecard.model;

import java.math.BigDecimal;
import java.math.MathContext;

/** How far past the target a figure may fall and still be Amber. */
public sealed interface Tolerance {

  /** The allowance in the indicator's own units for a given target. */
  BigDecimal allowance(BigDecimal target);

  /** A share of the target: {@code 10%} is 10% of the target. */
  record Relative(BigDecimal percent) implements Tolerance {
    @Override
    public BigDecimal allowance(BigDecimal target) {
      return target.abs().multiply(percent).divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
    }
  }

  /** Percentage points, {@code 5pp}. */
  record Points(BigDecimal points) implements Tolerance {
    @Override
    public BigDecimal allowance(BigDecimal target) {
      return points;
    }
  }

  /** A plain number in the indicator's units. */
  record Units(BigDecimal units) implements Tolerance {
    @Override
    public BigDecimal allowance(BigDecimal target) {
      return units;
    }
  }

  /** The documented workbook-wide default when none is given: 5% of the target. */
  Tolerance DEFAULT = new Relative(BigDecimal.valueOf(5));
}
