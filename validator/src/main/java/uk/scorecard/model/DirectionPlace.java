package uk.scorecard.model;

/**
 * Where the rated workbook shows the direction of travel, as a rules file's {@code direction} says:
 * in a Direction of travel column of its own (the default), appended to the RAG cell's text ({@code
 * Amber ▲ improving}), or nowhere in the workbook.
 */
public enum DirectionPlace {
  COLUMN,
  RAG,
  NONE;

  /** The place a rules file's word names: column, rag or none (any case). */
  public static DirectionPlace parse(String word) {
    return word == null ? COLUMN : valueOf(word.strip().toUpperCase(java.util.Locale.ROOT));
  }
}
