package uk.scorecard.report;

import java.util.List;
import uk.scorecard.model.Finding;
import uk.scorecard.rate.RatedIndicator;

/** Builds reports from rated indicators. */
public final class Results {
  private Results() {}

  /** The report for one workbook. */
  public static Report report(String path, List<Finding> findings, List<RatedIndicator> rated) {
    return new Report(path, findings, List.of());
  }
}
