package uk.scorecard.report;

import java.util.List;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Rating;
import uk.scorecard.model.Severity;

/**
 * Outcomes of a run over three workbooks, built as values so the report formats are tested apart
 * from reading: one with a finding of each severity on two sheets and one about the workbook as a
 * whole, one clean, and one that could not be read.
 */
final class SampleOutcomes {

  static final Finding TOO_HIGH =
      new Finding(
          "Scorecard",
          "L3",
          Severity.ERROR,
          "percent-range",
          "Jun-19 is 112%: a percentage cannot exceed 100%");
  static final Finding AS_TEXT =
      new Finding(
          "Scorecard",
          "K3",
          Severity.WARNING,
          "text-number",
          "May-19 holds 87% as text, not a number: Excel cannot calculate or compare with it");
  static final Finding SMALL =
      new Finding(
          "Detail sheet",
          "C7",
          Severity.INFO,
          "small-denominator",
          "Denominator 4: a single case moves the rate by 25 points");
  static final Finding LATEST_BLANK =
      Finding.workbook(
          Severity.WARNING,
          "latest-period-blank",
          "Jun-19 is blank for 9 of 12 indicators with figures");

  static final Report FAULTY =
      new Report(
          "workbooks/team a/board, May.xlsx",
          List.of(LATEST_BLANK, AS_TEXT, TOO_HIGH, SMALL),
          List.of(
              indicator("Scorecard", 3, Rating.RED), indicator("Detail sheet", 7, Rating.GREY)));
  static final Report CLEAN =
      new Report(
          "workbooks/clean.xlsx", List.of(), List.of(indicator("Scorecard", 3, Rating.GREEN)));
  static final Unreadable BROKEN =
      new Unreadable(
          "workbooks/broken.xlsx",
          "not a spreadsheet: expected an Excel workbook (.xlsx, .xlsm or .xls)");

  static final List<Outcome> ALL = List.of(FAULTY, CLEAN, BROKEN);

  private SampleOutcomes() {}

  private static IndicatorResult indicator(String sheet, int row, Rating rating) {
    return new IndicatorResult(
        sheet,
        row,
        "CIN " + row,
        "Assessments within 45 days",
        "Up 2pp",
        rating,
        "",
        "88% (Jun-19)",
        "90%");
  }
}
