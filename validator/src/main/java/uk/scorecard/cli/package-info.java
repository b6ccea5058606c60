/**
 * The command line: check and rate workbooks, as a function of arguments and streams returning an
 * exit code.
 */
@NullMarked
package uk.scorecard.cli;

import org.jspecify.annotations.NullMarked;
