package uk.scorecard.check;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.IndicatorTable;
import uk.scorecard.model.Layout.PeriodColumn;
import uk.scorecard.model.Observation;

/**
 * Period columns that cannot hold figures yet: one that begins after today, or after the day the
 * workbook was last saved ("Jul-20" typed for "Jul-19"). Empty columns for months to come are a
 * template's layout, not a fault.
 */
final class FuturePeriods {

  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };

  private FuturePeriods() {}

  /** Adds a finding for each period column with figures that has not begun. */
  static void check(
      IndicatorTable table, @Nullable LocalDate saved, LocalDate today, Findings out) {
    if (!out.on(Rule.FUTURE_PERIOD)) {
      return;
    }
    for (PeriodColumn pc : table.layout().periods()) {
      LocalDate start = pc.period().start();
      // A day's grace: the saved time is in UTC, the officer's clock perhaps an hour ahead.
      boolean afterSaved = saved != null && start.isAfter(saved.plusDays(1));
      if ((!afterSaved && !start.isAfter(today)) || !hasFigures(table, pc.col())) {
        continue;
      }
      String where = pc.period().label();
      out.add(
          Rule.FUTURE_PERIOD,
          table.layout().headerCell(pc.col()),
          afterSaved
              ? Messages.format("future-period.saved", "where", where, "saved", day(saved))
              : Messages.format("future-period", "where", where));
    }
  }

  private static boolean hasFigures(IndicatorTable table, int col) {
    for (IndicatorRow row : table.rows()) {
      for (Observation o : row.observations()) {
        if (o.cell().col() == col && o.reading().figure() != null) {
          return true;
        }
      }
    }
    return false;
  }

  /** A day as people write it, "12 August 2019", without the JDK's locale data. */
  static String day(LocalDate d) {
    return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
  }
}
