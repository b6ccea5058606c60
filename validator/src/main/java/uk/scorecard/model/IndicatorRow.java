package uk.scorecard.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator as read from its row: what it is, its figures by period (oldest first), its rules
 * and what the officer already wrote in the Change, RAG and Caveat cells. Absent values are null.
 * {@code readCaveats} are caveats about how the row was read (a polarity assumed from the title),
 * which the rated workbook shows beside the figure.
 */
public record IndicatorRow(
    Layout layout,
    int row,
    String id,
    String title,
    Polarity polarity,
    Unit unit,
    List<Observation> observations,
    Target target,
    Tolerance tolerance,
    String toleranceText,
    BigDecimal lowerTolerance,
    BigDecimal upperTolerance,
    Reading.Figure numerator,
    Reading.Figure denominator,
    String existingChange,
    String existingRag,
    String existingCaveat,
    List<String> readCaveats) {

  public IndicatorRow {
    observations = List.copyOf(observations);
    readCaveats = readCaveats == null ? List.of() : List.copyOf(readCaveats);
  }

  /** A row read with nothing to say about how it was read. */
  public IndicatorRow(Layout layout, int row, String id, String title, Polarity polarity,
      Unit unit, List<Observation> observations, Target target, Tolerance tolerance,
      String toleranceText, BigDecimal lowerTolerance, BigDecimal upperTolerance,
      Reading.Figure numerator, Reading.Figure denominator, String existingChange,
      String existingRag, String existingCaveat) {
    this(layout, row, id, title, polarity, unit, observations, target, tolerance, toleranceText,
        lowerTolerance, upperTolerance, numerator, denominator, existingChange, existingRag,
        existingCaveat, List.of());
  }

  /** This row with a polarity worked out elsewhere, and the caveat that says where from. */
  public IndicatorRow withPolarity(Polarity p, String caveat) {
    List<String> caveats = new java.util.ArrayList<>(readCaveats);
    caveats.add(caveat);
    return new IndicatorRow(layout, row, id, title, p, unit, observations, target, tolerance,
        toleranceText, lowerTolerance, upperTolerance, numerator, denominator, existingChange,
        existingRag, existingCaveat, caveats);
  }

  /** The sheet the row is on. */
  public String sheet() {
    return layout.sheet();
  }

  /** The cell of a recognised column on this row; only call when the layout has it. */
  public CellRef cell(Column c) {
    return layout.cell(row, c);
  }

  /** The id cell, or the first cell of the row when the table has no id column. */
  public CellRef idCell() {
    return new CellRef(sheet(), row, layout.col(Column.ID).orElse(0));
  }

  /** The readings that hold a number, oldest first. */
  public List<Observation> figures() {
    return observations.stream().filter(o -> o.reading() instanceof Reading.Figure).toList();
  }
}
