/** Report: the outcome of a run as values, and its text and JSON forms. */
@NullMarked
package uk.scorecard.report;

import org.jspecify.annotations.NullMarked;
