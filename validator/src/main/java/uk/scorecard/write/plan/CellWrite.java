package uk.scorecard.write.plan;

import uk.scorecard.model.Rating;

/**
 * What we put in one cell: text (empty clears it), and how to style it: keep the cell's style, take
 * the header's, or colour it for a rating.
 */
public record CellWrite(int row, int col, String text, Look look, Rating rating) {

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
