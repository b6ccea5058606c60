package uk.scorecard.check;

import java.util.List;
import java.util.concurrent.CancellationException;
import uk.scorecard.Options;
import uk.scorecard.model.Finding;
import uk.scorecard.model.IndicatorTable;
import uk.scorecard.model.ReadWorkbook;
import uk.scorecard.rate.RatedIndicator;

/**
 * Runs every check over a read workbook, after what the reader found: each cell and row (Bean Validation constraints), each
 * table, then the workbook as a whole. Thread-safe; findings are returned as values, never thrown.
 * See {@link RuleCatalogue} for the rules.
 */
public final class Checker {

  /** Starts the row checks' validator on a background thread; checking waits for it if need be. */
  public static void prepareInBackground() {
    RowChecks.prepareInBackground();
  }

  /**
   * Every finding for the workbook, ordered by place, at the severities the options give; throws
   * {@link CancellationException} if the thread is interrupted while it checks.
   */
  public List<Finding> check(ReadWorkbook wb, List<RatedIndicator> rated, Options options) {
    Findings out = new Findings(options.rules().checks());
    // The reader's findings go through the same switches, order and cap as the checks' own.
    wb.findings().forEach(out::add);
    for (RatedIndicator r : rated) {
      if (Thread.currentThread().isInterrupted()) {
        // A caller's time limit passed: stop rather than check thousands of rows for nobody.
        throw new CancellationException("checking was stopped");
      }
      RowChecks.check(CheckedRows.of(r, options.rules()), options.publish(), out);
    }
    for (IndicatorTable t : wb.tables()) {
      TableChecks.check(t, out);
    }
    WorkbookChecks.check(wb.tables(), out);
    return out.list(wb.sheetNames());
  }
}
