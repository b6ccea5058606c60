package uk.scorecard.read.xlsx;

import uk.scorecard.read.grid.Grid;

/**
 * Says whether the first rows of a long sheet hold a table's header, so the sheet is read to its
 * end; the table reader supplies it, so decoding needs no idea of what a table is.
 */
@FunctionalInterface
public interface HeaderProbe {

  /** True when some row of these first rows of a sheet is a table's header. */
  boolean hasHeader(Grid firstRows, boolean date1904);
}
