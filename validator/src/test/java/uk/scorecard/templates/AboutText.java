package uk.scorecard.templates;

import java.util.List;

/** The words of the About sheet, kept apart from the code that lays them out. */
final class AboutText {
  private AboutText() {}

  /** The paragraph above the column list. */
  static final String INTRO =
      "One row per indicator on the Scorecard sheet. Keep the title on "
          + "row 1 and the column headers on row 3 exactly as they are. Replace the example rows "
          + "with your own indicators, and put a section label in CAPITALS alone in column A (such "
          + "as FRONT DOOR or WORKFORCE) between groups. The scorecard tool checks the figures, "
          + "works out the change since the previous period, rates each indicator and adds its "
          + "notes; it does not change your figures.";

  /** Each column's name and what to type in it, in the order of the headers. */
  static final List<List<String>> COLUMNS =
      List.of(
          List.of(
              "Ref",
              "A short reference for the indicator, such as FD 7 or W1 g. Each Ref may "
                  + "appear only once."),
          List.of(
              "Indicator",
              "The indicator's name as your board knows it, such as "
                  + "\"% of assessments completed within 45 working days\"."),
          List.of(
              "Polarity",
              "Which direction is better; choose from the list. Higher is better "
                  + "(assessments on time). Lower is better (re-referrals, caseloads, vacancy rate). "
                  + "Within range: the Target is a band such as 8% to 12%, and too low or too high are "
                  + "both concerns. Not rated: counts shown for context, such as the number of children "
                  + "in care; these are rated Grey."),
          List.of(
              "Unit",
              "Choose from the list. % for percentages. Number for whole-number counts "
                  + "of children, cases or visits. Decimal for averages, rates and durations, such as "
                  + "16.2 cases per social worker."),
          List.of(
              "Periods",
              "One column per month or per quarter, oldest on the left and latest on "
                  + "the right, between Unit and Target. A month's header is a date: type 01/04/2024 and "
                  + "it shows as Apr-24. A quarter's header is text such as Q1 2024/25 (a financial "
                  + "year runs from 1 April to 31 March).\n"
                  + "Type percentages as percentages (type 85% and Excel stores 0.85), counts as whole "
                  + "numbers and averages to one decimal place. Leave a cell blank when there is no "
                  + "figure, or type a marker: TBC (to be confirmed, for example when data is reported "
                  + "in arrears), N/A, - (a dash), c (suppressed: a small number hidden to protect "
                  + "children), x (not available) or z (not applicable). A marker is never read as "
                  + "zero."),
          List.of(
              "Target",
              "The figure that counts as Green, in the indicator's own unit: 95% for "
                  + "a percentage, 16.0 for an average caseload. For a Within range indicator type the "
                  + "band as text, such as 8% to 12%. Leave it blank for Not rated indicators."),
          List.of(
              "Tolerance",
              "How far the figure may miss the target and still be Amber rather "
                  + "than Red. 10% of target means 10% of the target: a 95% target is Amber down to "
                  + "85.5% (a bare 10% is read the same way, with a note that it could be meant as "
                  + "points). 5pp "
                  + "means 5 percentage points: a 95% target is Amber down to 90%. A plain number is in "
                  + "the indicator's own unit: with a caseload target of 16, a tolerance of 2 is Amber "
                  + "up to 18. Blank means the default, 5% of the target."),
          List.of(
              "Numerator",
              "Optional. For a percentage, how many children or cases met the "
                  + "measure in the latest period: 85 of 100 for 85%. It cannot be larger than the "
                  + "Denominator, and the percentage should agree with it."),
          List.of(
              "Denominator",
              "Optional. The number the percentage is out of in the latest "
                  + "period: the 100 in 85 of 100."),
          List.of(
              "Change",
              "Leave blank: the tool fills it in. It is the change since the previous "
                  + "period: in percentage points for percentages (Up 9pp), in whole numbers for "
                  + "counts (Down 4), to one decimal place for averages (Up 0.2), or No change."),
          List.of(
              "RAG",
              "Leave blank: the tool fills it in. Green meets or beats the target. Amber "
                  + "misses it but is within the tolerance. Red is beyond the tolerance. Grey is not "
                  + "rated: no target, Not rated, or no figure. The latest figure is rated; when the "
                  + "latest period is TBC or blank, the last figure that exists is rated and the Caveat "
                  + "says so."),
          List.of(
              "Caveat",
              "Type any note a reader must see beside the figure, such as \"Data "
                  + "reported one month in arrears\". The tool adds its own notes beside yours and never "
                  + "overwrites your words."));
}
