package uk.scorecard.model;

import java.math.BigDecimal;

/** An indicator's target: a single figure or a band ("8% to 12%"), on the indicator's own scale. */
public sealed interface Target {

  /** A single target figure. */
  record Point(BigDecimal value) implements Target {}

  /** A band; {@code low} should not be above {@code high}. */
  record Band(BigDecimal low, BigDecimal high) implements Target {}
}
