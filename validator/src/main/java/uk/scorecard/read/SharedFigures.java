package uk.scorecard.read;

import java.util.HashMap;
import java.util.Map;
import uk.scorecard.model.Reading;

/**
 * Equal figures read once: a scorecard's figures take few values (whole counts, percentages to a
 * decimal place), so a table of a million figure cells holds a few thousand figures, not a
 * million. The first {@value #MAX} distinct figures of a workbook are shared; later ones are kept
 * as read, so a workbook of all-different figures costs no more than before.
 */
final class SharedFigures {

  /** Distinct figures remembered per workbook: bounds what sharing itself may hold. */
  static final int MAX = 4_096;

  private final Map<Reading.Figure, Reading.Figure> seen = new HashMap<>();

  /** The shared figure equal to this reading (equal value and scale), or the reading itself. */
  Reading share(Reading r) {
    if (!(r instanceof Reading.Figure f)) {
      return r;
    }
    Reading.Figure shared = seen.get(f);
    if (shared != null) {
      return shared;
    }
    if (seen.size() < MAX) {
      seen.put(f, f);
    }
    return f;
  }
}
