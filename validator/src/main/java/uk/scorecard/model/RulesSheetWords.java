package uk.scorecard.model;

import java.util.List;

/**
 * The words our Rules sheet (rate --live) is marked, headed and filled with, shared by its writer
 * and by the reader that takes an officer's edits on it back as rules.
 */
public final class RulesSheetWords {

  /** The hidden defined name scoped to our Rules sheet, which finds it even renamed. */
  public static final String MARK = "_ScorecardRules";

  /** Headers of the columns the reader matches a line by. */
  public static final String REF = "Ref";

  public static final String ROW = "Indicator's row";

  /** Headers of the rule columns the reader takes edits from. */
  public static final String POLARITY = "Polarity";

  public static final String TARGET = "Target";
  public static final String TYPE = "Tolerance type";
  public static final String AMOUNT = "Tolerance";
  public static final String LOWER = "Lower level";
  public static final String UPPER = "Upper level";

  /**
   * Headers of the rule columns, each with a hidden copy of what we wrote after the visible
   * columns, so a later run tells an officer's edit from a rules file changed since; the reader
   * takes edits from these.
   */
  public static final List<String> RULES = List.of(POLARITY, TARGET, TYPE, AMOUNT, LOWER, UPPER);

  /**
   * What the hidden copy of a rule column adds to its header: the copy holds what we wrote, so a
   * later run tells an officer's edit (shown differs) from a rules file changed since.
   */
  public static final String WRITTEN = " (as written)";

  /** The tolerance types, as the sheet's list offers them. */
  public static final String RELATIVE = "% of target";

  public static final String POINTS = "pp";
  public static final String UNITS = "units";

  /** Between the sheet's name and the row number in the Indicator's row cell. */
  public static final String ROW_WORD = " row ";

  private RulesSheetWords() {}

  /** The header of the hidden copy of a rule column. */
  public static String written(String header) {
    return header + WRITTEN;
  }
}
