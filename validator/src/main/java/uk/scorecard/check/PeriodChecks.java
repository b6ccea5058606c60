package uk.scorecard.check;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Layout;
import uk.scorecard.model.Layout.PeriodColumn;
import uk.scorecard.model.Period;
import uk.scorecard.read.PeriodParser;

/** Rules about a table's period columns: duplicates, date order and gaps between months. */
final class PeriodChecks {

  private PeriodChecks() {}

  /** Adds the findings about one table's period columns. */
  static void check(Layout layout, Findings out) {
    if (out.on(Rule.DUPLICATE_PERIOD)) {
      duplicates(layout, out);
    }
    for (List<PeriodColumn> kind : byKind(layout).values()) {
      if (out.on(Rule.PERIODS_OUT_OF_ORDER)) {
        order(layout, kind, out);
      }
      if (out.on(Rule.PERIOD_GAP) && kind.get(0).period().kind() == Period.Kind.MONTH) {
        gaps(layout, kind, out);
      }
    }
  }

  /** The latest column of the kind of period the table has most of, or null without periods. */
  static @Nullable PeriodColumn latest(Layout layout) {
    return byKind(layout).values().stream()
        .max(Comparator.comparingInt(List::size))
        .map(k -> k.stream().max(Comparator.comparing(PeriodColumn::period)).orElseThrow())
        .orElse(null);
  }

  /** The period columns of each kind, in column order. */
  private static Map<Period.Kind, List<PeriodColumn>> byKind(Layout layout) {
    return layout.periods().stream()
        .sorted(Comparator.comparingInt(PeriodColumn::col))
        .collect(Collectors.groupingBy(pc -> pc.period().kind(), Collectors.toList()));
  }

  private static void duplicates(Layout layout, Findings out) {
    List<PeriodColumn> ps =
        layout.periods().stream()
            .sorted(Comparator.comparing(PeriodColumn::period).thenComparingInt(PeriodColumn::col))
            .toList();
    for (int i = 1; i < ps.size(); i++) {
      PeriodColumn a = ps.get(i - 1);
      PeriodColumn b = ps.get(i);
      if (a.period().sameDatesAs(b.period())) {
        out.add(
            Rule.DUPLICATE_PERIOD,
            layout.headerCell(b.col()),
            Messages.format("duplicate-period", "where", label(b), "other", label(a)));
      }
    }
  }

  /**
   * Columns of one kind must run forwards or backwards in time, whichever the table starts with.
   */
  private static void order(Layout layout, List<PeriodColumn> cols, Findings out) {
    List<PeriodColumn> distinct =
        cols.stream()
            .collect(Collectors.toMap(pc -> pc.period().start(), Function.identity(), (a, b) -> a))
            .values()
            .stream()
            .sorted(Comparator.comparingInt(PeriodColumn::col))
            .toList();
    if (distinct.size() < 3) {
      return;
    }
    int direction =
        Integer.signum(
            distinct.get(distinct.size() - 1).period().compareTo(distinct.get(0).period()));
    for (int i = 1; i < distinct.size(); i++) {
      PeriodColumn prev = distinct.get(i - 1);
      PeriodColumn pc = distinct.get(i);
      if (Integer.signum(pc.period().compareTo(prev.period())) != direction) {
        out.add(
            Rule.PERIODS_OUT_OF_ORDER,
            layout.headerCell(pc.col()),
            Messages.format("periods-out-of-order", "where", label(pc), "other", label(prev)));
        return;
      }
    }
  }

  /**
   * A gap shorter than the run of months present is a missing month, not a deliberate layout. Only
   * a run with two months side by side is monthly: months three apart (Jun, Sep, Dec, Mar) are a
   * quarterly series headed by its quarter ends.
   */
  private static void gaps(Layout layout, List<PeriodColumn> months, Findings out) {
    List<PeriodColumn> byDate =
        months.stream().sorted(Comparator.comparing(PeriodColumn::period)).toList();
    boolean monthly = false;
    for (int i = 1; i < byDate.size(); i++) {
      YearMonth prev = YearMonth.from(byDate.get(i - 1).period().start());
      monthly |= prev.plusMonths(1).equals(YearMonth.from(byDate.get(i).period().start()));
    }
    for (int i = 1; monthly && i < byDate.size(); i++) {
      YearMonth prev = YearMonth.from(byDate.get(i - 1).period().start());
      YearMonth next = YearMonth.from(byDate.get(i).period().start());
      long missing = prev.until(next, ChronoUnit.MONTHS) - 1;
      if (missing > 0 && missing < byDate.size()) {
        PeriodColumn pc = byDate.get(i);
        out.add(
            Rule.PERIOD_GAP,
            layout.headerCell(pc.col()),
            Messages.format(
                missing == 1 ? "period-gap.one" : "period-gap.many",
                "where",
                pc.period().label(),
                "before",
                byDate.get(i - 1).period().label(),
                "first",
                month(prev.plusMonths(1)),
                "last",
                month(next.minusMonths(1))));
      }
    }
  }

  private static String month(YearMonth ym) {
    return PeriodParser.month(ym.atDay(1)).label();
  }

  private static String label(PeriodColumn pc) {
    return pc.period().label() + " (column " + CellRef.columnName(pc.col()) + ")";
  }
}
