package uk.scorecard.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A reporting period read from a column header: its label as the officer wrote it and the dates it
 * covers, so columns can be ordered by time rather than by position.
 */
public record Period(String label, LocalDate start, LocalDate end, Kind kind)
    implements Comparable<Period> {

  /** The length of a period. */
  public enum Kind {
    MONTH,
    QUARTER,
    TERM,
    YEAR,
    ROLLING_YEAR
  }

  private static final Comparator<Period> ORDER =
      (a, b) -> {
        int byEnd = a.end.compareTo(b.end);
        return byEnd != 0 ? byEnd : a.start.compareTo(b.start);
      };

  public Period {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(kind, "kind");
  }

  /** True when both periods cover the same dates, however their headers were written. */
  public boolean sameDatesAs(Period other) {
    return start.equals(other.start) && end.equals(other.end);
  }

  @Override
  public int compareTo(Period o) {
    return ORDER.compare(this, o);
  }
}
