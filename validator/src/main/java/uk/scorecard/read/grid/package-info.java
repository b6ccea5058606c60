/** The boundary between decoding and reading tables: a sheet as a grid of raw cells. */
@NullMarked
package uk.scorecard.read.grid;

import org.jspecify.annotations.NullMarked;
