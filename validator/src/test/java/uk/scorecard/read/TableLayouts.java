package uk.scorecard.read;

import static uk.scorecard.fixtures.Value.count;
import static uk.scorecard.fixtures.Value.month;
import static uk.scorecard.fixtures.Value.num;
import static uk.scorecard.fixtures.Value.pct;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import uk.scorecard.fixtures.WorkbookBuilder;

/** Small workbooks laid out the ways officers lay out their tables, one per layout variant. */
final class TableLayouts {

  private TableLayouts() {}

  /** Croydon's board: Indicator (codes) and Title, section rows in capitals, notes below. */
  static byte[] croydonBoard() {
    return WorkbookBuilder.scorecard()
        .row("Children's Social Care Performance Board: July 2019")
        .blank()
        .row("Indicator", "Title", month(2019, 6), month(2019, 7), "Target", "Change", "RAG")
        .row("FRONT DOOR")
        .row(
            "FD 7",
            "% of contacts with a decision within 1 working day",
            pct(0.76),
            pct(0.85),
            pct(0.95))
        .row("FD 8", "% of re-referrals within 12 months", pct(0.23), pct(0.25), pct(0.22))
        .blank()
        .row("WORKFORCE")
        .row("W1 g", "Average caseload per social worker", num(16.2, "0.0"), num(16.0, "0.0"), 16)
        .blank()
        .row("* Data reported one month in arrears")
        .row("Source:", "Children's social care case management system")
        .bytes();
  }

  /** A title that is itself a month, right above a header that starts in column B. */
  static byte[] monthTitleAboveHeader() {
    return WorkbookBuilder.scorecard()
        .row("July 2019")
        .row(null, "Ref", "Indicator", month(2019, 6), month(2019, 7))
        .row(null, "FD 7", "Contacts", count(410), count(388))
        .bytes();
  }

  /** One merged "Indicator" heading over a column of codes and a column of sentences. */
  static byte[] indicatorOverCodesAndSentences() {
    WorkbookBuilder b =
        WorkbookBuilder.scorecard()
            .row("Indicator", null, "Jun-19", "Jul-19")
            .row("CIN 4", "Number of children in need", count(838), count(842))
            .row("AMT 2", "Assessments completed within 45 working days", pct(0.9), pct(0.88));
    b.currentSheet().addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
    return b.bytes();
  }

  /** "Indicator" alone over sentences: the titles, with no id column. */
  static byte[] indicatorOverSentences() {
    return WorkbookBuilder.scorecard()
        .row("Indicator", "June 2019", "July 2019")
        .row("Number of children in care", count(512), count(509))
        .row("Number of care leavers in touch", count(301), count(305))
        .bytes();
  }

  /** Solihull's quarterly return: codes, quarters out of order, lower and upper tolerances. */
  static byte[] solihullQuarterly() {
    return WorkbookBuilder.scorecard()
        .row(
            "PI",
            "Descriptor",
            "Q1 2018/19",
            "Q4 2017/18",
            "Lower tolerance",
            "Upper tolerance",
            "Status")
        .row(
            "ECS 138",
            "Placement moves: 3 or more in the year",
            pct(0.11),
            pct(0.09),
            pct(0.08),
            pct(0.12),
            "G")
        .row("NI 62", "Stability of placements", pct(0.1), pct(0.12), pct(0.08), pct(0.12), "G")
        .row(
            "NI 65a",
            "Children becoming subject to a plan for a second time",
            pct(0.2),
            pct(0.17),
            null,
            null,
            "A")
        .bytes();
  }

  /** A group row: "2018/19" merged over Q1..Q4, Ref and Indicator merged down two rows. */
  static byte[] quartersUnderYear() {
    WorkbookBuilder b =
        WorkbookBuilder.scorecard()
            .row("Ref", "Indicator", "2018/19", null, null, null, "Target")
            .row(null, null, "Q1", "Q2", "Q3", "Q4")
            .row(
                "NI 62",
                "Stability of placements: number of moves",
                pct(0.09),
                pct(0.11),
                pct(0.12),
                pct(0.1),
                pct(0.1));
    Sheet s = b.currentSheet();
    s.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
    s.addMergedRegion(new CellRangeAddress(0, 1, 1, 1));
    s.addMergedRegion(new CellRangeAddress(0, 0, 2, 5));
    s.addMergedRegion(new CellRangeAddress(0, 1, 6, 6));
    return b.bytes();
  }

  /** "Performance" merged over the months; Ref and Measure above empty cells, not merged. */
  static byte[] monthsUnderPerformance() {
    WorkbookBuilder b =
        WorkbookBuilder.scorecard()
            .row("Ref", "Measure", "Performance", null, null, "Good is")
            .row(null, null, month(2019, 5), month(2019, 6), month(2019, 7))
            .row("W2", "Social worker vacancy rate", pct(0.21), pct(0.2), pct(0.18), "Low");
    b.currentSheet().addMergedRegion(new CellRangeAddress(0, 0, 2, 4));
    return b.bytes();
  }

  /** Month names under a financial year: "Jan" under "2019/20" is January 2020. */
  static byte[] monthsUnderFinancialYear() {
    WorkbookBuilder b =
        WorkbookBuilder.scorecard()
            .row(null, null, "2019/20")
            .row("KPI", "Indicator title", "Dec", "Jan", "Feb")
            .row(
                "LAC 6",
                "Children in care with 3 or more placements",
                count(31),
                count(29),
                count(30));
    b.currentSheet().addMergedRegion(new CellRangeAddress(0, 0, 2, 4));
    return b.bytes();
  }

  /** Headers with Alt+Enter line breaks inside them. */
  static byte[] lineBreakHeaders() {
    return WorkbookBuilder.scorecard()
        .row(
            "Indicator\nnumber",
            "Indicator\nname",
            "Jun-\n19",
            "Jul-19\n",
            "Target\n2024/25",
            "RAG\nrating")
        .row(
            "EH 3",
            "Early help assessments completed within timescale",
            pct(0.7),
            pct(0.74),
            pct(0.8),
            "A")
        .bytes();
  }

  /** Month headers in every written form, with a footnote mark and a "Jul-19 as number" column. */
  static byte[] monthForms() {
    return WorkbookBuilder.scorecard()
        .row(
            "No.",
            "Indicator name",
            "June 2019",
            "2019-07",
            "Aug-19 *",
            month(2019, 9),
            "Jul-19 as number")
        .row("1", "Referrals", count(410), count(388), count(402), count(395), count(388))
        .bytes();
  }

  /** Financial years, terms and rolling years. */
  static byte[] longerPeriods() {
    return WorkbookBuilder.scorecard()
        .row("Code", "Measure", "2017/18", "2016/17")
        .row("ED 1", "Persistent absence, children in need", pct(0.31), pct(0.29))
        .blank()
        .row("Code", "Measure", "Autumn 2017/18", "Spring 2017/18")
        .row("ED 2", "Exclusions of children in care", count(12), count(9))
        .blank()
        .row("Code", "Measure", "Apr 16 – Mar 17", "Apr 17 – Mar 18", "Q4 17/18")
        .row(
            "AD 1",
            "Average days from entering care to adoption",
            count(520),
            count(480),
            count(455))
        .bytes();
  }
}
