package uk.scorecard.cli;

import java.util.List;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Severity;
import uk.scorecard.report.Outcome;
import uk.scorecard.report.Report;

/** The {@code --min-severity} of the findings printed: info by default, all of them. */
enum MinSeverity {
  error(Severity.ERROR),
  warning(Severity.WARNING),
  info(Severity.INFO);

  private final Severity least;

  MinSeverity(Severity least) {
    this.least = least;
  }

  /** The outcomes with each report's findings below this severity left out; counts unchanged. */
  List<Outcome> shown(List<Outcome> outcomes) {
    return outcomes.stream().map(this::shown).toList();
  }

  /** The report with its findings below this severity left out. */
  Outcome shown(Outcome o) {
    if (this == info || !(o instanceof Report r)) {
      return o;
    }
    return new Report(
        r.path(), r.findings().stream().filter(this::kept).toList(), r.indicators(), r.since());
  }

  /** How many findings the outcomes hold below this severity. */
  long hidden(List<Outcome> outcomes) {
    return outcomes.stream()
        .filter(Report.class::isInstance)
        .map(Report.class::cast)
        .flatMap(r -> r.findings().stream())
        .filter(f -> !kept(f))
        .count();
  }

  /** The summary's closing note on what was not printed, or nothing. */
  String note(List<Outcome> outcomes) {
    long n = hidden(outcomes);
    return n == 0
        ? ""
        : " (" + n + (n == 1 ? " finding" : " findings") + " below " + name() + " not shown)";
  }

  private boolean kept(Finding f) {
    return f.severity().compareTo(least) <= 0;
  }
}
