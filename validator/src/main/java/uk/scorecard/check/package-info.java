/**
 * Check: impossible and suspicious values, as findings with a place, a severity, a code and a
 * sentence.
 */
package uk.scorecard.check;
