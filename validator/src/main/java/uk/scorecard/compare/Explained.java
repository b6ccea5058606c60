package uk.scorecard.compare;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Rating;
import uk.scorecard.rate.RatedIndicator;

/**
 * An indicator's rating explained for reports an analyst builds on (check --format json): the
 * figure before the rated one, the tolerance as written, and why it has its rating, in the words of
 * the exception sentences.
 */
public final class Explained {

  private Explained() {}

  /** The figure before the one rated on (its own previous period), or null when none. */
  public static @Nullable Observation previous(RatedIndicator r) {
    List<Observation> figures = r.row().figures();
    int at = r.ratedOn() == null ? -1 : figures.indexOf(r.ratedOn());
    return at < 1 ? null : figures.get(at - 1);
  }

  /** The tolerance as written ({@code 10%}, {@code 5pp}, amber levels); empty when none given. */
  public static String tolerance(IndicatorRow row) {
    return Figures.tolerance(row);
  }

  /**
   * Why the indicator has its rating: where the rated figure stands against the target with the
   * polarity ("85% in Jul-19 is within 10% of the 95% target (higher is better)"), or for Grey the
   * reason it is not rated ("Not rated: no target").
   */
  public static String reason(RatedIndicator r) {
    if (r.rating() == Rating.GREY) {
      return r.caveats().stream()
          .filter(c -> c.startsWith("Not rated"))
          .findFirst()
          .orElse(
              r.row().polarity() == Polarity.NOT_RATED
                  ? "Not rated: its polarity is Not rated"
                  : "Not rated");
    }
    return r.ratedOn() == null ? "" : Sentences.position(r);
  }
}
