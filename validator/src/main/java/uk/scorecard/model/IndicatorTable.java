package uk.scorecard.model;

import java.util.List;

/** An indicator table found on a sheet: its layout and its indicator rows, top to bottom. */
public record IndicatorTable(Layout layout, List<IndicatorRow> rows) {

  public IndicatorTable {
    rows = List.copyOf(rows);
  }

  /** The sheet the table is on. */
  public String sheet() {
    return layout.sheet();
  }
}
