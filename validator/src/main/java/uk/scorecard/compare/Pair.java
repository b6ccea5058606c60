package uk.scorecard.compare;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scorecard.rate.RatedIndicator;

/**
 * One indicator in both months, or in one only: last month's and this month's rated row (either
 * null for a new or removed indicator), whether it was matched by title because its id changed, and
 * what changed.
 */
public record Pair(
    @Nullable RatedIndicator last,
    @Nullable RatedIndicator now,
    boolean byTitle,
    List<Difference> differences) {

  public Pair {
    differences = List.copyOf(differences);
  }

  /** True when this pair shows a change of the kind. */
  public boolean has(Kind kind) {
    return differences.stream().anyMatch(d -> d.kind() == kind);
  }

  /** The first difference of the kind, or null. */
  public @Nullable Difference first(Kind kind) {
    return differences.stream().filter(d -> d.kind() == kind).findFirst().orElse(null);
  }
}
