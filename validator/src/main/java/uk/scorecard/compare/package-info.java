/**
 * Compare: last month's rated workbook against this month's by parsed indicator, the direction of
 * travel, and the exception sentences a committee paper is written from.
 */
@NullMarked
package uk.scorecard.compare;

import org.jspecify.annotations.NullMarked;
