package uk.scorecard.write.plan;

import uk.scorecard.model.Rating;
import uk.scorecard.model.RulesSheetWords;

/**
 * How we mark what we write, so a later run finds it again and replaces it rather than doubling it:
 * our notes' author and opening words, our Checks and Rules sheets' hidden names, and the formulas
 * of a live colouring rule and of the mark on cells with a note. Every format writes the same
 * marks.
 */
public final class Marks {

  /** The author of every note we write. */
  public static final String AUTHOR = "Scorecard";

  /** The start of every note text we write. */
  public static final String NOTE = "Scorecard check: ";

  /** The hidden defined name scoped to our Checks sheet. */
  public static final String CHECKS_NAME = "_ScorecardChecks";

  /** The hidden defined name scoped to our Rules sheet (rate --live). */
  public static final String RULES_NAME = RulesSheetWords.MARK;

  /**
   * The formula of the conditional format that marks the cells our notes are on: always true, and
   * found in no officer's workbook, so it says the format is ours.
   */
  public static final String PROBLEM_FORMULA = "ISTEXT(\"Scorecard check\")";

  private Marks() {}

  /** The formula of our live rule for a rating: the word, as a string literal. */
  public static String liveFormula(Rating r) {
    return "\"" + r.word() + "\"";
  }
}
