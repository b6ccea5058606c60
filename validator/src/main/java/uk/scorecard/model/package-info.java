/** Immutable values shared by every stage: cells, periods, readings, indicators, findings. */
@NullMarked
package uk.scorecard.model;

import org.jspecify.annotations.NullMarked;
