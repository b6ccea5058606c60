package uk.scorecard.check;

import java.math.BigDecimal;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Shown;
import uk.scorecard.model.Unit;

/**
 * A target, a tolerance level or a tolerance in points, checked against what its indicator's unit
 * allows. {@code label} says which for people: "Target", "Lower tolerance".
 */
@WithinUnit
record CheckedLimit(CellRef cell, String label, Unit unit, BigDecimal value, Kind kind)
    implements Located {

  /** What the number is. */
  enum Kind {
    /** A level on the indicator's own scale: a target, an end of a band, a tolerance level. */
    LEVEL,
    /** A tolerance in percentage points. */
    POINTS
  }

  /** The number as written, with a % sign or "pp" as its kind and unit need. */
  String shown() {
    return kind == Kind.POINTS ? Shown.count(value) + "pp" : Shown.number(value, unit);
  }
}
