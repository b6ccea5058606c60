package uk.scorecard.check;

import uk.scorecard.model.Severity;
import uk.scorecard.read.ReadCodes;

/** Every check: its stable code, its default severity and what it looks for. */
public enum Rule {
  PERCENT_RANGE(
      "percent-range",
      Severity.ERROR,
      "A percentage below 0% or above 100% (1.12 formatted as a percentage, or 112 under a %"
          + " unit)."),
  TARGET_RANGE(
      "target-range",
      Severity.ERROR,
      "A target or tolerance level outside what the unit allows: a percentage outside 0-100%,"
          + " a negative count, a tolerance of more than 100 percentage points."),
  NEGATIVE_COUNT("negative-count", Severity.ERROR, "A negative count, numerator or denominator."),
  FRACTIONAL_COUNT(
      "fractional-count", Severity.ERROR, "A count of people or cases with a fractional part."),
  NUMERATOR_ABOVE_DENOMINATOR(
      "numerator-above-denominator",
      Severity.ERROR,
      "A percentage indicator's numerator above its denominator."),
  ZERO_DENOMINATOR(
      "zero-denominator", Severity.ERROR, "A denominator of 0 beside a figure or a numerator."),
  BAND_BACKWARDS(
      "band-backwards",
      Severity.ERROR,
      "A tolerance band or target band that runs backwards (its lower level above its upper)."),
  AMBER_WRONG_SIDE(
      "amber-wrong-side",
      Severity.ERROR,
      "An amber threshold on the wrong side of the target for the polarity (a floor above the"
          + " target for higher is better, a ceiling below it for lower is better)."),
  DUPLICATE_ID("duplicate-id", Severity.ERROR, "The same indicator id twice in one table."),
  DUPLICATE_PERIOD(
      "duplicate-period", Severity.ERROR, "Two columns of one table for the same period."),
  EXCEL_ERROR(
      "excel-error",
      Severity.ERROR,
      "An Excel error value (#DIV/0!, #N/A, #REF!...) where a figure should be."),
  PART_ABOVE_WHOLE(
      "part-above-whole",
      Severity.ERROR,
      "A count above the count it is part of in the same period: a row marked as a part (\"of"
          + " which\", \"of those\", an indented title, a sub-id such as MC 1a under MC 1) above"
          + " its whole."),
  COUNT_ABOVE_COHORT(
      "count-above-cohort",
      Severity.ERROR,
      "A count of children above the cohort it is drawn from: a row whose title is another row's"
          + " with a qualifier (children in care who...), its Denominator, or the \"out of 91\""
          + " written in its own cell."),
  PERIOD_ABOVE_TOTAL(
      "period-above-total",
      Severity.ERROR,
      "A count of events for part of a period above the count for the whole period in the same"
          + " row: a month above its quarter, a quarter above its year (counts at a point in time,"
          + " such as children in care, are not compared)."),
  YEAR_TO_DATE_FALLS(
      "year-to-date-falls",
      Severity.ERROR,
      "A year-to-date or cumulative count that falls from one period to the next within a"
          + " year."),
  FUTURE_PERIOD(
      "future-period",
      Severity.ERROR,
      "A period column holding figures that begins after today, or after the workbook was last"
          + " saved (a saved day before most of the columns with figures is taken as stale)."),
  RECOVERABLE_SUPPRESSION(
      "recoverable-suppression",
      Severity.ERROR,
      "With --publish (or when the rules file gives it a severity): a suppressed value (c, [c],"
          + " <5) that can be worked out from a total and its other parts, or from a period's"
          + " total and its other periods; suppress a second cell too."),
  UNCALCULATED_FORMULA(
      "uncalculated-formula",
      Severity.WARNING,
      "A formula whose result was never calculated and saved: open and save the workbook in"
          + " Excel."),
  NOT_A_FIGURE(
      "not-a-figure",
      Severity.WARNING,
      "Text in a figure cell that is neither a number nor a recognised marker (TBC, N/A, c,"
          + " x...)."),
  PERCENT_MISMATCH(
      "percent-mismatch",
      Severity.WARNING,
      "A percentage that does not match its numerator and denominator beyond the rounding shown:"
          + " in Numerator and Denominator columns, written beside its count (\"9 (3.1%)\", \"50"
          + " out of 91, 55%\"), or of the count in the row it is part of or drawn from."),
  MIXED_SCALE(
      "mixed-scale",
      Severity.WARNING,
      "Percentages on two scales in one row: a fraction (0.85) beside whole percentages (87), or"
          + " a figure formatted as a percentage (0.61 shown as 61%) beside one typed as a plain"
          + " number (72); the finding says which reading was used."),
  COMPARATOR_SCALE(
      "comparator-scale",
      Severity.WARNING,
      "A comparator (England, National, London, Region, statistical neighbours) that looks like"
          + " another scale than its row: a percentage above 100 beside percentages, or ten times"
          + " the latest figure or less than a tenth of it (a rate per 10,000, a fraction)."),
  TEXT_NUMBER(
      "text-number", Severity.WARNING, "A number stored as text: Excel cannot calculate with it."),
  VALUE_JUMP(
      "value-jump",
      Severity.WARNING,
      "The latest figure is more than "
          + History.THRESHOLD
          + " median absolute deviations from"
          + " the median of the indicator's earlier figures (needs "
          + History.MIN_HISTORY
          + " earlier figures)."),
  TARGET_DIFFERS(
      "target-differs",
      Severity.WARNING,
      "The same indicator id with a different target in two tables of one workbook."),
  POLARITY_DIFFERS(
      "polarity-differs",
      Severity.WARNING,
      "The same indicator id with a different polarity in two tables of one workbook."),
  TITLE_DIFFERS(
      "title-differs",
      Severity.INFO,
      "The same indicator id with a different title in two tables of one workbook."),
  RAG_DISAGREES(
      "rag-disagrees",
      Severity.WARNING,
      "A RAG written in the workbook that is not the rating the figures give."),
  CHANGE_DISAGREES(
      "change-disagrees",
      Severity.WARNING,
      "A Change written in the workbook that is not the change the figures give (a relative"
          + " change written where percentage points are meant, or the wrong direction)."),
  OFFICER_VALUE_KEPT(
      "officer-value-kept",
      Severity.INFO,
      "A Change or RAG cell holding the officer's own words (an arrow, \"see note\", Blue where"
          + " Blue is not rated, a formula): kept as it is; the finding says what we would have"
          + " written."),
  AMBIGUOUS_TOLERANCE(
      "ambiguous-tolerance",
      Severity.INFO,
      "A bare percentage tolerance (5%) on a percentage indicator: read as 5% of the target,"
          + " not 5 percentage points."),
  SMALL_DENOMINATOR(
      "small-denominator",
      Severity.INFO,
      "A percentage's denominator of 10 or fewer (a single case moves the rate by 10 points or"
          + " more) with no caveat that says so."),
  ZERO_REPEAT(
      "zero-repeat",
      Severity.WARNING,
      "The latest figure of a lower-is-better repeat measure (re-referrals, repeat plans, second"
          + " or subsequent) is zero, which usually means under-recording."),
  PERIODS_OUT_OF_ORDER(
      "periods-out-of-order",
      Severity.WARNING,
      "Period columns of one kind neither in date order nor in reverse date order."),
  PERIOD_GAP(
      "period-gap",
      Severity.WARNING,
      "A month missing from a table's run of monthly columns (months three apart, such as"
          + " quarter ends, are a quarterly series, not gaps)."),
  PARTS_EXCEED_WHOLE(
      "parts-exceed-whole",
      Severity.WARNING,
      "The parts of a count (\"of which\" rows, or sub-ids such as MC 1a and MC 1b) adding up"
          + " to more than their whole in the same period: they overlap, or a figure is wrong."),
  LATEST_PERIOD_BLANK(
      "latest-period-blank",
      Severity.WARNING,
      "The latest period is blank for most indicators that have figures."),
  UNSUPPRESSED_SMALL_COUNT(
      "unsuppressed-small-count",
      Severity.WARNING,
      "With --publish (or when the rules file gives it a severity): a count from 1 to 5 that is"
          + " not suppressed (write c)."),
  RULES_UNKNOWN_ID(
      "rules-unknown-id",
      Severity.WARNING,
      "The rules file names an indicator id that no row of the workbook has (a typing slip, or"
          + " an indicator since removed): its rule applies to nothing."),
  FINDINGS_CAPPED(
      "findings-capped",
      Severity.INFO,
      "More than 1,000 findings: the rest are counted, not listed; errors are listed first."),
  // Found while reading rather than checking; listed here so every code has one home.
  RULES_FILE_DIFFERS(
      ReadCodes.RULES_FILE_DIFFERS,
      Severity.WARNING,
      "A filled workbook cell (polarity, target or tolerance) says otherwise than the rules file;"
          + " the workbook's cell is used."),
  POLARITY_FROM_TITLE(
      ReadCodes.POLARITY_FROM_TITLE,
      Severity.WARNING,
      "No polarity was given, so it was assumed from the indicator's title where what it"
          + " measures is clear (re-referrals are lower is better, within timescale higher is"
          + " better); the rating is marked 'direction assumed'."),
  POLARITY_FROM_OTHER_TABLE(
      ReadCodes.POLARITY_FROM_OTHER_TABLE,
      Severity.INFO,
      "No polarity was given, so it was taken from the same indicator in another table."),
  RULES_SHEET_EDIT(
      ReadCodes.RULES_SHEET_EDIT,
      Severity.INFO,
      "A rule typed on the Rules sheet of a live workbook (over what the last run wrote) is used"
          + " in place of the rules file's, or is not used because the indicator's row sets its"
          + " own."),
  RULES_SHEET_NOT_READ(
      ReadCodes.RULES_SHEET_NOT_READ,
      Severity.WARNING,
      "A rule typed on the Rules sheet of a live workbook cannot be read (a polarity word not"
          + " known, a target that is not a number), or the sheet has no hidden copies to tell"
          + " an edit by; the indicator is rated without it."),
  TABLE_BESIDE_TABLE(
      ReadCodes.TABLE_BESIDE_TABLE,
      Severity.INFO,
      "A second table starts beside the first on the same rows; it is not read."),
  ROW_NOT_READ(
      ReadCodes.ROW_NOT_READ,
      Severity.WARNING,
      "A row with an indicator id in a table that was not read as an indicator (it reads as a"
          + " section, total or note), with the reason."),
  NO_TABLE(
      ReadCodes.NO_TABLE,
      Severity.INFO,
      "No sheet has an indicator table: a header row naming an indicator and at least one"
          + " period.");

  private final String code;
  private final Severity severity;
  private final String description;

  Rule(String code, Severity severity, String description) {
    this.code = code;
    this.severity = severity;
    this.description = description;
  }

  /** The stable code used in reports and rules files. */
  public String code() {
    return code;
  }

  /** The severity when no rules file changes it. */
  public Severity severity() {
    return severity;
  }

  /** One line on what the rule looks for. */
  public String description() {
    return description;
  }
}
