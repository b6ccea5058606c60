package uk.scorecard.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Unit;

/** Change between two figures, in the unit's own terms and at the precision shown. */
class ChangeTest {

  @ParameterizedTest(name = "{0}: {1} to {3} is {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # unit  | before | dp | latest | dp | change
      PERCENT | 76     | 0  | 85     | 0  | Up 9pp
      PERCENT | 85     | 0  | 76     | 0  | Down 9pp
      PERCENT | 65     | 0  | 77     | 0  | Up 12pp
      PERCENT | 85     | 0  | 85     | 0  | No change
      PERCENT | 85.2   | 0  | 85.4   | 0  | No change
      PERCENT | 84.6   | 0  | 85.4   | 0  | No change
      PERCENT | 84.4   | 0  | 85.5   | 0  | Up 2pp
      PERCENT | 85.2   | 1  | 85.4   | 1  | Up 0.2pp
      PERCENT | 2.5    | 1  | 2.7    | 1  | Up 0.2pp
      COUNT   | 834    | 0  | 838    | 0  | Up 4
      COUNT   | 838    | 0  | 834    | 0  | Down 4
      COUNT   | 12     | 0  | 12     | 0  | No change
      DECIMAL | 16.2   | 1  | 16.0   | 1  | Down 0.2
      DECIMAL | 21.2   | 1  | 25.0   | 1  | Up 3.8
      DECIMAL | 16.24  | 1  | 16.16  | 1  | No change
      DECIMAL | 16.25  | 1  | 16.2   | 1  | Down 0.1
      DECIMAL | 16     | 0  | 16.2   | 1  | Up 0.2
      DECIMAL | 32     | 0  | 32     | 0  | No change
      """)
  void saysHowAFigureMoved(
      Unit unit, String before, int beforeDp, String latest, int latestDp, String expected) {
    assertThat(Change.between(fig(before, beforeDp), fig(latest, latestDp), unit))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0.85, 0.76, Up 9pp", "0.1, 0.3, Down 20pp"})
  void excelFractionsGiveExactPoints(String latest, String before, String expected) {
    // Excel stores 85% as 0.85; 0.85 - 0.76 in binary floating point is 0.09000000000000008.
    Figure a = new Figure(new BigDecimal(before).movePointRight(2), 0, true, false);
    Figure b = new Figure(new BigDecimal(latest).movePointRight(2), 0, true, false);
    assertThat(Change.between(a, b, Unit.PERCENT)).isEqualTo(expected);
  }

  private static Figure fig(String v, int dp) {
    return new Figure(new BigDecimal(v), dp, false, false);
  }
}
