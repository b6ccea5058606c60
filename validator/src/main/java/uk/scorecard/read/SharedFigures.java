package uk.scorecard.read;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import uk.scorecard.model.Reading;

/**
 * Equal figures read once: a scorecard's figures take few values (whole counts, percentages to a
 * decimal place), so a table of a million figure cells holds a few thousand figures, not a million.
 * The first {@value #MAX} distinct figures of a workbook are shared; later ones are kept as read,
 * so a workbook of all-different figures costs no more than before.
 */
final class SharedFigures {

  /** Distinct figures remembered per workbook: bounds what sharing itself may hold. */
  static final int MAX = 4_096;

  /**
   * Keyed by the value (equal in value and scale), not by the record: a record's generated equals
   * and hashCode start a bootstrap of method handles, some sixty classes for a short run.
   */
  private final Map<BigDecimal, Reading.Figure> seen = new HashMap<>();

  /** The shared figure equal to this reading in every part, or the reading itself. */
  Reading share(Reading r) {
    if (!(r instanceof Reading.Figure f) || f.stated() != null) {
      // A figure with its count or percentage written beside it is rare and carries more.
      return r;
    }
    Reading.Figure shared = seen.get(f.value());
    if (shared == null) {
      if (seen.size() < MAX) {
        seen.put(f.value(), f);
      }
      return f;
    }
    boolean same =
        shared.decimals() == f.decimals()
            && shared.stated() == null
            && shared.percentFormatted() == f.percentFormatted()
            && shared.storedAsText() == f.storedAsText();
    return same ? shared : f;
  }
}
