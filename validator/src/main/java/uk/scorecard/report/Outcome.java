package uk.scorecard.report;

/** What came of one workbook in a run: a {@link Report}, or {@link Unreadable} with the reason. */
public sealed interface Outcome permits Report, Unreadable {

  /** The workbook's path as it was given or found. */
  String path();
}
