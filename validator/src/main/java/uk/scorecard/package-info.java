/** Checks and RAG-rates scorecard workbooks: {@link uk.scorecard.Scorecard} is the front door. */
package uk.scorecard;
