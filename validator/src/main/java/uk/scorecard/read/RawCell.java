package uk.scorecard.read;

import java.math.BigDecimal;

/**
 * One cell as stored, before we know what it means: its kind, text or number, number format and
 * whether a formula produced it. {@code number} is exact, from the stored decimal text.
 */
record RawCell(int row, int col, Kind kind, String text, BigDecimal number, String format,
    boolean formula) {

  /** What the cell holds. */
  enum Kind {
    NUMBER,
    DATE,
    TEXT,
    BOOLEAN,
    ERROR,
    NO_RESULT,
    BLANK
  }

  /** True when the cell holds nothing a reader would see. */
  boolean isEmpty() {
    return kind == Kind.BLANK || (kind == Kind.TEXT && text.isBlank());
  }

  /** The cell's text as a person reads it, trimmed; numbers in plain form. */
  String display() {
    return switch (kind) {
      case NUMBER, DATE -> number.toPlainString();
      case BLANK -> "";
      default -> text == null ? "" : text.trim();
    };
  }
}
