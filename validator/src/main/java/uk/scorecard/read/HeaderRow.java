package uk.scorecard.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import uk.scorecard.model.Column;
import uk.scorecard.model.Layout;
import uk.scorecard.model.Layout.PeriodColumn;
import uk.scorecard.model.Period;

/** Decides whether a row is an indicator table's header, and if so which column is which. */
final class HeaderRow {

  private HeaderRow() {}

  /** The table layout this row heads, or null when it is not a header row. */
  static Layout read(Grid grid, int row, boolean date1904) {
    Map<Column, Integer> cols = new EnumMap<>(Column.class);
    List<PeriodColumn> periods = new ArrayList<>();
    int indicatorCol = -1;
    int last = -1;
    for (RawCell c : grid.row(row)) {
      Period p = period(c, date1904);
      if (p != null) {
        periods.add(new PeriodColumn(p, c.col()));
      } else if (c.kind() == RawCell.Kind.TEXT) {
        if (HeaderMatcher.isIndicator(c.text()) && indicatorCol < 0) {
          indicatorCol = c.col();
        } else {
          Column col = HeaderMatcher.match(c.text());
          if (col != null) {
            cols.putIfAbsent(col, c.col());
          }
        }
      }
      last = c.col();
    }
    if (indicatorCol >= 0) {
      cols.putIfAbsent(cols.containsKey(Column.TITLE) ? Column.ID : Column.TITLE, indicatorCol);
    }
    if (periods.isEmpty() || !(cols.containsKey(Column.ID) || cols.containsKey(Column.TITLE))) {
      return null;
    }
    periods.sort((a, b) -> a.period().compareTo(b.period()));
    return new Layout(grid.sheet(), row, cols, periods, last);
  }

  private static Period period(RawCell c, boolean date1904) {
    if (c.kind() == RawCell.Kind.DATE) {
      double serial = c.number().doubleValue();
      if (!DateUtil.isValidExcelDate(serial)) {
        return null;
      }
      LocalDate d = DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
      return PeriodParser.month(d);
    }
    return c.kind() == RawCell.Kind.TEXT ? PeriodParser.parse(c.text()).orElse(null) : null;
  }
}
