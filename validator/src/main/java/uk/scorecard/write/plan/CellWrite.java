package uk.scorecard.write.plan;

import org.jspecify.annotations.Nullable;
import uk.scorecard.model.Rating;

/**
 * What we put in one cell: text (empty clears it), and how to style it: keep the cell's style, take
 * the header's, or colour it for a rating. A live cell (rate --live) also has a {@link Formula},
 * whose cached value is the text; {@code overFormula} marks a cell whose formula is ours to replace
 * (a live table's Change, RAG and Direction).
 */
public record CellWrite(
    int row,
    int col,
    String text,
    Look look,
    Rating rating,
    @Nullable Formula formula,
    boolean overFormula) {

  /** A cell written with no formula. */
  public CellWrite(int row, int col, String text, Look look, Rating rating) {
    this(row, col, text, look, rating, null, false);
  }

  /**
   * A formula (without "="), and when it reads the row's target cell, that cell's column, the value
   * the formula expects there and the formula to write instead when the cell holds something else.
   * {@code number} says the cached value is a number, not text.
   */
  public record Formula(
      String text, boolean number, int checkCol, double checkValue, @Nullable String fallback) {

    /** A formula that reads no cell it must check first. */
    public Formula(String text, boolean number) {
      this(text, number, -1, 0, null);
    }
  }

  /** This write with a formula, replacing any formula of ours in the cell. */
  public CellWrite live(@Nullable Formula f) {
    return new CellWrite(row, col, text, look, rating, f, true);
  }

  /** How the written cell looks. */
  public enum Look {
    /** Keep whatever style the cell has. */
    KEEP,
    /** A header we add: styled like the table's last header cell. */
    HEADER,
    /** A RAG cell: the cell's style with the rating's fill and a legible font. */
    RAG,
    /** A caveat: the cell's style with wrapping on. */
    WRAP
  }

  public static CellWrite text(int row, int col, String text) {
    return new CellWrite(row, col, text, Look.KEEP, null);
  }

  public static CellWrite header(int row, int col, String text) {
    return new CellWrite(row, col, text, Look.HEADER, null);
  }

  public static CellWrite rag(int row, int col, Rating r) {
    return new CellWrite(row, col, r.word(), Look.RAG, r);
  }

  /** A RAG cell coloured for the rating with other words: the rating and its direction. */
  public static CellWrite rag(int row, int col, Rating r, String text) {
    return new CellWrite(row, col, text, Look.RAG, r);
  }

  public static CellWrite caveat(int row, int col, String text) {
    return new CellWrite(row, col, text, Look.WRAP, null);
  }
}
