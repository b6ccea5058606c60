package uk.scorecard.cli;

import uk.scorecard.check.Rule;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Severity;
import uk.scorecard.report.Outcome;
import uk.scorecard.report.Report;

/**
 * A workbook with no indicator table, on the command line: an error unless {@code
 * --allow-no-table}, because in CI a scorecard that lost its table (a renamed heading, the wrong
 * file) must fail the run, as the web page refuses it; a folder that also holds other workbooks
 * passes the option and keeps the library's info finding.
 */
final class NoTable {

  private NoTable() {}

  /** The outcome with its no-table finding raised to an error, unless allowed. */
  static Outcome judged(Outcome o, boolean allowed) {
    if (allowed || !(o instanceof Report r)) {
      return o;
    }
    return new Report(
        r.path(), r.findings().stream().map(NoTable::raised).toList(), r.indicators(), r.since());
  }

  private static Finding raised(Finding f) {
    return f.code().equals(Rule.NO_TABLE.code())
        ? new Finding(f.sheet(), f.cell(), Severity.ERROR, f.code(), f.message())
        : f;
  }
}
