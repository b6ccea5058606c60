package uk.scorecard.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.fixtures.Value.month;
import static uk.scorecard.fixtures.Value.pct;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.WorkbookBuilder;
import uk.scorecard.report.IndicatorResult;

/**
 * Rating one indicator end to end, from workbook cells: missing latest periods, markers, no target
 * and no polarity. Figures are percentages; {@code -} in the table means a blank cell.
 */
class RatingCasesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      # case                   | polarity         | may  | jun  | jul  | target | change   | rating | caveat
      all three months         | Higher is better | 0.80 | 0.85 | 0.90 | 0.90   | Up 5pp   | Green  | -
      latest is TBC            | Higher is better | 0.80 | 0.86 | TBC  | 0.90   | -        | Amber  | Auto: Jul-19 not yet available; rated on Jun-19
      latest is blank          | Higher is better | 0.80 | 0.70 | -    | 0.90   | -        | Red    | Auto: Jul-19 not yet available; rated on Jun-19
      latest suppressed c      | Lower is better  | 0.10 | 0.20 | c    | 0.15   | -        | Red    | Auto: Jul-19 not yet available; rated on Jun-19
      marker before latest     | Lower is better  | 0.10 | [x]  | 0.12 | 0.15   | Up 2pp   | Green  | -
      no target                | Higher is better | 0.80 | 0.85 | 0.90 | -      | Up 5pp   | Grey   | Auto: Not rated: no target
      no polarity              | -                | 0.80 | 0.85 | 0.90 | 0.90   | Up 5pp   | Grey   | Auto: Not rated: no polarity (add a Polarity column or a rules file entry)
      not rated                | Not rated        | 0.80 | 0.85 | 0.90 | 0.90   | Up 5pp   | Grey   | -
      no figures at all        | Higher is better | N/A  | -    | TBC  | 0.90   | -        | Grey   | Auto: Not rated: no figures
      """)
  void ratesFromTheCells(
      String name,
      String polarity,
      String may,
      String jun,
      String jul,
      String target,
      String change,
      String rating,
      String caveat)
      throws Exception {
    byte[] wb =
        WorkbookBuilder.scorecard()
            .row(
                "Ref",
                "Indicator",
                "Polarity",
                "Unit",
                month(2019, 5),
                month(2019, 6),
                month(2019, 7),
                "Target",
                "Change",
                "RAG",
                "Caveat")
            .row(
                "X 1",
                "% of something on time",
                polarity,
                "%",
                cell(may),
                cell(jun),
                cell(jul),
                cell(target))
            .bytes();
    IndicatorResult r =
        new Scorecard().check(new Input(name, wb), Options.DEFAULT).indicators().get(0);
    assertThat(r.change()).isEqualTo(change == null ? "" : change);
    assertThat(r.rating().word()).isEqualTo(rating);
    assertThat(r.caveat()).isEqualTo(caveat == null ? "" : caveat);
  }

  private static Object cell(String s) {
    if (s == null) {
      return null;
    }
    try {
      return pct(Double.parseDouble(s));
    } catch (NumberFormatException e) {
      return s;
    }
  }
}
