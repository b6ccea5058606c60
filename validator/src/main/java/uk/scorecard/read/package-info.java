/** Read: finds indicator tables in a workbook and reads their figures; the only stage besides write that sees POI. */
@NullMarked
package uk.scorecard.read;

import org.jspecify.annotations.NullMarked;
