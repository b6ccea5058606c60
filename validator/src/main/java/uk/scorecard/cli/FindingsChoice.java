package uk.scorecard.cli;

import picocli.CommandLine.Option;

/** The options that say which findings fail the run and which are printed (check and rate). */
final class FindingsChoice {

  @Option(
      names = "--fail-on",
      defaultValue = "error",
      paramLabel = "LEVEL",
      description =
          "Exit 1 for findings at or above: ${COMPLETION-CANDIDATES}"
              + " (default: ${DEFAULT-VALUE}).")
  FailOn failOn = FailOn.error;

  @Option(
      names = "--min-severity",
      defaultValue = "info",
      paramLabel = "LEVEL",
      description =
          "Print only findings at or above: ${COMPLETION-CANDIDATES} (default:"
              + " ${DEFAULT-VALUE}); warning hides info. The summary still counts every finding.")
  MinSeverity minSeverity = MinSeverity.info;

  @Option(
      names = "--allow-no-table",
      description =
          "A workbook with no indicator table is an error (exit 1) unless this is"
              + " given, for folders that also hold other workbooks; then it is info.")
  boolean allowNoTable;
}
