/** Rules given outside the workbook: the rules file and its validation. */
@NullMarked
package uk.scorecard.rules;

import org.jspecify.annotations.NullMarked;
