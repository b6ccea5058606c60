package uk.scorecard.write.xlsx;

import uk.scorecard.model.Rating;

/**
 * The colours of a RAG cell in .xlsx: a fill per rating and the text colour that reads on it. Each
 * pair has a contrast of at least 4.5:1 (WCAG AA); RagColoursTest measures it in the output.
 */
final class RagColours {

  private RagColours() {}

  /** The fill of a rating, as ARGB hex. */
  static String fill(Rating r) {
    return switch (r) {
      case RED -> "FFC00000";
      case AMBER_RED -> "FFED7D31";
      case AMBER -> "FFFFC000";
      case AMBER_GREEN -> "FF92D050";
      case GREEN -> "FF00B050";
      case BLUE -> "FF0070C0";
      case GREY -> "FFBFBFBF";
    };
  }

  /** The text colour that reads on a rating's fill, as ARGB hex. */
  static String ink(Rating r) {
    return r == Rating.RED || r == Rating.BLUE ? "FFFFFFFF" : "FF000000";
  }
}
