package uk.scorecard.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Where an indicator table sits: its sheet, header row, the column of each recognised header and
 * the period columns in date order. Columns are zero-based. {@code lastHeaderCol} is the header's
 * last labelled column; {@code lastUsedCol} the last column the table uses in its header rows,
 * their merges and its indicator rows, after which any column we add goes.
 */
public record Layout(
    String sheet,
    int headerRow,
    Map<Column, Integer> columns,
    List<PeriodColumn> periods,
    int lastHeaderCol,
    int lastUsedCol) {

  /**
   * One period column: where its figure is, and where its numerator is when the period heads a pair
   * of sub-columns ({@code Number | %}), else -1.
   */
  public record PeriodColumn(Period period, int col, int numeratorCol) {

    /** A period column with no numerator beside it. */
    public PeriodColumn(Period period, int col) {
      this(period, col, -1);
    }
  }

  public Layout {
    columns = Collections.unmodifiableMap(new EnumMap<>(columns));
    periods = List.copyOf(periods);
  }

  /** This layout reaching to a further last column. */
  public Layout withLastUsedCol(int col) {
    return new Layout(
        sheet, headerRow, columns, periods, lastHeaderCol, Math.max(col, lastHeaderCol));
  }

  /** The column index of a recognised header, if the table has it. */
  public OptionalInt col(Column c) {
    Integer i = columns.get(c);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** True when the table has this column. */
  public boolean has(Column c) {
    return columns.containsKey(c);
  }

  /** The cell of a recognised column on a data row; only call when {@link #has} is true. */
  public CellRef cell(int row, Column c) {
    return new CellRef(sheet, row, columns.get(c));
  }

  /** The header cell of the table. */
  public CellRef headerCell(int col) {
    return new CellRef(sheet, headerRow, col);
  }
}
