package uk.scorecard.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.fixtures.Value.pct;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.WorkbookBuilder;
import uk.scorecard.rate.RatedIndicator;
import uk.scorecard.report.IndicatorResult;

/** The direction of travel reads better and worse through the polarity, not up and down. */
class DirectionTest {

  private final Scorecard scorecard = new Scorecard();

  @Test
  void upIsWorseForLowerIsBetterAndCloserToTheBandIsBetter() throws Exception {
    byte[] book =
        MonthPairs.book(
            MonthPairs.months(2020, 1, 2),
            MonthPairs.row(
                new Object[] {"W 1", "Average caseload", "Lower is better", "Decimal"},
                MonthPairs.d(17.9),
                MonthPairs.d(18.2),
                16,
                "10%"),
            MonthPairs.row(
                new Object[] {"AMT 2", "% of assessments on time", "Higher is better", "%"},
                MonthPairs.p(88),
                MonthPairs.p(91),
                MonthPairs.p(90),
                "5%"),
            MonthPairs.row(
                new Object[] {"LAC 6", "% with 3 or more placement moves", "Within range", "%"},
                MonthPairs.p(14),
                MonthPairs.p(13),
                "8% to 12%",
                "2pp"),
            MonthPairs.row(
                new Object[] {"CIN 4", "Number of children in need", "Not rated", "Number"},
                834,
                838),
            MonthPairs.row(
                new Object[] {"W 2", "Vacancy rate", "Lower is better", "%"},
                MonthPairs.p(21),
                MonthPairs.p(21),
                MonthPairs.p(15),
                "2pp"));
    List<RatedIndicator> rated = scorecard.ratedOnly(new Input("x.xlsx", book), Options.DEFAULT);
    assertThat(rated)
        .extracting(Direction::sincePrevious)
        .containsExactly(
            Direction.WORSENING,
            Direction.IMPROVING,
            Direction.IMPROVING,
            null,
            Direction.NO_CHANGE);
    assertThat(Direction.WORSENING.shown()).isEqualTo("\u25bc Worsening");
  }

  @Test
  void theSamePeriodAYearBeforeIsUsedWhereTheWorkbookHasIt() throws Exception {
    byte[] book =
        MonthPairs.book(
            MonthPairs.months(2019, 3, 13),
            MonthPairs.row(
                new Object[] {"FD 8", "% of re-referrals within 12 months", "Lower is better", "%"},
                MonthPairs.p(25),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                MonthPairs.p(20),
                MonthPairs.p(22),
                MonthPairs.p(20),
                "2pp"));
    RatedIndicator r = scorecard.ratedOnly(new Input("x.xlsx", book), Options.DEFAULT).get(0);
    assertThat(Direction.sincePrevious(r)).isEqualTo(Direction.WORSENING);
    assertThat(Direction.sinceLastYear(r)).isEqualTo(Direction.IMPROVING);
    assertThat(Sentences.of(r, null))
        .endsWith(
            "the rate rose from 20% in Feb-20 (worsening);"
                + " a year before it was 25% in Mar-19 (improving).");
    IndicatorResult json =
        scorecard.check(new Input("x.xlsx", book), Options.DEFAULT).indicators().get(0);
    assertThat(json.direction()).isEqualTo("\u25bc Worsening");
    assertThat(json.directionYearOnYear()).isEqualTo("\u25b2 Improving");
  }

  @Test
  void aQuarterIsComparedWithTheSameQuarterAYearBefore() throws Exception {
    byte[] book =
        WorkbookBuilder.scorecard()
            .row(
                "Ref",
                "Indicator",
                "Polarity",
                "Unit",
                "Q4 2022/23",
                "Q1 2023/24",
                "Q2 2023/24",
                "Q3 2023/24",
                "Q4 2023/24",
                "Target")
            .row(
                "NI 63",
                "Stability of placements: length of placement",
                "Higher is better",
                "%",
                pct(.70),
                pct(.66),
                pct(.69),
                pct(.74),
                pct(.68),
                pct(.70))
            .bytes();
    IndicatorResult r =
        scorecard.check(new Input("q.xlsx", book), Options.DEFAULT).indicators().get(0);
    // Q4 2023/24 (68%) against Q3 2023/24 (74%) is worse, against Q4 2022/23 (70%) worse too;
    // Q1 2023/24 (66%) is no year before it.
    assertThat(r.direction()).isEqualTo("\u25bc Worsening");
    assertThat(r.directionYearOnYear()).isEqualTo("\u25bc Worsening");
    byte[] better =
        WorkbookBuilder.scorecard()
            .row(
                "Ref",
                "Indicator",
                "Polarity",
                "Unit",
                "Q4 2022/23",
                "Q1 2023/24",
                "Q2 2023/24",
                "Q3 2023/24",
                "Q4 2023/24",
                "Target")
            .row(
                "NI 63",
                "Stability of placements: length of placement",
                "Higher is better",
                "%",
                pct(.60),
                pct(.75),
                pct(.69),
                pct(.74),
                pct(.68),
                pct(.70))
            .bytes();
    assertThat(
            scorecard
                .check(new Input("q.xlsx", better), Options.DEFAULT)
                .indicators()
                .get(0)
                .directionYearOnYear())
        .isEqualTo("\u25b2 Improving");
  }
}
