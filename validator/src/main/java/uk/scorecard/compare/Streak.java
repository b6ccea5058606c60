package uk.scorecard.compare;

import java.util.List;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Period;
import uk.scorecard.model.Rating;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.rate.Rag;
import uk.scorecard.rate.RatedIndicator;

/**
 * How many consecutive periods up to the one rated on an indicator's figures give the same rating
 * under today's rule, counted in the indicator's own periods: months only for a monthly indicator,
 * quarters for a quarterly one (whose empty months are not gaps).
 */
final class Streak {

  private static final String[] ORDINALS = {
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth"
  };

  private Streak() {}

  /** The number of consecutive periods with the rating the indicator has now (at least 1). */
  static int of(RatedIndicator r) {
    Rag.Rule rule = Figures.rule(r.row(), r.fivePoint());
    List<Observation> obs = r.row().observations();
    int at = obs.indexOf(r.ratedOn());
    if (rule == null || at < 0) {
      return 1;
    }
    boolean gapsExpected = ownPeriod(r) != r.ratedOn().period().kind();
    int count = 0;
    Period after = null;
    for (int i = at; i >= 0; i--) {
      Figure f = obs.get(i).reading().figure();
      if (f == null) {
        if (gapsExpected) {
          continue;
        }
        break;
      }
      Period p = obs.get(i).period();
      if (!gapsExpected && after != null && !p.end().plusDays(1).equals(after.start())) {
        break;
      }
      if (Figures.rate(f, rule) != r.rating()) {
        break;
      }
      count++;
      after = p;
    }
    return Math.max(1, count);
  }

  /** The indicator's own period: its Frequency when given, else its columns' period. */
  static Period.Kind ownPeriod(RatedIndicator r) {
    Period.Kind every = r.row().frequency();
    return every != null ? every : r.ratedOn().period().kind();
  }

  /** "month", "quarter", "term" or "year". */
  static String word(Period.Kind k) {
    return switch (k) {
      case MONTH -> "month";
      case QUARTER -> "quarter";
      case TERM -> "term";
      case YEAR, ROLLING_YEAR -> "year";
    };
  }

  /** "for a second consecutive month", in words (no number a reader must find in the book). */
  static String phrase(int n, Period.Kind k) {
    String unit = word(k);
    if (n < ORDINALS.length) {
      return "for a " + ORDINALS[n] + " consecutive " + unit;
    }
    return "for more than twelve consecutive " + unit + "s";
  }

  /** True when a rating is one a board reads first. */
  static boolean exception(Rating r) {
    return r.exception();
  }
}
