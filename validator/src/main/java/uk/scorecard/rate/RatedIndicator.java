package uk.scorecard.rate;

import java.util.List;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Rating;

/**
 * An indicator with what we work out for it: the Change text (empty when there is none), the
 * rating, the caveats we add (never the officer's), and the observation it was rated on (or null).
 */
public record RatedIndicator(IndicatorRow row, String change, Rating rating, List<String> caveats,
    Observation ratedOn) {

  public RatedIndicator {
    caveats = List.copyOf(caveats);
  }
}
