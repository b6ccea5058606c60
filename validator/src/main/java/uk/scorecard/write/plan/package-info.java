/**
 * What rating will write, worked out before any file is touched and whatever the format: the cells,
 * notes, widths and live rules ({@link uk.scorecard.write.plan.Plan}), the Checks sheet's content,
 * and the marks by which a later run knows our writing.
 */
@NullMarked
package uk.scorecard.write.plan;

import org.jspecify.annotations.NullMarked;
