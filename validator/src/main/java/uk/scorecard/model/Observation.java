package uk.scorecard.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One indicator's reading for one period, and the cell it came from.
 *
 * <p>A value class rather than a record: there is one for each figure cell of every table (a
 * million in the largest workbook we read), so it keeps the cell's place as numbers and makes the
 * {@link CellRef} when asked, 32 bytes an observation rather than 48 with a CellRef of its own.
 */
public final class Observation {

  private final Period period;
  private final String sheet;
  private final int row;
  private final int col;
  private final Reading reading;

  /** The reading for a period, from a cell. */
  public Observation(Period period, CellRef cell, Reading reading) {
    this.period = period;
    this.sheet = cell.sheet();
    this.row = cell.row();
    this.col = cell.col();
    this.reading = reading;
  }

  /** The period the reading is for. */
  public Period period() {
    return period;
  }

  /** The cell the reading came from. */
  public CellRef cell() {
    return new CellRef(sheet, row, col);
  }

  /** What the cell holds. */
  public Reading reading() {
    return reading;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Observation x
        && row == x.row
        && col == x.col
        && sheet.equals(x.sheet)
        && Objects.equals(period, x.period)
        && Objects.equals(reading, x.reading);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, cell(), reading);
  }

  @Override
  public String toString() {
    return "Observation[period=" + period + ", cell=" + cell() + ", reading=" + reading + "]";
  }
}
