package uk.scorecard.write.plan;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.RulesSheetWords;
import uk.scorecard.model.Tolerance;

/**
 * The Rules sheet of a live workbook (rate --live): one row per indicator whose RAG is a formula,
 * with the polarity, target and tolerance the engine rated it with, which the formulas read where
 * the indicator's row has no cell of its own for them. So an officer changes a rule in Excel and
 * the rating follows.
 */
public final class RulesSheet {

  /** The sheet's name, when no officer's sheet has it. */
  public static final String SHEET_NAME = "Rules";

  /** The name taken when an officer's own sheet is called Rules. */
  public static final String OTHER_NAME = "Scorecard rules";

  /** The title in A1. */
  public static final String TITLE = "Scorecard rules";

  /** The line under the title saying what the sheet is. */
  public static final String ABOUT =
      "The rules the live ratings use: change one here and the indicator's RAG follows, unless its"
          + " row sets it (last column). Rating again keeps your change; clear it for the rules"
          + " file's.";

  /** The header row's cells. */
  public static final List<String> HEADERS =
      List.of(
          RulesSheetWords.REF,
          "Indicator",
          RulesSheetWords.POLARITY,
          RulesSheetWords.TARGET,
          RulesSheetWords.TYPE,
          RulesSheetWords.AMOUNT,
          RulesSheetWords.LOWER,
          RulesSheetWords.UPPER,
          RulesSheetWords.ROW,
          "Set in the row");

  /** Zero-based row of the header, and of the first rule under it. */
  public static final int HEADER_ROW = 3;

  public static final int FIRST = HEADER_ROW + 1;

  /** Columns of the cells the formulas read. */
  public static final int POLARITY = 2;

  public static final int TARGET = 3;
  public static final int TYPE = 4;
  public static final int AMOUNT = 5;

  /** A floor (higher is better) or a band's foot (within range); an Amber ceiling or its top. */
  public static final int LOWER = 6;

  public static final int UPPER = 7;

  /** The polarities the list offers: the three the formulas follow, and not rated (Grey). */
  public static final List<Polarity> POLARITIES =
      List.of(
          Polarity.HIGHER_IS_BETTER,
          Polarity.LOWER_IS_BETTER,
          Polarity.WITHIN_RANGE,
          Polarity.NOT_RATED);

  /** Where the sheet's name goes in a formula until the patcher knows it (not a sheet name). */
  static final String TOKEN = "\uE000Rules\uE000";

  /**
   * One indicator's rule: {@code target}, {@code lower} and {@code upper} (each may be null: a band
   * target is its two levels) on the indicator's scale (95 for 95%), written as Excel holds the
   * row's figures ({@code k} 100 when they are fractions shown as %); {@code own} what its row sets
   * itself, as the last column says it; {@code before} the line as it would be without the
   * officer's edits on the sheet (null when none was taken), which the hidden copies hold.
   */
  public record Line(
      String ref,
      String title,
      @Nullable Polarity polarity,
      @Nullable BigDecimal target,
      @Nullable BigDecimal lower,
      @Nullable BigDecimal upper,
      int k,
      Tolerance tolerance,
      String row,
      String own,
      @Nullable Line before) {

    /**
     * The line as the hidden copies hold it: the rule before the officer's edits (its parts that
     * nothing gave left empty, so the edit still shows as one), or this line when none was taken.
     */
    public Line written() {
      return before == null ? this : before;
    }

    /** A number as the cell holds it: 0.95 for 95% when the row's figures are fractions. */
    public @Nullable BigDecimal cell(@Nullable BigDecimal v) {
      return v == null || k != 100 ? v : v.movePointLeft(2);
    }

    /** Decimal places a number is shown at (as a percentage when {@code k} is 100). */
    public static int places(BigDecimal v) {
      return Math.max(0, v.stripTrailingZeros().scale());
    }
  }

  private RulesSheet() {}

  /** The tolerance type's word on the sheet. */
  public static String type(Tolerance t) {
    if (t instanceof Tolerance.Relative) {
      return RulesSheetWords.RELATIVE;
    }
    return t instanceof Tolerance.Points ? RulesSheetWords.POINTS : RulesSheetWords.UNITS;
  }

  /** The tolerance's amount: the percent of a share, else the points or units. */
  public static BigDecimal amount(Tolerance t) {
    if (t instanceof Tolerance.Relative rel) {
      return rel.percent();
    }
    return t instanceof Tolerance.Points pts ? pts.points() : ((Tolerance.Units) t).units();
  }

  /** A rule cell in a formula: {@code 'Rules'!$D$5}, its sheet still the token. */
  static String ref(int line, int col) {
    return TOKEN + "!$" + CellRef.columnName(col) + "$" + (FIRST + line + 1);
  }

  /** A formula with the Rules sheet's name in place of the token. */
  static CellWrite.Formula named(CellWrite.Formula f, String sheet) {
    String quoted = "'" + sheet.replace("'", "''") + "'";
    return new CellWrite.Formula(
        f.text().replace(TOKEN, quoted),
        f.number(),
        f.checkCol(),
        f.checkValue(),
        f.fallback() == null ? null : f.fallback().replace(TOKEN, quoted));
  }
}
