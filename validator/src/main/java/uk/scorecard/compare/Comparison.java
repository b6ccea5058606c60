package uk.scorecard.compare;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scorecard.rate.RatedIndicator;

/**
 * Last month's workbook against this month's: their names, the latest period last month reported
 * (the "since" of "No ratings changed since Feb-20"), and each indicator's pair, in this month's
 * order with removed indicators last.
 */
public record Comparison(String lastName, String thisName, String lastPeriod, List<Pair> pairs) {

  public Comparison {
    lastPeriod = lastPeriod == null ? "" : lastPeriod;
    pairs = List.copyOf(pairs);
  }

  /** Every difference, pair by pair. */
  public List<Difference> differences() {
    return pairs.stream().flatMap(p -> p.differences().stream()).toList();
  }

  /** Every difference but "no change", the lines a reader needs. */
  public List<Difference> changes() {
    return differences().stream().filter(d -> d.kind() != Kind.NO_CHANGE).toList();
  }

  /** The differences a board must be told of: restated or withdrawn past figures. */
  public List<Difference> warnings() {
    return differences().stream().filter(d -> d.kind().warning()).toList();
  }

  /** How many differences are of this kind. */
  public long count(Kind kind) {
    return differences().stream().filter(d -> d.kind() == kind).count();
  }

  /** The pair of this month's rated indicator, or null when it is not in the comparison. */
  public @Nullable Pair of(RatedIndicator now) {
    for (Pair p : pairs) {
      if (p.now() == now) {
        return p;
      }
    }
    return null;
  }

  /** "since Feb-20", or "since the last report" when last month had no figures. */
  public String since() {
    return lastPeriod.isEmpty() ? "since the last report" : "since " + lastPeriod;
  }
}
