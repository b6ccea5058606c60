package uk.scorecard.read;

/**
 * Bounds on what one workbook may make us read, so a hostile or runaway file is refused with a
 * clear reason rather than exhausting memory.
 */
final class Limits {

  /** Cells read across all sheets. */
  static final long MAX_CELLS = 5_000_000;
  /** Characters in one cell's text or formula. */
  static final int MAX_TEXT = 100_000;
  /** Sheets in one workbook. */
  static final int MAX_SHEETS = 500;

  private long cells;

  /** Thrown when a limit is passed; the message says which. */
  static final class Exceeded extends RuntimeException {
    Exceeded(String message) {
      super(message, null, false, false);
    }
  }

  void countCell() {
    if (++cells > MAX_CELLS) {
      throw new Exceeded("more than " + MAX_CELLS + " cells");
    }
  }

  void checkText(int length) {
    if (length > MAX_TEXT) {
      throw new Exceeded("a cell with more than " + MAX_TEXT + " characters");
    }
  }

  void checkSheets(int count) {
    if (count > MAX_SHEETS) {
      throw new Exceeded("more than " + MAX_SHEETS + " sheets");
    }
  }
}
