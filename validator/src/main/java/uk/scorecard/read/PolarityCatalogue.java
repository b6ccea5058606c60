package uk.scorecard.read;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import uk.scorecard.model.Polarity;
import uk.scorecard.read.TitleCues.Hit;
import uk.scorecard.read.TitleCues.Kind;
import uk.scorecard.read.TitleCues.Reading;

/**
 * The polarity an indicator's title implies, read from what it measures rather than from any word
 * in it: 'return interviews within 72 hours for children missing from care' measures timeliness
 * (higher is better) of work for a population described as missing. The cues live in {@code
 * polarity-catalogue.tsv} beside this class. When the title's cues disagree, or it is a breakdown,
 * a count of activity or a population rate, there is no answer: a wrong direction would rate a Red
 * indicator Green, while no direction leaves it Grey with the reason said.
 */
final class PolarityCatalogue {

  /** A polarity found in a title, with the words that gave it away. */
  record Match(Polarity polarity, String phrase) {}

  private PolarityCatalogue() {}

  /** The polarity a title implies, with the phrase that decided it; empty when unsure. */
  static Optional<Match> lookup(String title) {
    if (title == null || title.isBlank()) {
      return Optional.empty();
    }
    String t = TitleCues.normalise(title);
    Reading r = TitleCues.read(t);
    if (r.has(Kind.UNSURE) || r.negatedBadCue()) {
      return Optional.empty();
    }
    if (r.has(Kind.COUNT)) {
      return counted(r);
    }
    // Work done is rated only as a share of the work due, and a failure in the same title
    // ('completed out of timescale') says which share it is.
    boolean activityRated =
        (r.has(Kind.SHARE) || r.has(Kind.HIGHER)) && !r.has(Kind.CONTEXT) && !r.has(Kind.FAILURE);
    List<Hit> strong =
        r.hits().stream()
            .filter(
                h ->
                    h.kind() == Kind.HIGHER
                        || h.kind() == Kind.LOWER
                        || h.kind() == Kind.FAILURE
                        || (h.kind() == Kind.ACTIVITY && activityRated))
            .toList();
    if (!strong.isEmpty()) {
      return unanimous(strong);
    }
    if (r.has(Kind.CONTEXT)) {
      return Optional.empty();
    }
    return unanimous(
        r.hits().stream()
            .filter(h -> h.kind() == Kind.WEAK_HIGHER || h.kind() == Kind.WEAK_LOWER)
            .toList());
  }

  /**
   * A count or population rate follows the size of the population, so only a count of failures
   * ('number of visits overdue') is rated, and not when the title also counts work done on time.
   */
  private static Optional<Match> counted(Reading r) {
    if (r.has(Kind.HIGHER)) {
      return Optional.empty();
    }
    return decide(r.hits(), h -> h.kind() == Kind.FAILURE);
  }

  private static Optional<Match> unanimous(List<Hit> hits) {
    if (hits.isEmpty()) {
      return Optional.empty();
    }
    boolean up = hits.stream().anyMatch(PolarityCatalogue::better);
    boolean down = hits.stream().anyMatch(h -> !better(h));
    return up && down ? Optional.empty() : decide(hits, h -> true);
  }

  /**
   * The direction of the chosen hits, quoting the one that says most: what is measured over work
   * done ('up-to-date' rather than 'health assessment'), then the longest, then the first.
   */
  private static Optional<Match> decide(List<Hit> hits, Predicate<Hit> which) {
    return hits.stream()
        .filter(which)
        .min(
            Comparator.comparing((Hit h) -> h.kind() == Kind.ACTIVITY)
                .thenComparingInt(h -> h.start() - h.end())
                .thenComparingInt(Hit::start))
        .map(
            h ->
                new Match(
                    better(h) ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER, h.text()));
  }

  private static boolean better(Hit h) {
    return h.kind().isGood();
  }
}
