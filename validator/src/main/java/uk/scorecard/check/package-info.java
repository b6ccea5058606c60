/**
 * Check: impossible and suspicious values as findings, each with a place, a severity, a rule code
 * and a sentence. {@link uk.scorecard.check.Checker} runs them; {@link
 * uk.scorecard.check.RuleCatalogue} lists them. Cell and row rules are Bean Validation constraints
 * on check-side records; table and workbook rules are plain functions beside them.
 */
@NullMarked
package uk.scorecard.check;

import org.jspecify.annotations.NullMarked;
