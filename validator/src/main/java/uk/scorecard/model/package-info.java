/** Immutable values shared by every stage: cells, periods, readings, indicators, findings. */
package uk.scorecard.model;
