package uk.scorecard.read;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Column;
import uk.scorecard.model.Layout;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.RuleText;
import uk.scorecard.model.Target;
import uk.scorecard.model.Unit;
import uk.scorecard.read.grid.Grid;
import uk.scorecard.read.grid.Numbers;
import uk.scorecard.read.grid.RawCell;

/** The cells of a table's rows by column, as the readers of a row and of its rule take them. */
final class RowCells {

  private final Grid grid;
  private final Layout layout;

  RowCells(Grid grid, Layout layout) {
    this.grid = grid;
    this.layout = layout;
  }

  Grid grid() {
    return grid;
  }

  Layout layout() {
    return layout;
  }

  /** The row's cell in a column, or null when the table has no such column or the cell is empty. */
  @Nullable RawCell cell(int row, Column col) {
    return layout.has(col) ? grid.get(row, layout.col(col).getAsInt()) : null;
  }

  /** Where the row's cell in a column is; its first cell when the table has no such column. */
  CellRef at(int row, Column col) {
    return layout.has(col) ? layout.cell(row, col) : new CellRef(layout.sheet(), row, 0);
  }

  /** The cell's text as shown, or null when empty. */
  @Nullable String text(int row, Column col) {
    RawCell c = cell(row, col);
    if (c == null || c.isEmpty()) {
      return null;
    }
    return c.display();
  }

  @Nullable Figure figure(int row, Column col) {
    RawCell c = cell(row, col);
    return c == null ? null : ValueReader.read(c).figure();
  }

  /** A level (a tolerance level or Blue's) on the indicator's scale, or null. */
  @Nullable BigDecimal level(int row, Column col, Unit unit) {
    RawCell c = cell(row, col);
    if (c == null) {
      return null;
    }
    if (c.kind() == RawCell.Kind.NUMBER) {
      return onScale(c, unit);
    }
    Target t = RuleText.target(c.display());
    return t instanceof Target.Point p ? p.value() : null;
  }

  /**
   * A number on the indicator's scale: percent-formatted or fractional percentages become 0-100.
   */
  static BigDecimal onScale(RawCell c, Unit unit) {
    if (Numbers.isPercentFormat(c.format())) {
      return c.number().movePointRight(2);
    }
    boolean fraction =
        unit == Unit.PERCENT
            && c.number().abs().compareTo(BigDecimal.ONE) <= 0
            && c.number().stripTrailingZeros().scale() > 0;
    return fraction ? c.number().movePointRight(2) : c.number();
  }
}
