/** The package guard and the zip container: what a file may make us unpack, and refusals. */
@NullMarked
package uk.scorecard.read.container;

import org.jspecify.annotations.NullMarked;
