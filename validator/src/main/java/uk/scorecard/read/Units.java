package uk.scorecard.read;

import java.util.List;
import java.util.Locale;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Unit;

/** Infers an indicator's unit when no Unit column says it, from number formats and the title. */
final class Units {

  private Units() {}

  /** The stated unit if any, else one inferred from the figures' formats and the title. */
  static Unit of(Unit stated, String title, List<Observation> obs) {
    if (stated != null) {
      return stated;
    }
    boolean pct = obs.stream().map(o -> o.reading().figure())
        .anyMatch(f -> f != null && f.percentFormatted());
    if (pct) {
      return Unit.PERCENT;
    }
    String t = title == null ? "" : title.toLowerCase(Locale.ROOT).trim();
    if (t.startsWith("%") || t.startsWith("percentage") || t.startsWith("proportion")
        || t.contains("% of") || t.startsWith("percent")) {
      return Unit.PERCENT;
    }
    if (t.startsWith("number of") || t.startsWith("no. of") || t.startsWith("count of")) {
      return Unit.COUNT;
    }
    return Unit.DECIMAL;
  }
}
