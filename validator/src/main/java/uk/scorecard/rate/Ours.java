package uk.scorecard.rate;

import java.util.regex.Pattern;
import uk.scorecard.model.Column;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Rating;

/**
 * Which Change, RAG and Caveat cells are ours to write: an empty cell, or one holding words we
 * write ({@code Up 9pp}, {@code No change}, {@code Amber}). Anything else there is the officer's
 * (an arrow, {@code Blue} where we do not rate Blue, "see note", a formula) and is kept.
 */
public final class Ours {

  private static final Pattern CHANGE =
      Pattern.compile("(?i)no change|(up|down) \\d+(\\.\\d+)?(pp)?");

  private Ours() {}

  /** True when we may write the row's Change cell. */
  public static boolean change(IndicatorRow row) {
    return !row.formulaCells().contains(Column.CHANGE) && isOurChange(row.existingChange());
  }

  /** True when we may write the row's RAG cell; Blue is ours only where we rate Blue. */
  public static boolean rag(IndicatorRow row, boolean ratesBlue) {
    return rag(row, ratesBlue, false);
  }

  /**
   * True when we may write the row's RAG cell; Blue is ours only where we rate Blue, Amber/Green
   * and Amber/Red only where we rate the five-point scale.
   */
  public static boolean rag(IndicatorRow row, boolean ratesBlue, boolean fivePoint) {
    if (row.formulaCells().contains(Column.RAG)) {
      return false;
    }
    String t = row.existingRag();
    if (t == null || t.isBlank()) {
      return true;
    }
    Rating r = Rating.parse(t);
    return r != null && (r != Rating.BLUE || ratesBlue) && (!r.fivePoint() || fivePoint);
  }

  /** True when we may write the row's Caveat cell: the officer's lines are kept within it. */
  public static boolean caveat(IndicatorRow row) {
    return !row.formulaCells().contains(Column.CAVEAT);
  }

  /** True for a Change cell's text that is empty or in the words we write. */
  public static boolean isOurChange(String text) {
    return text == null || text.isBlank() || CHANGE.matcher(text.strip()).matches();
  }
}
