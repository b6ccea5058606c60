package uk.scorecard.write.xlsx;

import uk.scorecard.model.Rating;
import uk.scorecard.write.plan.RagFill;

/**
 * The colours of a RAG cell in .xlsx: a fill per rating and the text colour that reads on it. Each
 * pair has a contrast of at least 4.5:1 (WCAG AA); RagColoursTest measures it in the output.
 */
final class RagColours {

  private RagColours() {}

  /** The fill of a rating, as ARGB hex. */
  static String fill(Rating r) {
    return "FF" + RagFill.fill(r);
  }

  /** The text colour that reads on a rating's fill, as ARGB hex. */
  static String ink(Rating r) {
    return "FF" + RagFill.ink(r);
  }
}
