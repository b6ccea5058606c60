package uk.scorecard.server;

import uk.scorecard.Edited;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.Scorecard;
import uk.scorecard.compare.Comparison;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.report.Report;

/** What the service asks of the library; a seam so tests can stand in a slow or failing one. */
public interface Engine {

  /** Checks a workbook. */
  Report check(Input input, Options options) throws WorkbookRefusedException;

  /** Checks and rates a workbook. */
  Rated rate(Input input, Options options) throws WorkbookRefusedException;

  /** Checks and rates a workbook and says what rating would write, as an edit list. */
  default Edited edits(Input input, Options options) throws WorkbookRefusedException {
    throw new UnsupportedOperationException("this engine gives no edit list");
  }

  /** Compares last month's workbook with this month's, by indicator. */
  Comparison compare(Input last, Input now, Options options) throws WorkbookRefusedException;

  /** The library itself. */
  static Engine of(Scorecard scorecard) {
    return new Engine() {
      @Override
      public Report check(Input input, Options options) throws WorkbookRefusedException {
        return scorecard.check(input, options);
      }

      @Override
      public Rated rate(Input input, Options options) throws WorkbookRefusedException {
        return scorecard.rate(input, options);
      }

      @Override
      public Edited edits(Input input, Options options) throws WorkbookRefusedException {
        return scorecard.edits(input, options);
      }

      @Override
      public Comparison compare(Input last, Input now, Options options)
          throws WorkbookRefusedException {
        return scorecard.compare(last, now, options);
      }
    };
  }
}
