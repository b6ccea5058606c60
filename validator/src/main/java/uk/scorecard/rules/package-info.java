/** Rules given outside the workbook: the rules file and its validation. */
package uk.scorecard.rules;
