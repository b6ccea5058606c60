package uk.scorecard.read;

/** The stable codes of the findings the reader makes (the checks make the rest). */
public final class ReadCodes {

  /** Info: the workbook holds no indicator table we can read. */
  public static final String NO_TABLE = "no-table";

  /** Warning: a filled workbook cell says otherwise than the rules file; the cell is used. */
  public static final String RULES_FILE_DIFFERS = "rules-file-differs";

  /** Warning: no polarity was given, so it was assumed from the indicator's title. */
  public static final String POLARITY_FROM_TITLE = "polarity-from-title";

  /** Info: no polarity was given, so it was taken from the same indicator in another table. */
  public static final String POLARITY_FROM_OTHER_TABLE = "polarity-from-other-table";

  /** Info: a second table beside the first on the same rows, which is not read. */
  public static final String TABLE_BESIDE_TABLE = "table-beside-table";

  /** Warning: a row with an indicator id in a table that is not read, and why. */
  public static final String ROW_NOT_READ = "row-not-read";

  /**
   * Warning: a target, tolerance, numerator or denominator cell holds a formula with no saved
   * result. The same code the checks use for figure cells, since it is the same problem.
   */
  public static final String UNCALCULATED_FORMULA = "uncalculated-formula";

  /** Info: a rule typed on our Rules sheet (rate --live) is used, or not used as its row wins. */
  public static final String RULES_SHEET_EDIT = "rules-sheet-edit";

  /** Warning: a rule typed on our Rules sheet cannot be read; the indicator is rated without it. */
  public static final String RULES_SHEET_NOT_READ = "rules-sheet-not-read";

  /** The codes only the reader makes (uncalculated-formula is shared with the checks). */
  public static final java.util.List<String> READER_ONLY =
      java.util.List.of(
          NO_TABLE,
          RULES_FILE_DIFFERS,
          POLARITY_FROM_TITLE,
          POLARITY_FROM_OTHER_TABLE,
          TABLE_BESIDE_TABLE,
          ROW_NOT_READ,
          RULES_SHEET_EDIT,
          RULES_SHEET_NOT_READ);

  private ReadCodes() {}
}
