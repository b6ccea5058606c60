/** Decodes an .xlsx, .xlsm or .xltx package into grids, knowing nothing of tables. */
@NullMarked
package uk.scorecard.read.xlsx;

import org.jspecify.annotations.NullMarked;
