/** The command line: check and rate workbooks, as a function of arguments and streams returning an exit code. */
package uk.scorecard.cli;
