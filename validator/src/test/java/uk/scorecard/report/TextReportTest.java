package uk.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.report.SampleOutcomes.ALL;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text report: a line per finding and per file not read, then one summary. */
final class TextReportTest {

  @Test
  void aLinePerFindingErrorsFirstAndPerFileNotReadThenTheSummary() {
    StringWriter out = new StringWriter();
    TextReport.write(ALL, new PrintWriter(out));

    assertThat(out.toString().lines())
        .containsExactly(
            "workbooks/team a/board, May.xlsx:Scorecard!L3: error [percent-range] Jun-19 is 112%: a"
                + " percentage cannot exceed 100%",
            "workbooks/team a/board, May.xlsx: warning [latest-period-blank] Jun-19 is blank for 9 of"
                + " 12 indicators with figures",
            "workbooks/team a/board, May.xlsx:Scorecard!K3: warning [text-number] May-19 holds 87% as"
                + " text, not a number: Excel cannot calculate or compare with it",
            "workbooks/team a/board, May.xlsx:'Detail sheet'!C7: info [small-denominator]"
                + " Denominator 4: a single case moves the rate by 25 points",
            "workbooks/broken.xlsx: cannot check: not a spreadsheet: expected an Excel workbook"
                + " (.xlsx, .xlsm or .xls)",
            "3 workbooks (1 could not be read), 3 indicators (1 red, 0 amber, 1 green, 1 grey):"
                + " 1 error, 2 warnings, 1 info");
  }

  @Test
  void theSummaryOfOneReadWorkbookIsUnchanged() {
    assertThat(TextReport.summary(List.of(SampleOutcomes.CLEAN)))
        .isEqualTo(
            "1 workbook, 1 indicator (0 red, 0 amber, 1 green, 0 grey): 0 errors, 0 warnings, 0 info");
  }
}
