package uk.scorecard.read;

import java.util.List;
import uk.scorecard.model.Finding;
import uk.scorecard.model.IndicatorRow;

/**
 * One indicator row as read, with what reading it found amiss, and whether its polarity was given
 * (by its own cell or the rules file) or is still to be worked out from elsewhere.
 */
record ReadRow(IndicatorRow row, boolean polarityGiven, List<Finding> findings) {

  ReadRow {
    findings = List.copyOf(findings);
  }
}
