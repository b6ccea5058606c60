package uk.scorecard.model;

/**
 * The scale a workbook is rated on, as a rules file's {@code scale} says: RAG (Red, Amber, Green,
 * with Blue where the workbook or rules file say how: BRAG), or five points, which splits the amber
 * tolerance into thirds: Amber/Green nearest the target, Amber, Amber/Red nearest Red.
 */
public enum RatingScale {
  RAG,
  FIVE_POINT;

  /** The scale a rules file's word names: rag, brag or five-point (any case), or RAG for null. */
  public static RatingScale parse(String word) {
    if (word == null) {
      return RAG;
    }
    return word.strip().equalsIgnoreCase("five-point") ? FIVE_POINT : RAG;
  }
}
