package uk.scorecard.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.scorecard.model.ReadWorkbook;
import uk.scorecard.model.ReadWorkbook.Format;
import uk.scorecard.rules.Rules;

/**
 * Each layout officers use, built in code, read to the right tables, indicators, periods (in date
 * order, whatever the column order) and values. See {@link TableDump} for the expected form.
 */
class LayoutVariantsTest {

  static Stream<Arguments> layouts() {
    return Stream.of(
        layout(
            "Croydon board: codes, titles, sections, notes",
            TableLayouts::croydonBoard,
            """
            Scorecard row 3: Jun-19, Jul-19
              FD 7 | % of contacts with a decision within 1 working day | 76% / 85%
              FD 8 | % of re-referrals within 12 months | 23% / 25%
              W1 g | Average caseload per social worker | 16.2 / 16
            """),
        layout(
            "a month as the title right above the header",
            TableLayouts::monthTitleAboveHeader,
            """
            Scorecard row 2: Jun-19, Jul-19
              FD 7 | Contacts | 410 / 388
            """),
        layout(
            "merged Indicator over codes and sentences",
            TableLayouts::indicatorOverCodesAndSentences,
            """
            Scorecard row 1: Jun-19, Jul-19
              CIN 4 | Number of children in need | 838 / 842
              AMT 2 | Assessments completed within 45 working days | 90% / 88%
            """),
        layout(
            "Indicator over sentences is the title",
            TableLayouts::indicatorOverSentences,
            """
            Scorecard row 1: June 2019, July 2019
              null | Number of children in care | 512 / 509
              null | Number of care leavers in touch | 301 / 305
            """),
        layout(
            "Solihull quarters out of order",
            TableLayouts::solihullQuarterly,
            """
            Scorecard row 1: Q4 2017/18, Q1 2018/19
              ECS 138 | Placement moves: 3 or more in the year | 9% / 11%
              NI 62 | Stability of placements | 12% / 10%
              NI 65a | Children becoming subject to a plan for a second time | 17% / 20%
            """),
        layout(
            "quarters under a merged year",
            TableLayouts::quartersUnderYear,
            """
            Scorecard row 2: Q1 2018/19, Q2 2018/19, Q3 2018/19, Q4 2018/19
              NI 62 | Stability of placements: number of moves | 9% / 11% / 12% / 10%
            """),
        layout(
            "months under a merged Performance",
            TableLayouts::monthsUnderPerformance,
            """
            Scorecard row 2: May-19, Jun-19, Jul-19
              W2 | Social worker vacancy rate | 21% / 20% / 18%
            """),
        layout(
            "month names under a financial year",
            TableLayouts::monthsUnderFinancialYear,
            """
            Scorecard row 2: Dec 2019, Jan 2020, Feb 2020
              LAC 6 | Children in care with 3 or more placements | 31 / 29 / 30
            """),
        layout(
            "headers with line breaks",
            TableLayouts::lineBreakHeaders,
            """
            Scorecard row 1: Jun- 19, Jul-19
              EH 3 | Early help assessments completed within timescale | 70% / 74%
            """),
        layout(
            "month forms, a footnote mark, and a column that only mentions a month",
            TableLayouts::monthForms,
            """
            Scorecard row 1: June 2019, 2019-07, Aug-19 *, Sep-19
              1 | Referrals | 410 / 388 / 402 / 395
            """),
        layout(
            "financial years, terms and rolling years",
            TableLayouts::longerPeriods,
            """
            Scorecard row 1: 2016/17, 2017/18
              ED 1 | Persistent absence, children in need | 29% / 31%
            Scorecard row 4: Autumn 2017/18, Spring 2017/18
              ED 2 | Exclusions of children in care | 12 / 9
            Scorecard row 7: Apr 16 – Mar 17, Apr 17 – Mar 18, Q4 17/18
              AD 1 | Average days from entering care to adoption | 520 / 480 / 455
            """),
        layout(
            "overview then a 13-month detail table",
            SheetLayouts::overviewThenDetail,
            """
            Scorecard row 2: Jun-19, Jul-19
              CL 3 | Care leavers with an up to date pathway plan | 81% / 84%
            Scorecard row 6: MONTHS
              CL 3 | Care leavers with an up to date pathway plan | VALUES
            """
                .replace("MONTHS", THIRTEEN_MONTHS)
                .replace("VALUES", DETAIL_VALUES)),
        layout(
            "overview and detail on two sheets",
            SheetLayouts::overviewAndDetailSheets,
            """
            Scorecard row 1: Jun-19, Jul-19
              CL 3 | Care leavers with an up to date pathway plan | 81% / 84%
            Detail row 1: MONTHS
              CL 3 | Care leavers with an up to date pathway plan | VALUES
            """
                .replace("MONTHS", THIRTEEN_MONTHS)
                .replace("VALUES", DETAIL_VALUES)),
        layout(
            "region subtotals, a Total row and notes",
            SheetLayouts::subtotalsAndNotes,
            """
            Scorecard row 1: Q1 2022/23, Q2 2022/23
              null | Children waiting: Darlington | 9 / c
              null | Children waiting: Durham | 46 / 43
            """),
        layout(
            "numbered indicators with BRAG",
            SheetLayouts::numberedWithBrag,
            """
            Scorecard row 1: Q3 2019/20, Q4 2019/20
              1 | Contacts progressing to referral | 31% / 28%
              2 | Re-referrals within 12 months | 19% / 21%
            """),
        layout(
            "a second table beside the first is left unread",
            SheetLayouts::sideBySide,
            """
            Scorecard row 1: Jun-19, Jul-19
              FD 7 | Contacts | 410 / 388
            """),
        layout(
            "legacy .xls",
            SheetLayouts::legacyXls,
            """
            Scorecard row 1: Jun-19, Jul-19
              FD 7 | % of contacts with a decision within 1 working day | 76% / 85%
            """));
  }

  @org.junit.jupiter.api.Test
  void aSecondTableBesideTheFirstIsSaidToBeUnread() throws Exception {
    ReadWorkbook wb = WorkbookReader.read(SheetLayouts.sideBySide(), Rules.NONE);
    assertThat(wb.findings())
        .extracting(f -> f.cell() + " " + f.code())
        .containsExactly("G1 " + ReadCodes.TABLE_BESIDE_TABLE);
    assertThat(wb.tables().get(0).layout().lastHeaderCol()).isEqualTo(9);
  }

  @org.junit.jupiter.api.Test
  void legacyXlsIsReadAsXls() throws Exception {
    ReadWorkbook wb = WorkbookReader.read(SheetLayouts.legacyXls(), Rules.NONE);
    assertThat(wb.format()).isEqualTo(Format.XLS);
  }

  private static final String THIRTEEN_MONTHS =
      "Jul-18, Aug-18, Sep-18, Oct-18, Nov-18, Dec-18,"
          + " Jan-19, Feb-19, Mar-19, Apr-19, May-19, Jun-19, Jul-19";
  private static final String DETAIL_VALUES =
      "- / - / - / - / 74% / 75% / 76% / 77% / 78% / 79% / 80% / 81% / TBC *";

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void readsTheTables(String name, Supplier<byte[]> fixture, String expected) throws Exception {
    ReadWorkbook wb = WorkbookReader.read(fixture.get(), Rules.NONE);
    assertThat(TableDump.of(wb)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void keepsTheContainerFormat(Format format) throws Exception {
    ReadWorkbook wb = WorkbookReader.read(SheetLayouts.ooxml(format), Rules.NONE);
    assertThat(wb.format()).isEqualTo(format);
    assertThat(TableDump.of(wb))
        .isEqualTo(
            """
        Scorecard row 1: Jun-19, Jul-19
          FD 7 | Contacts | 410 / 388
        """);
  }

  static Stream<Arguments> formats() {
    return Stream.of(arguments(Format.XLSX), arguments(Format.XLSM), arguments(Format.XLTX));
  }

  private static Arguments layout(String name, Supplier<byte[]> fixture, String expected) {
    return arguments(name, fixture, expected);
  }
}
