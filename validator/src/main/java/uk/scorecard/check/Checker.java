package uk.scorecard.check;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import uk.scorecard.model.Finding;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.IndicatorTable;
import uk.scorecard.model.ReadWorkbook;
import uk.scorecard.rules.Rules;

/**
 * Runs every check over a read workbook, after what the reader found: each cell and row (Bean
 * Validation constraints), each table, then the workbook as a whole. Thread-safe; findings are
 * collected as values, never thrown. See {@link RuleCatalogue} for the rules.
 */
public final class Checker {

  /** Starts the row checks' validator on a background thread; checking waits for it if need be. */
  public static void prepareInBackground() {
    RowChecks.prepareInBackground();
  }

  /**
   * Every finding for the workbook, under the rules file's switches; stricter checks for
   * publication when {@code publish}. Later stages add theirs to the same findings. Throws {@link
   * CancellationException} if the thread is interrupted while it checks.
   */
  public Findings check(ReadWorkbook wb, Rules rules, boolean publish) {
    // In UTC: the zone of this machine would load the JDK's time-zone data for one day's date.
    return check(wb, rules, publish, LocalDate.now(ZoneOffset.UTC));
  }

  /**
   * As {@link #check(ReadWorkbook, Rules, boolean)}, on a given day: periods after it are future.
   */
  public Findings check(ReadWorkbook wb, Rules rules, boolean publish, LocalDate today) {
    Map<String, String> switches = rules.checks();
    Findings out = new Findings(switches);
    // The reader's findings go through the same switches, order and cap as the checks' own.
    wb.findings().forEach(out::add);
    for (IndicatorTable t : wb.tables()) {
      for (IndicatorRow row : t.rows()) {
        if (Thread.currentThread().isInterrupted()) {
          // A caller's time limit passed: stop rather than check thousands of rows for nobody.
          throw new CancellationException("checking was stopped");
        }
        RowChecks.check(
            CheckedRows.of(row, rules),
            out.publishing(Rule.UNSUPPRESSED_SMALL_COUNT, publish),
            out);
      }
    }
    for (IndicatorTable t : wb.tables()) {
      TableChecks.check(t, publish, wb.saved(), today, out);
    }
    WorkbookChecks.check(wb.tables(), out);
    unknownIds(wb, rules, out);
    return out;
  }

  /** A warning per rules-file indicator the workbook does not have (none without a table). */
  private static void unknownIds(ReadWorkbook wb, Rules rules, Findings out) {
    if (wb.tables().isEmpty() || rules.indicators().isEmpty()) {
      return; // no table is its own finding; every id would be "missing" from it
    }
    List<String> ids =
        wb.tables().stream()
            .flatMap(t -> t.rows().stream())
            .map(IndicatorRow::id)
            .filter(java.util.Objects::nonNull)
            .toList();
    for (String id : rules.unknownIds(ids)) {
      out.add(
          Finding.workbook(
              Rule.RULES_UNKNOWN_ID.severity(),
              Rule.RULES_UNKNOWN_ID.code(),
              Messages.format("rules-unknown-id", "rules", rules.named(), "id", id)));
    }
  }
}
