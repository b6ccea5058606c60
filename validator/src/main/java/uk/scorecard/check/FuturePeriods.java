package uk.scorecard.check;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.IndicatorTable;
import uk.scorecard.model.Layout.PeriodColumn;
import uk.scorecard.model.Observation;

/**
 * Period columns that cannot hold figures yet: one that begins after today, or after the day the
 * workbook was last saved ("Jul-20" typed for "Jul-19"). Empty columns for months to come are a
 * template's layout, not a fault; and a saved day before most of the columns with figures is a day
 * a tool left unchanged, not most of the headers wrong, so only today is held against them.
 */
final class FuturePeriods {

  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  private FuturePeriods() {}

  /** Adds a finding for each period column with figures that has not begun. */
  static void check(
      IndicatorTable table, @Nullable LocalDate saved, LocalDate today, Findings out) {
    if (!out.on(Rule.FUTURE_PERIOD)) {
      return;
    }
    List<PeriodColumn> withFigures = withFigures(table);
    long afterSaved =
        saved == null ? 0 : withFigures.stream().filter(pc -> after(pc, saved)).count();
    LocalDate trusted = afterSaved * 2 > withFigures.size() ? null : saved;
    for (PeriodColumn pc : withFigures) {
      boolean beforeSave = trusted != null && after(pc, trusted);
      if (!beforeSave && !pc.period().start().isAfter(today)) {
        continue;
      }
      String where = pc.period().label();
      out.add(
          Rule.FUTURE_PERIOD,
          table.layout().headerCell(pc.col()),
          beforeSave
              ? Messages.format("future-period.saved", "where", where, "saved", day(trusted))
              : Messages.format("future-period", "where", where));
    }
  }

  /** True when a period begins after a day, with a day's grace for the UTC clock of the save. */
  private static boolean after(PeriodColumn pc, LocalDate day) {
    return pc.period().start().isAfter(day.plusDays(1));
  }

  /** The period columns in which some row has a figure, in the table's order. */
  private static List<PeriodColumn> withFigures(IndicatorTable table) {
    Set<Integer> cols = new HashSet<>();
    for (IndicatorRow row : table.rows()) {
      for (Observation o : row.observations()) {
        if (o.reading().figure() != null) {
          cols.add(o.cell().col());
        }
      }
    }
    return table.layout().periods().stream().filter(pc -> cols.contains(pc.col())).toList();
  }

  /** A day as people write it, "12 August 2019", without the JDK's locale data. */
  static String day(LocalDate d) {
    return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
  }
}
