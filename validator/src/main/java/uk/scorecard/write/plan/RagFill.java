package uk.scorecard.write.plan;

import uk.scorecard.model.Rating;

/**
 * The colours of a RAG cell, whatever the format: a fill per rating and the text colour that reads
 * on it, as {@code RRGGBB}. Each pair has a contrast of at least 4.5:1 (WCAG AA).
 */
public final class RagFill {

  private RagFill() {}

  /** The fill of a rating. */
  public static String fill(Rating r) {
    return switch (r) {
      case RED -> "C00000";
      case AMBER_RED -> "ED7D31";
      case AMBER -> "FFC000";
      case AMBER_GREEN -> "92D050";
      case GREEN -> "00B050";
      case BLUE -> "0070C0";
      case GREY -> "BFBFBF";
    };
  }

  /** The text colour that reads on a rating's fill. */
  public static String ink(Rating r) {
    return r == Rating.RED || r == Rating.BLUE ? "FFFFFF" : "000000";
  }
}
