/** Report: the outcome of a run as values, and its text and JSON forms. */
package uk.scorecard.report;
