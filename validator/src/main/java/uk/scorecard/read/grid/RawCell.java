package uk.scorecard.read.grid;

import java.math.BigDecimal;

/**
 * One cell as stored, before we know what it means: its kind, text or number, number format and
 * whether a formula produced it. {@code number} is exact, from the stored decimal text.
 */
public record RawCell(
    int row, int col, Kind kind, String text, BigDecimal number, String format, boolean formula) {

  /** What the cell holds. */
  public enum Kind {
    NUMBER,
    DATE,
    TEXT,
    BOOLEAN,
    ERROR,
    NO_RESULT,
    BLANK
  }

  /**
   * True when the cell holds nothing: no value a reader would see and no formula. A formula whose
   * result is empty is not empty: it is the officer's, and we must know it is there.
   */
  public boolean isEmpty() {
    return !formula && (kind == Kind.BLANK || (kind == Kind.TEXT && text.isBlank()));
  }

  /** The cell's text as a person reads it, trimmed; numbers in plain form. */
  public String display() {
    return switch (kind) {
      case NUMBER, DATE -> number.toPlainString();
      case BLANK -> "";
      default -> text == null ? "" : text.trim();
    };
  }
}
