package uk.scorecard.check;

import jakarta.validation.Valid;
import java.util.List;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Column;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Unit;
import uk.scorecard.rate.RatedIndicator;

/**
 * One indicator row as the checks see it: the row and what the rater made of it, whether its
 * tolerance was written in the workbook (not taken from a rules file), and its cells to check one
 * by one. Row rules are its class-level constraints; they point at cells by dynamic payload.
 */
@NumeratorWithinDenominator(payload = Level.Error.class)
@DenominatorNotZero(payload = Level.Error.class)
@MatchesFraction(payload = Level.Warning.class)
@SmallDenominator(payload = Level.Info.class)
@BandInOrder(payload = Level.Error.class)
@AmberOnRightSide(payload = Level.Error.class)
@UnambiguousTolerance(payload = Level.Info.class)
@NotZeroRepeat(payload = Level.Warning.class)
@InLineWithHistory(payload = Level.Warning.class)
@OneScale(payload = Level.Warning.class)
@RagAgrees(payload = Level.Warning.class)
@ChangeAgrees(payload = Level.Warning.class)
@OfficersKept(payload = Level.Info.class)
record CheckedRow(
    RatedIndicator rated,
    boolean toleranceWritten,
    List<@Valid CheckedValue> values,
    List<@Valid CheckedLimit> limits)
    implements Located {

  CheckedRow {
    values = List.copyOf(values);
    limits = List.copyOf(limits);
  }

  /** The row as read. */
  IndicatorRow row() {
    return rated.row();
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
  Observation latest() {
    return rated.ratedOn();
  }

  /** The numerator, or null. */
  Figure numerator() {
    return row().numerator();
  }

  /** The denominator, or null. */
  Figure denominator() {
    return row().denominator();
  }

  @Override
  public CellRef cell() {
    return row().idCell();
  }
}
