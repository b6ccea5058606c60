package uk.scorecard.check;

import uk.scorecard.model.CellRef;

/** Something checked that sits in a cell, so a violation on it can say where. */
interface Located {

  /** The cell a finding about it points at. */
  CellRef cell();
}
