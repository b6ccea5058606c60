package uk.scorecard.report;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scorecard.compare.Comparison;
import uk.scorecard.compare.Sentences;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Rating;
import uk.scorecard.model.Severity;

/**
 * The outcome of checking (and rating) one workbook: every finding and every indicator's result,
 * and, when it was compared with last month's workbook, the comparison (else null).
 */
public record Report(
    String path,
    List<Finding> findings,
    List<IndicatorResult> indicators,
    @Nullable Comparison since)
    implements Outcome {

  public Report {
    findings = List.copyOf(findings);
    indicators = List.copyOf(indicators);
  }

  /** A report not compared with another month. */
  public Report(String path, List<Finding> findings, List<IndicatorResult> indicators) {
    this(path, findings, indicators, null);
  }

  /**
   * The exception report: the lines on what changed since last month (when compared), then one
   * sentence per Red and Amber indicator and per rating change, Red first.
   */
  public List<String> sentences() {
    List<String> out = new java.util.ArrayList<>();
    if (since != null) {
      out.addAll(Sentences.overview(since));
    }
    indicators.stream()
        .filter(i -> !i.summary().isEmpty())
        .sorted(java.util.Comparator.comparing(IndicatorResult::rating))
        .forEach(i -> out.add(i.summary()));
    return out;
  }

  /** How many findings have this severity. */
  public long count(Severity s) {
    return findings.stream().filter(f -> f.severity() == s).count();
  }

  /** How many indicators were given this rating. */
  public long count(Rating r) {
    return indicators.stream().filter(i -> i.rating() == r).count();
  }

  /** How many rows with an indicator id were not read as indicators (each has a finding). */
  public long notRead() {
    return findings.stream()
        .filter(f -> f.code().equals(uk.scorecard.read.ReadCodes.ROW_NOT_READ))
        .count();
  }

  /** True when any finding is at or above the given severity. */
  public boolean hasAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().compareTo(threshold) <= 0);
  }

  /** The Red and Amber indicators, Red first, the rows a board reads first. */
  public List<IndicatorResult> exceptions() {
    return indicators.stream()
        .filter(i -> i.rating().exception())
        .sorted(java.util.Comparator.comparing(IndicatorResult::rating))
        .toList();
  }
}
