/**
 * Write .xls: applies the plan to a legacy binary workbook through POI's HSSF and checks the
 * result.
 */
@NullMarked
package uk.scorecard.write.xls;

import org.jspecify.annotations.NullMarked;
