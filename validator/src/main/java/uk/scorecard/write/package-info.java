/**
 * Write: patches ratings, notes and a Checks sheet into the officer's own workbook, leaving the
 * rest as it was.
 */
@NullMarked
package uk.scorecard.write;

import org.jspecify.annotations.NullMarked;
