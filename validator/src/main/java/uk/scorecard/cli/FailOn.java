package uk.scorecard.cli;

import java.util.List;
import uk.scorecard.model.Severity;
import uk.scorecard.report.Outcome;
import uk.scorecard.report.Report;
import uk.scorecard.report.Unreadable;

/** The {@code --fail-on} threshold: the least severe finding that makes the exit code 1. */
enum FailOn {
  error(Severity.ERROR),
  warning(Severity.WARNING),
  never(null);

  private final Severity threshold;

  FailOn(Severity threshold) {
    this.threshold = threshold;
  }

  /** True when the report has a finding at or above the threshold. */
  boolean fails(Report r) {
    return threshold != null && r.hasAtLeast(threshold);
  }

  /** The exit code of a run: 2 when a workbook was not read, else 1 when one fails, else 0. */
  int exitCode(List<? extends Outcome> outcomes) {
    if (outcomes.stream().anyMatch(Unreadable.class::isInstance)) {
      return Cli.UNREADABLE;
    }
    return outcomes.stream().anyMatch(o -> fails((Report) o)) ? Cli.FINDINGS : Cli.CLEAN;
  }

  /** The severity from which findings count as failures in a report: errors when never. */
  Severity failAt() {
    return threshold == null ? Severity.ERROR : threshold;
  }
}
