package uk.scorecard.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Unit;

/** Change cells as officers write them, read as a direction and an amount. */
final class ChangeTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      textBlock =
          """
          Up 9pp              | 1  | 9
          Down 0.2            | -1 | 0.2
          No change           | 0  | 0
          +9pp                | 1  | 9
          -3                  | -1 | 3
          −3                  | -1 | 3
          ▲ 2pp               | 1  | 2
          ▼2                  | -1 | 2
          ↑ 0.4               | 1  | 0.4
          9pp increase        | 1  | 9
          Decreased by 1,234  | -1 | 1234
          3 fewer             | -1 | 3
          Improved by 2pp     | 1  | 2
          Worse               | -1 | none
          Up                  | 1  | none
          0pp                 | 0  | 0
          4                   | 1  | 4
          Same as last month  | 0  | 0
          """)
  void readsDirectionAndAmount(String text, int direction, BigDecimal amount) {
    ChangeText c = ChangeText.parse(text, Polarity.HIGHER_IS_BETTER);
    assertThat(c).isNotNull();
    assertThat(c.direction()).isEqualTo(direction);
    if (amount == null) {
      assertThat(c.amount()).isNull();
    } else {
      assertThat(c.amount()).isEqualByComparingTo(amount);
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @NullAndEmptySource
  @ValueSource(strings = {"-", "N/A", "TBC", "see note"})
  void saysNothingComparable(String text) {
    assertThat(ChangeText.parse(text, Polarity.HIGHER_IS_BETTER)).isNull();
  }

  @ParameterizedTest(name = "{0} against {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Up 9pp   | Up 9pp   | true
          Up 9%    | Up 9pp   | true
          Up 18%   | Up 12pp  | false
          Down 9pp | Up 9pp   | false
          Up 9     | Up 8.6pp | true
          Up 8.6   | Up 9pp   | false
          0.09     | Up 9pp   | true
          """)
  void agreesWhenDirectionAndRoundedAmountMatch(String written, String ours, boolean agrees) {
    ChangeText theirs = ChangeText.parse(written, Polarity.HIGHER_IS_BETTER);
    assertThat(theirs.agrees(ChangeText.parse(ours, null), Unit.PERCENT)).isEqualTo(agrees);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Improved | -1
          Worse    | 1
          """)
  void betterAndWorseFollowThePolarity(String text, int direction) {
    assertThat(ChangeText.parse(text, Polarity.LOWER_IS_BETTER).direction()).isEqualTo(direction);
  }
}
