package uk.scorecard.read.container;

import java.util.Locale;

/**
 * Bounds on what one workbook may make us read, so a hostile or runaway file is refused with a
 * one-line reason naming the limit rather than exhausting memory or time. The package-level bounds
 * (file size, parts, unpacked size, inflate ratio) are in {@link PackageGuard}.
 */
public final class Limits {

  /** Cells read across all sheets; a big real scorecard has tens of thousands. */
  public static final long MAX_CELLS = 1_000_000;

  /** Characters in one cell's text (Excel itself stops at 32,767). */
  public static final int MAX_TEXT = 100_000;

  /** Characters in one formula (Excel's own limit is 8,192). */
  public static final int MAX_FORMULA = 16_384;

  /** Sheets in one workbook. */
  public static final int MAX_SHEETS = 500;

  /** Characters of text in all cells together: bounds memory, and the work of reading them. */
  static final long MAX_TEXT_TOTAL = 20_000_000;

  private long cells;
  private long text;

  /** Thrown when a limit is passed; the message says which, and by how much. */
  public static class Exceeded extends RuntimeException {
    Exceeded(String message) {
      super(message, null, false, false);
    }
  }

  /** Thrown when the reading thread is interrupted: its caller's time limit has passed. */
  static final class Stopped extends Exceeded {
    Stopped() {
      super("stopped");
    }
  }

  /** Counts a cell; every 1,024 cells, also stops the read if the thread has been interrupted. */
  public void countCell() {
    if (++cells > MAX_CELLS) {
      throw new Exceeded(
          "more than " + count(MAX_CELLS) + " cells (the limit is " + count(MAX_CELLS) + ")");
    }
    if ((cells & 1023) == 0 && Thread.currentThread().isInterrupted()) {
      throw new Stopped();
    }
  }

  /** Stops the read at a cell whose text passes the per-cell limit. */
  public void checkText(int length) {
    if (length > MAX_TEXT) {
      throw new Exceeded(
          "a cell with " + atLeast(length) + " characters (the limit is " + count(MAX_TEXT) + ")");
    }
  }

  /** Counts one cell's whole text against both the per-cell and the workbook's limit. */
  public void addText(int length) {
    checkText(length);
    text += length;
    if (text > MAX_TEXT_TOTAL) {
      throw new Exceeded(
          "more than "
              + count(MAX_TEXT_TOTAL)
              + " characters of text in its"
              + " cells (the limit is "
              + count(MAX_TEXT_TOTAL)
              + ")");
    }
  }

  /**
   * Takes back cells and text counted in a pass that is read again (a long sheet's first rows are
   * read once to find a header, then again with the rest), so they are not counted twice.
   */
  public void forget(long cellsCounted, long textCounted) {
    cells -= cellsCounted;
    text -= textCounted;
  }

  /** Stops the read at a formula past its limit. */
  public void checkFormula(int length) {
    if (length > MAX_FORMULA) {
      throw new Exceeded(
          "a formula with "
              + atLeast(length)
              + " characters (the limit is "
              + count(MAX_FORMULA)
              + ")");
    }
  }

  /** Stops the read once the sheets counted so far pass the limit. */
  public void checkSheets(int count) {
    if (count > MAX_SHEETS) {
      throw new Exceeded(
          (count == MAX_SHEETS + 1 ? "more than " + count(MAX_SHEETS) : count(count))
              + " sheets (the limit is "
              + count(MAX_SHEETS)
              + ")");
    }
  }

  /** Text streamed in pieces is stopped as soon as it passes the limit: it may be longer. */
  private static String atLeast(long n) {
    return "at least " + count(n);
  }

  static String count(long n) {
    return String.format(Locale.UK, "%,d", n);
  }
}
