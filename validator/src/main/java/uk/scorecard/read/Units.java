package uk.scorecard.read;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Unit;

/** Infers an indicator's unit when no Unit column says it, from number formats and the title. */
final class Units {

  /** A title's wording and the unit it implies; the first that matches wins. */
  private record Wording(Pattern pattern, Unit unit) {}

  // Durations and averages come before counts: "Average number of days" is not a count.
  private static final List<Wording> TITLES =
      List.of(
          title(
              "^(%|percentage\\b|percent\\b|proportion\\b)|% of\\b|\\(%\\)|\\bas a %",
              Unit.PERCENT),
          title("^(average|mean|median)\\b", Unit.DECIMAL),
          title("\\brate per\\b|\\bper (10|100|1)?,?000\\b", Unit.DECIMAL),
          title(
              "^(number of )?(weeks|days)\\b|\\((weeks|days)\\)|\\bin (weeks|days)$", Unit.DECIMAL),
          title("^(number|no\\.?|count|total number) of\\b", Unit.COUNT));

  private Units() {}

  /** The stated unit if any, else one inferred from the figures' formats and the title. */
  static Unit of(Unit stated, String title, List<Observation> obs) {
    if (stated != null) {
      return stated;
    }
    boolean pct =
        obs.stream()
            .map(o -> o.reading().figure())
            .anyMatch(f -> f != null && f.percentFormatted());
    if (pct) {
      return Unit.PERCENT;
    }
    String t = title == null ? "" : title.toLowerCase(Locale.ROOT).trim();
    for (Wording w : TITLES) {
      if (w.pattern().matcher(t).find()) {
        return w.unit();
      }
    }
    return Unit.DECIMAL;
  }

  private static Wording title(String regex, Unit unit) {
    return new Wording(Pattern.compile(regex), unit);
  }
}
