package uk.scorecard.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Column;
import uk.scorecard.model.Finding;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Layout;
import uk.scorecard.model.Layout.PeriodColumn;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Reading;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Unit;
import uk.scorecard.read.grid.Grid;
import uk.scorecard.read.grid.RawCell;
import uk.scorecard.rules.Rules;

/**
 * Reads one indicator row of a table: its figures by period, its unit, the cells we write and how
 * they stand, and its rule ({@link RowRule}).
 */
final class RowReader {

  private final RowCells cells;
  private final Grid grid;
  private final Layout layout;
  private final SharedFigures figures;
  private final RowRule rule;

  RowReader(Grid grid, Layout layout, Rules rules, SharedFigures figures, SheetRules sheetRules) {
    this.cells = new RowCells(grid, layout);
    this.grid = grid;
    this.layout = layout;
    this.figures = figures;
    this.rule = new RowRule(cells, rules, sheetRules);
  }

  ReadRow read(int row) {
    String id = text(row, Column.ID);
    String title = text(row, Column.TITLE);
    List<Observation> obs = new ArrayList<>();
    for (PeriodColumn pc : layout.periods()) {
      CellRef at = new CellRef(layout.sheet(), row, pc.col());
      obs.add(
          new Observation(
              pc.period(), at, figures.share(ValueReader.read(grid.get(row, pc.col())))));
    }
    Unit unit = Units.of(Unit.parse(text(row, Column.UNIT)), title, obs);
    obs = Scale.pairs(obs, unit);
    if (unit == Unit.PERCENT) {
      obs = Scale.toPercent(obs, figures);
    }
    List<Finding> findings = new ArrayList<>();
    RowRule.Read r = rule.of(row, id, title, unit, findings);
    Polarity polarity = r.polarity();
    IndicatorRow read =
        new IndicatorRow(
            layout,
            row,
            id,
            title,
            polarity,
            unit,
            obs,
            r.target(),
            r.tolerance(),
            r.toleranceText(),
            r.lower(),
            r.upper(),
            numerator(row),
            cells.figure(row, Column.DENOMINATOR),
            text(row, Column.CHANGE),
            text(row, Column.RAG),
            text(row, Column.CAVEAT),
            direction(row),
            formulas(row),
            Frequency.of(text(row, Column.FREQUENCY)),
            r.blue(),
            false,
            List.of(),
            indent(row),
            comparators(row, unit),
            r.before());
    return new ReadRow(read, polarity != null, findings);
  }

  /** The numerator: its own column, or the Number beside the latest period's percentage. */
  private Figure numerator(int row) {
    Figure own = cells.figure(row, Column.NUMERATOR);
    if (own != null || layout.periods().isEmpty()) {
      return own;
    }
    int col = layout.periods().get(layout.periods().size() - 1).numeratorCol();
    return col < 0 ? null : ValueReader.read(grid.get(row, col)).figure();
  }

  /**
   * How far the row's title (or its id, without a title column) is indented: its style's indent
   * level, else the spaces it starts with when there are two or more. Only compared between rows of
   * one table.
   */
  private int indent(int row) {
    Column c = layout.has(Column.TITLE) ? Column.TITLE : Column.ID;
    if (!layout.has(c)) {
      return 0;
    }
    int col = layout.col(c).getAsInt();
    int level = grid.indentOf(row, col);
    RawCell cell = grid.get(row, col);
    if (level > 0 || cell == null || cell.kind() != RawCell.Kind.TEXT) {
      return level;
    }
    String t = cell.text();
    int n = 0;
    while (n < t.length() && (t.charAt(n) == ' ' || t.charAt(n) == '\u00a0')) {
      n++;
    }
    // One leading space is a slip of the keyboard, not a layout: it makes no part of a row.
    return n >= 2 ? n : 0;
  }

  /** The comparator columns' figures on the row's scale (0.51 on a percentage is 51%). */
  private java.util.Map<Column, BigDecimal> comparators(int row, Unit unit) {
    java.util.Map<Column, BigDecimal> out = new java.util.EnumMap<>(Column.class);
    for (Column c :
        List.of(
            Column.ENGLAND,
            Column.NATIONAL,
            Column.LONDON,
            Column.REGION,
            Column.STAT_NEIGHBOURS)) {
      RawCell cell = cell(row, c);
      if (cell != null && cell.kind() == RawCell.Kind.NUMBER) {
        out.put(c, RowCells.onScale(cell, unit));
      }
    }
    return out;
  }

  /** The officer's formulas among the cells we write: they are theirs, never overwritten. */
  private java.util.Set<Column> formulas(int row) {
    java.util.Set<Column> out = java.util.EnumSet.noneOf(Column.class);
    // A live table's Change, RAG and Direction formulas are ours (rate --live), refreshed each run.
    List<Column> theirs =
        layout.has(Column.LIVE_LATEST)
            ? List.of(Column.CAVEAT)
            : List.of(Column.CHANGE, Column.RAG, Column.CAVEAT, Column.DIRECTION);
    for (Column c : theirs) {
      RawCell cell = cell(row, c);
      if (cell != null && cell.formula()) {
        out.add(c);
      }
    }
    return out;
  }

  /** The Direction of travel cell's text: "" for a formula showing nothing, null for none. */
  private String direction(int row) {
    RawCell c = cell(row, Column.DIRECTION);
    // A formula showing nothing is still a cell: in a live table, ours waiting for a figure.
    return c != null && c.formula() && c.isEmpty() ? "" : text(row, Column.DIRECTION);
  }

  private String text(int row, Column col) {
    return cells.text(row, col);
  }

  private RawCell cell(int row, Column col) {
    return cells.cell(row, col);
  }

  /** Observations with a reading replaced; used by the scale rules. */
  static Observation with(Observation o, Reading r) {
    return new Observation(o.period(), o.cell(), r);
  }
}
