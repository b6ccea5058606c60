package uk.scorecard.check;

import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Column;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Unit;

/**
 * One indicator row as the checks see it: the row as read, whether its tolerance was written in the
 * workbook (not taken from a rules file), and its cells to check one by one. Row rules are its
 * class-level constraints; they point at cells by dynamic payload.
 */
@NumeratorWithinDenominator
@DenominatorNotZero
@MatchesFraction
@SmallDenominator
@BandInOrder
@AmberOnRightSide
@UnambiguousTolerance
@NotZeroRepeat
@InLineWithHistory
@OneScale
@ComparatorOnScale
record CheckedRow(
    IndicatorRow row,
    boolean toleranceWritten,
    List<@Valid CheckedValue> values,
    List<@Valid CheckedLimit> limits)
    implements Located {

  CheckedRow {
    values = List.copyOf(values);
    limits = List.copyOf(limits);
  }

  /** The row's unit. */
  Unit unit() {
    return row().unit();
  }

  /** The cell of a column on this row, or the id cell when the table has no such column. */
  CellRef cell(Column c) {
    return cellOf(row(), c);
  }

  /** The cell of a column on a row, or the row's id cell when the table has no such column. */
  static CellRef cellOf(IndicatorRow row, Column c) {
    return row.layout().has(c) ? row.cell(c) : row.idCell();
  }

  /** The observation the row is rated on: its latest figure, or null. */
  @Nullable Observation latest() {
    List<Observation> figures = row.figures();
    return figures.isEmpty() ? null : figures.get(figures.size() - 1);
  }

  /** The numerator, or null. */
  @Nullable Figure numerator() {
    return row().numerator();
  }

  /** The denominator, or null. */
  @Nullable Figure denominator() {
    return row().denominator();
  }

  @Override
  public CellRef cell() {
    return row().idCell();
  }
}
