/** Decodes a legacy .xls workbook into grids with POI, knowing nothing of tables. */
@NullMarked
package uk.scorecard.read.xls;

import org.jspecify.annotations.NullMarked;
