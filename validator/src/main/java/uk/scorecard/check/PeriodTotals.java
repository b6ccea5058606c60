package uk.scorecard.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.IndicatorTable;
import uk.scorecard.model.Layout.PeriodColumn;
import uk.scorecard.model.Period;
import uk.scorecard.model.Shown;

/**
 * Rules between the periods of one row of counts: a count of events for part of a period above the
 * whole period's (April above Q1), and a year-to-date count that falls within a year. Counts at a
 * point in time (children in care) are not compared: a month's can be above the year's.
 */
final class PeriodTotals {

  /**
   * Months a year may start in, so a year-to-date count may start again: calendar, financial,
   * school.
   */
  private static final Set<Integer> MONTHLY_RESETS = Set.of(1, 4, 9);

  /** Quarters run from January or from April. */
  private static final Set<Integer> QUARTERLY_RESETS = Set.of(1, 4);

  private PeriodTotals() {}

  /** Adds the findings of one table's rows of counts. */
  static void check(IndicatorTable table, Counts counts, Findings out) {
    boolean above = out.on(Rule.PERIOD_ABOVE_TOTAL);
    boolean ytd = out.on(Rule.YEAR_TO_DATE_FALLS);
    Map<PeriodColumn, List<PeriodColumn>> within = within(table.layout().periods());
    for (IndicatorRow row : table.rows()) {
      if (above && !within.isEmpty() && counts.events(row)) {
        within.forEach((part, totals) -> partAbove(row, part, totals, counts, out));
      }
      if (ytd && counts.yearToDate(row)) {
        for (Period.Kind kind : List.of(Period.Kind.MONTH, Period.Kind.QUARTER)) {
          falls(row, table.layout().periods(), kind, counts, out);
        }
      }
    }
  }

  /** Each period column that lies within others, with those others from the shortest. */
  private static Map<PeriodColumn, List<PeriodColumn>> within(List<PeriodColumn> periods) {
    Map<PeriodColumn, List<PeriodColumn>> out = new IdentityHashMap<>();
    // Periods of one kind never hold one another, so only other kinds are looked at: a sheet of
    // thousands of month columns costs nothing here.
    Map<Period.Kind, List<PeriodColumn>> byKind = byKind(periods);
    for (PeriodColumn a : periods) {
      List<PeriodColumn> totals = new ArrayList<>();
      Period p = a.period();
      for (Map.Entry<Period.Kind, List<PeriodColumn>> e : byKind.entrySet()) {
        if (e.getKey() == p.kind()) {
          continue;
        }
        for (PeriodColumn b : e.getValue()) {
          Period q = b.period();
          if (!p.sameDatesAs(q) && !p.start().isBefore(q.start()) && !p.end().isAfter(q.end())) {
            totals.add(b);
          }
        }
      }
      if (!totals.isEmpty()) {
        totals.sort(
            Comparator.comparingLong(
                b -> b.period().end().toEpochDay() - b.period().start().toEpochDay()));
        out.put(a, totals);
      }
    }
    return out;
  }

  /** The period columns of each kind, in the order of the table. */
  static Map<Period.Kind, List<PeriodColumn>> byKind(List<PeriodColumn> periods) {
    Map<Period.Kind, List<PeriodColumn>> out = new EnumMap<>(Period.Kind.class);
    periods.forEach(pc -> out.computeIfAbsent(pc.period().kind(), k -> new ArrayList<>()).add(pc));
    return out;
  }

  /** A part of a period above the shortest period holding it that has a count. */
  private static void partAbove(
      IndicatorRow row, PeriodColumn part, List<PeriodColumn> totals, Counts counts, Findings out) {
    BigDecimal v = counts.count(row, part.col());
    if (v == null) {
      return;
    }
    for (PeriodColumn total : totals) {
      BigDecimal w = counts.count(row, total.col());
      if (w == null) {
        continue;
      }
      if (v.compareTo(w) > 0) {
        CellRef other = counts.at(row, total.col()).cell();
        out.add(
            Rule.PERIOD_ABOVE_TOTAL,
            counts.at(row, part.col()).cell(),
            Messages.format(
                "period-above-total",
                "where",
                part.period().label(),
                "part",
                Shown.count(v),
                "whole",
                Shown.count(w),
                "total",
                total.period().label(),
                "other",
                other.a1()),
            other);
      }
      return;
    }
  }

  /** A year-to-date count below the one before it, where no new year can have started between. */
  private static void falls(
      IndicatorRow row, List<PeriodColumn> periods, Period.Kind kind, Counts counts, Findings out) {
    List<PeriodColumn> run =
        periods.stream()
            .filter(pc -> pc.period().kind() == kind && counts.count(row, pc.col()) != null)
            .sorted(Comparator.comparing(PeriodColumn::period))
            .toList();
    Set<Integer> resets = kind == Period.Kind.MONTH ? MONTHLY_RESETS : QUARTERLY_RESETS;
    for (int i = 1; i < run.size(); i++) {
      PeriodColumn before = run.get(i - 1);
      PeriodColumn later = run.get(i);
      BigDecimal e = counts.count(row, before.col());
      BigDecimal l = counts.count(row, later.col());
      if (l.compareTo(e) >= 0 || mayRestart(before.period(), later.period(), resets)) {
        continue;
      }
      CellRef other = counts.at(row, before.col()).cell();
      out.add(
          Rule.YEAR_TO_DATE_FALLS,
          counts.at(row, later.col()).cell(),
          Messages.format(
              "year-to-date-falls",
              "where",
              later.period().label(),
              "later",
              Shown.count(l),
              "earlier",
              Shown.count(e),
              "before",
              before.period().label(),
              "other",
              other.a1()),
          other);
    }
  }

  /** True when a year may start after the first period begins and by the time the second does. */
  private static boolean mayRestart(Period first, Period second, Set<Integer> resets) {
    LocalDate m = first.start().withDayOfMonth(1).plusMonths(1);
    for (; !m.isAfter(second.start()); m = m.plusMonths(1)) {
      if (resets.contains(m.getMonthValue())) {
        return true;
      }
    }
    return false;
  }
}
