package uk.scorecard.rate;

import java.util.List;
import uk.scorecard.model.IndicatorTable;
import uk.scorecard.rules.Rules;

/** Rates every indicator of every table. */
public final class Rater {
  private final Rules rules;

  public Rater(Rules rules) {
    this.rules = rules;
  }

  /** The rating of each indicator, table by table, top to bottom. */
  public List<RatedIndicator> rate(List<IndicatorTable> tables) {
    return List.of();
  }
}
