package uk.scorecard.fidelity;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.util.CellReference;

/** The cells a rewrite meant to change, by sheet name and zero-based row and column. */
@FunctionalInterface
interface Touched {

  /** Whether the rewrite was allowed to change this cell. */
  boolean contains(String sheet, int row, int col);

  /** No cell: everything must be as it was. */
  static Touched nothing() {
    return (sheet, row, col) -> false;
  }

  /** These cells of one sheet, in A1 notation (e.g. "F3"). */
  static Touched cells(String sheet, String... a1) {
    Set<String> refs =
        Stream.of(a1)
            .map(r -> new CellReference(r).formatAsString(false))
            .collect(Collectors.toSet());
    return (s, row, col) ->
        s.equals(sheet) && refs.contains(new CellReference(row, col).formatAsString(false));
  }

  /** Whole columns (zero-based) of one sheet, e.g. the rating column. */
  static Touched columns(String sheet, int... cols) {
    Set<Integer> set = Arrays.stream(cols).boxed().collect(Collectors.toSet());
    return (s, row, col) -> s.equals(sheet) && set.contains(col);
  }

  /** Whole columns (zero-based) of one sheet between two rows (zero-based, inclusive). */
  static Touched block(String sheet, int firstRow, int lastRow, int... cols) {
    Touched c = columns(sheet, cols);
    return (s, row, col) -> row >= firstRow && row <= lastRow && c.contains(s, row, col);
  }

  /** Every cell of one sheet. */
  static Touched sheet(String sheet) {
    return (s, row, col) -> s.equals(sheet);
  }

  /** This set or the other. */
  default Touched or(Touched other) {
    return (s, row, col) -> contains(s, row, col) || other.contains(s, row, col);
  }
}
