package uk.scorecard.write.plan;

import java.util.ArrayList;
import java.util.List;
import uk.scorecard.compare.Comparison;
import uk.scorecard.compare.Difference;
import uk.scorecard.compare.Kind;
import uk.scorecard.compare.Pair;
import uk.scorecard.compare.Sentences;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.report.IndicatorResult;
import uk.scorecard.report.Report;
import uk.scorecard.write.plan.ChecksContent.Cell;
import uk.scorecard.write.plan.ChecksContent.Look;

/**
 * The Checks sheet's "Since last month" section (a row per change, keyed by indicator and linked to
 * its row) and its exception report (a sentence per Red and Amber indicator and rating change).
 */
final class SinceContent {

  private SinceContent() {}

  /** Adds the "Since last month" section for a report compared with last month's workbook. */
  static void rows(Report report, List<List<Cell>> rows) {
    Comparison c = report.since();
    rows.add(
        List.of(
            Cell.of(
                "Since last month: compared with "
                    + fileName(c.lastName())
                    + (c.lastPeriod().isEmpty() ? "" : " (to " + c.lastPeriod() + ")"),
                Look.HEADING)));
    List<List<Cell>> changes = new ArrayList<>();
    for (Pair p : c.pairs()) {
      for (Difference d : p.differences()) {
        if (d.kind() != Kind.NO_CHANGE) {
          changes.add(change(p, d));
        }
      }
    }
    if (changes.isEmpty()) {
      rows.add(
          List.of(
              Cell.of(
                  "No changes to indicators, targets, past figures or ratings " + c.since() + ".",
                  Look.PLAIN)));
      return;
    }
    rows.add(
        ChecksContent.header(
            "Ref", "Indicator", "What changed", "Period", "Was", "Now", "Details"));
    rows.addAll(changes);
  }

  private static List<Cell> change(Pair p, Difference d) {
    IndicatorRow row = p.now() == null ? null : p.now().row();
    Cell ref =
        row == null
            ? Cell.of(d.name(), Look.PLAIN)
            : ChecksContent.link(d.name(), row.sheet(), "A" + (row.row() + 1));
    String kind = d.kind().warning() ? "Warning: " + d.kind().words() : capital(d.kind().words());
    boolean wordy =
        d.kind() == Kind.RENAMED
            || d.kind() == Kind.NEW
            || d.kind() == Kind.REMOVED
            || d.kind() == Kind.RENUMBERED
            || d.kind() == Kind.POLARITY_CHANGED
            || d.kind() == Kind.TOLERANCE_CHANGED;
    String details = wordy ? detail(d) : "";
    return List.of(
        ref,
        Cell.of(d.title(), Look.WRAP),
        Cell.of(kind, Look.WRAP),
        Cell.of(d.period(), Look.PLAIN),
        Cell.of(wordy ? "" : d.was(), Look.PLAIN),
        Cell.of(wordy ? "" : d.now(), Look.PLAIN),
        Cell.of(details, Look.WRAP));
  }

  private static String detail(Difference d) {
    if (d.was().isEmpty()) {
      return "Now: " + d.now();
    }
    return d.now().isEmpty() ? "Was: " + d.was() : "Was: " + d.was() + "\nNow: " + d.now();
  }

  /** Adds the exception report's heading and sentences; false when there are none. */
  static boolean sentences(Report report, List<List<Cell>> rows) {
    List<List<Cell>> lines = new ArrayList<>();
    if (report.since() != null) {
      for (String s : Sentences.overview(report.since())) {
        lines.add(List.of(Cell.of("", Look.PLAIN), Cell.of(s, Look.SENTENCE)));
      }
    }
    report.indicators().stream()
        .filter(i -> !i.summary().isEmpty())
        .sorted(java.util.Comparator.comparing(IndicatorResult::rating))
        .forEach(
            i ->
                lines.add(
                    List.of(
                        Cell.of(i.rating().word(), Look.RAG).withRating(i.rating()),
                        Cell.of(i.summary(), Look.SENTENCE))));
    if (lines.isEmpty()) {
      return false;
    }
    rows.add(List.of(Cell.of("Exception report", Look.HEADING)));
    rows.addAll(lines);
    return true;
  }

  private static String fileName(String path) {
    return path.replaceAll("^.*[/\\\\]", "");
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
