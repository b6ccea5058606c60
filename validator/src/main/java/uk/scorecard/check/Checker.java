package uk.scorecard.check;

import java.util.List;
import uk.scorecard.Options;
import uk.scorecard.model.Finding;
import uk.scorecard.model.ReadWorkbook;
import uk.scorecard.rate.RatedIndicator;

/** Runs every check over a read workbook. */
public final class Checker {
  /** Every finding for the workbook. */
  public List<Finding> check(ReadWorkbook wb, List<RatedIndicator> rated, Options options) {
    return List.of();
  }
}
