package uk.scorecard.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.Column;
import uk.scorecard.model.Layout.PeriodColumn;
import uk.scorecard.model.Period;
import uk.scorecard.read.grid.Grid;
import uk.scorecard.read.grid.RawCell;

/**
 * Decides whether a row is an indicator table's header, and if so which column is which. The row
 * may be the lower half of a two-row header: "Q1" under a merged "2018/19" reads "Q1 2018/19", and
 * "Ref" standing above an empty cell heads its column.
 */
final class HeaderRow {

  /** Labels longer than this are sentences, not headers; skipping them keeps data rows cheap. */
  private static final int MAX_LABEL = 80;

  /** Quoted text and [bracketed] codes in a number format, which may hold a "d" that is no day. */
  private static final Pattern QUOTED_OR_BRACKETED = Pattern.compile("\"[^\"]*\"|\\[[^]]*]");

  /**
   * What a header row says: its recognised columns, its period columns and its extent. When a
   * second table starts further along the same row, {@code besideCol} is its first column (else
   * -1): only the first table is read, and its extent still covers both, so columns we add go after
   * the second table rather than over it.
   */
  record Found(
      int row,
      Map<Column, Integer> columns,
      int indicatorCol,
      List<PeriodColumn> periods,
      int lastCol,
      int besideCol) {}

  private HeaderRow() {}

  /** The header this row is, or null when it is not one. */
  static @Nullable Found read(Grid grid, MergeIndex merges, int row, boolean date1904) {
    Map<Integer, HeaderCells.Slot> slots = HeaderCells.of(grid, merges, row);
    if (slots == null) {
      return null;
    }
    Map<Column, Integer> cols = new EnumMap<>(Column.class);
    int indicatorCol = -1;
    boolean ownPart = false;
    List<HeaderCells.Slot> rest = new ArrayList<>();
    List<Integer> secondNames = new ArrayList<>();
    for (HeaderCells.Slot s : slots.values()) {
      String text = text(s.own());
      if (text != null && HeaderMatcher.isIndicator(text)) {
        if (indicatorCol >= 0 || cols.containsKey(Column.ID) && cols.containsKey(Column.TITLE)) {
          secondNames.add(s.col());
        } else {
          indicatorCol = s.col();
          ownPart |= s.own().row() == row;
        }
        continue;
      }
      Column c = column(text, text(s.group()));
      if (c != null && !cols.containsKey(c)) {
        cols.put(c, s.col());
        ownPart |= s.own().row() == row;
      } else if (c != null
          && HeaderMatcher.rank(c, text) > HeaderMatcher.rank(c, headerAt(slots, cols.get(c)))) {
        // "Caveat" or "Comments" beside "Notes": the surer name wins; the other column is the
        // officer's own.
        cols.put(c, s.col());
      } else if (c == null) {
        rest.add(s);
      } else if (c == Column.ID || c == Column.TITLE) {
        secondNames.add(s.col());
      }
    }
    if (indicatorCol < 0 && !cols.containsKey(Column.ID) && !cols.containsKey(Column.TITLE)) {
      return null;
    }
    List<PeriodColumn> periods = new ArrayList<>();
    for (HeaderCells.Slot s : rest) {
      Period p = s.fromAbove() ? null : period(s, date1904);
      if (p != null) {
        periods.add(new PeriodColumn(p, s.col()));
        ownPart |= s.own().row() == row;
      }
    }
    if (periods.isEmpty() || !ownPart) {
      return null;
    }
    int beside = besideCol(secondNames, periods);
    if (beside >= 0) {
      periods.removeIf(p -> p.col() >= beside);
      cols.values().removeIf(c -> c >= beside);
    }
    periods.sort((a, b) -> a.period().compareTo(b.period()));
    int last = slots.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    return new Found(row, cols, indicatorCol, periods, last, beside);
  }

  private static String headerAt(Map<Integer, HeaderCells.Slot> slots, int col) {
    HeaderCells.Slot s = slots.get(col);
    return s == null ? null : text(s.own());
  }

  /** Where a second table starts: a second id or title heading after periods, with its own. */
  private static int besideCol(List<Integer> secondNames, List<PeriodColumn> periods) {
    int firstPeriod = periods.stream().mapToInt(PeriodColumn::col).min().orElse(-1);
    int lastPeriod = periods.stream().mapToInt(PeriodColumn::col).max().orElse(-1);
    return secondNames.stream()
        .mapToInt(Integer::intValue)
        .filter(c -> c > firstPeriod && c < lastPeriod)
        .min()
        .orElse(-1);
  }

  /** The column a label names, alone or read together with its group ("Lower" + "Tolerance"). */
  private static Column column(String own, String group) {
    if (own == null) {
      return null;
    }
    Column c = HeaderMatcher.match(own);
    if (c == null && group != null) {
      c = HeaderMatcher.match(own + " " + group);
      if (c == null) {
        c = HeaderMatcher.match(group + " " + own);
      }
    }
    return c;
  }

  /** The period a header slot names: a date cell, its own text, or its text with its group's. */
  static Period period(HeaderCells.Slot s, boolean date1904) {
    if (s.own().kind() == RawCell.Kind.DATE) {
      return dateHeader(s.own(), date1904);
    }
    String own = text(s.own());
    if (own == null) {
      return null;
    }
    Optional<Period> p = PeriodParser.parse(own);
    String group = text(s.group());
    if (p.isPresent() || group == null) {
      return p.orElse(null);
    }
    return PeriodParser.parse(own + " " + group)
        .or(() -> PeriodParser.parse(group + " " + own))
        .or(() -> monthOfYear(own, group))
        .orElse(null);
  }

  /** "Jun" under "2019/20": the month of that financial (or calendar) year it falls in. */
  private static Optional<Period> monthOfYear(String month, String year) {
    Optional<Period> y = PeriodParser.parse(year).filter(p -> p.kind() == Period.Kind.YEAR);
    if (y.isEmpty()) {
      return Optional.empty();
    }
    Period fy = y.get();
    for (int yr = fy.start().getYear(); yr <= fy.end().getYear(); yr++) {
      Optional<Period> m =
          PeriodParser.parse(month + " " + yr)
              .filter(
                  p ->
                      p.kind() == Period.Kind.MONTH
                          && !p.start().isBefore(fy.start())
                          && !p.end().isAfter(fy.end()));
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  /**
   * A date header names its month when it is shown without a day, or falls on the first or last day
   * of a month (a snapshot "as at 30/06/2019"); any other date is data, not a period.
   */
  private static Period dateHeader(RawCell c, boolean date1904) {
    LocalDate d = ExcelDate.of(c.number().doubleValue(), date1904);
    if (d == null) {
      return null;
    }
    boolean showsDay =
        c.format() != null
            && QUOTED_OR_BRACKETED
                .matcher(c.format())
                .replaceAll("")
                .toLowerCase(java.util.Locale.ROOT)
                .contains("d");
    if (showsDay && d.getDayOfMonth() != 1 && d.getDayOfMonth() != d.lengthOfMonth()) {
      return null;
    }
    return PeriodParser.month(d);
  }

  private static String text(RawCell c) {
    if (c == null || c.kind() != RawCell.Kind.TEXT) {
      return null;
    }
    String t = c.text().trim();
    return t.isEmpty() || t.length() > MAX_LABEL ? null : t;
  }
}
