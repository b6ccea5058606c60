package uk.scorecard.check;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.IndicatorTable;
import uk.scorecard.model.Layout.PeriodColumn;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Reading;

/**
 * Rules about one table's rows together: duplicate ids, a latest period left blank, and the rules
 * between rows (parts and wholes, cohorts) and between periods (totals, dates, suppression).
 */
final class TableChecks {

  /** Compiled once: ids are compared for every row. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private TableChecks() {}

  /**
   * Adds the findings of one table; {@code saved} is the day the workbook was last saved (or null),
   * {@code today} the day it is checked.
   */
  static void check(
      IndicatorTable table,
      boolean publish,
      @Nullable LocalDate saved,
      LocalDate today,
      Findings out) {
    if (out.on(Rule.DUPLICATE_ID)) {
      duplicateIds(table, out);
    }
    if (out.on(Rule.LATEST_PERIOD_BLANK)) {
      latestBlank(table, out);
    }
    PeriodChecks.check(table.layout(), out);
    FuturePeriods.check(table, saved, today, out);
    Parts parts = Parts.of(table);
    Counts counts = new Counts();
    Map<IndicatorRow, IndicatorRow> cohorts = Cohorts.of(table, parts, counts);
    PartChecks.check(table, parts, counts, out);
    Cohorts.check(table, cohorts, counts, out);
    StatedPercents.check(table, parts, cohorts, counts, out);
    PeriodTotals.check(table, counts, out);
    Suppression.check(table, parts, counts, publish, out);
  }

  /**
   * An indicator id in the standard form used to compare ids: trimmed, single-spaced, lower case.
   */
  static String key(String id) {
    return id == null ? "" : SPACES.matcher(id.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  private static void duplicateIds(IndicatorTable table, Findings out) {
    Map<String, IndicatorRow> first = new HashMap<>();
    for (IndicatorRow row : table.rows()) {
      String key = key(row.id());
      if (key.isEmpty()) {
        continue;
      }
      IndicatorRow earlier = first.putIfAbsent(key, row);
      if (earlier != null) {
        out.add(
            Rule.DUPLICATE_ID,
            row.idCell(),
            Messages.format("duplicate-id", "id", row.id().strip(), "row", earlier.row() + 1));
      }
    }
  }

  /** Most rows with figures have none in the latest period of the table's usual kind. */
  private static void latestBlank(IndicatorTable table, Findings out) {
    PeriodColumn latest = PeriodChecks.latest(table.layout());
    if (latest == null) {
      return;
    }
    List<IndicatorRow> withFigures =
        table.rows().stream().filter(r -> !r.figures().isEmpty()).toList();
    long blank = withFigures.stream().filter(r -> blankAt(r, latest.col())).count();
    if (withFigures.size() >= 2 && blank * 2 > withFigures.size()) {
      out.add(
          Rule.LATEST_PERIOD_BLANK,
          table.layout().headerCell(latest.col()),
          Messages.format(
              "latest-period-blank",
              "where",
              latest.period().label(),
              "blank",
              blank,
              "rows",
              withFigures.size()));
    }
  }

  private static boolean blankAt(IndicatorRow row, int col) {
    return row.observations().stream()
        .filter(o -> o.cell().col() == col)
        .map(Observation::reading)
        .allMatch(r -> r instanceof Reading.Blank);
  }
}
