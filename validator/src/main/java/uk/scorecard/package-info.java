/** Checks and RAG-rates scorecard workbooks: {@link uk.scorecard.Scorecard} is the front door. */
@NullMarked
package uk.scorecard;

import org.jspecify.annotations.NullMarked;
