package uk.scorecard.read;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.Period;

/**
 * How often an indicator is reported, from a Frequency cell: monthly, quarterly, termly, annual.
 */
final class Frequency {

  private Frequency() {}

  /** The period kind a Frequency cell names, or null when it names none. */
  static Period.@Nullable Kind of(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.startsWith("month") || t.equals("m")) {
      return Period.Kind.MONTH;
    }
    if (t.startsWith("quarter") || t.equals("q")) {
      return Period.Kind.QUARTER;
    }
    if (t.startsWith("term")) {
      return Period.Kind.TERM;
    }
    if (t.startsWith("annual") || t.startsWith("year") || t.equals("a") || t.equals("y")) {
      return Period.Kind.YEAR;
    }
    return null;
  }
}
