package uk.scorecard.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One indicator as read from its row: what it is, its figures by period (oldest first), its rules
 * and what the officer already wrote in the Change, RAG, Caveat and Direction of travel cells.
 * Absent values are null. {@code formulaCells} are those of these cells that hold a formula (the
 * officer's, so never overwritten); {@code frequency} is how often the indicator is reported when a
 * Frequency column says so; {@code blue} is when it is Blue, where the workbook or rules file rate
 * Blue. {@code readCaveats} are caveats about how the row was read (a polarity assumed from the
 * title, with {@code polarityAssumed} set), which the rated workbook shows beside it. {@code
 * indent} is how far its title is indented (its style's indent level, else its leading spaces; 0
 * for none), which tells a part from its whole. {@code comparators} are the figures of comparator
 * columns (England, statistical neighbours...) on the indicator's scale, by column. {@code
 * ruleBefore} is the rule before the officer's Rules sheet edits were taken, null when none was.
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
    String existingDirection,
    Set<Column> formulaCells,
    Period.Kind frequency,
    Blue blue,
    boolean polarityAssumed,
    List<String> readCaveats,
    int indent,
    Map<Column, BigDecimal> comparators,
    @Nullable RuleBefore ruleBefore) {

  public IndicatorRow {
    observations = List.copyOf(observations);
    formulaCells = formulaCells == null ? Set.of() : Set.copyOf(formulaCells);
    readCaveats = readCaveats == null ? List.of() : List.copyOf(readCaveats);
    comparators =
        comparators == null || comparators.isEmpty()
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(comparators));
  }

  /** A row read with nothing to say about how it was read. */
  public IndicatorRow(
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
      String existingCaveat) {
    this(
        layout,
        row,
        id,
        title,
        polarity,
        unit,
        observations,
        target,
        tolerance,
        toleranceText,
        lowerTolerance,
        upperTolerance,
        numerator,
        denominator,
        existingChange,
        existingRag,
        existingCaveat,
        null,
        Set.of(),
        null,
        null,
        false,
        List.of(),
        0,
        Map.of(),
        null);
  }

  /**
   * This row with a polarity worked out elsewhere, and the caveat that says where from; {@code
   * assumed} when it is a guess from the title rather than the same indicator elsewhere.
   */
  public IndicatorRow withPolarity(Polarity p, String caveat, boolean assumed) {
    List<String> caveats = new java.util.ArrayList<>(readCaveats);
    caveats.add(caveat);
    return new IndicatorRow(
        layout,
        row,
        id,
        title,
        p,
        unit,
        observations,
        target,
        tolerance,
        toleranceText,
        lowerTolerance,
        upperTolerance,
        numerator,
        denominator,
        existingChange,
        existingRag,
        existingCaveat,
        existingDirection,
        formulaCells,
        frequency,
        blue,
        assumed,
        caveats,
        indent,
        comparators,
        ruleBefore);
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
