package uk.scorecard.rate;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Rating;

/**
 * An indicator with what we work out for it: the Change text (empty when there is none), the
 * rating, the caveats we add (never the officer's), the observation it was rated on (or null),
 * which of its Change, RAG and Caveat cells are ours to write ({@link Ours}), and whether it was
 * rated on the five-point scale.
 */
public record RatedIndicator(
    IndicatorRow row,
    String change,
    Rating rating,
    List<String> caveats,
    @Nullable Observation ratedOn,
    boolean writesChange,
    boolean writesRag,
    boolean writesCaveat,
    boolean fivePoint) {

  public RatedIndicator {
    caveats = List.copyOf(caveats);
  }
}
