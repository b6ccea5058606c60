package uk.scorecard.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Rating;
import uk.scorecard.model.RuleText;
import uk.scorecard.model.Target;
import uk.scorecard.model.Tolerance;

/** Every rating case: each polarity, on and past each kind of tolerance edge, bands and levels. */
class RagTest {

  @ParameterizedTest(name = "{0}: {1} against {2} tol {3} (levels {4}/{5}) is {6}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      # case                          | value | target   | tolerance | lower | upper | rating
      higher: beats target            | 97    | 95       | 10%       | -     | -     | GREEN
      higher: exactly on target       | 95    | 95       | 10%       | -     | -     | GREEN
      higher: just under target       | 94.9  | 95       | 10%       | -     | -     | AMBER
      higher: on relative edge        | 85.5  | 95       | 10%       | -     | -     | AMBER
      higher: past relative edge      | 85.4  | 95       | 10%       | -     | -     | RED
      higher: Croydon 88 of 95        | 88    | 95       | 10%       | -     | -     | AMBER
      higher: Croydon 85 of 95        | 85    | 95       | 10%       | -     | -     | RED
      higher: on pp edge              | 90    | 95       | 5pp       | -     | -     | AMBER
      higher: past pp edge            | 89.9  | 95       | 5pp       | -     | -     | RED
      higher: on units edge           | 18    | 20       | 2         | -     | -     | AMBER
      higher: past units edge         | 17.9  | 20       | 2         | -     | -     | RED
      higher: default 5% on edge      | 90.25 | 95       | -         | -     | -     | AMBER
      higher: default 5% past edge    | 90.2  | 95       | -         | -     | -     | RED
      higher: explicit floor on       | 77    | 80       | -         | 77    | -     | AMBER
      higher: explicit floor past     | 76.9  | 80       | -         | 77    | -     | RED
      lower: under target             | 18    | 20       | 10%       | -     | -     | GREEN
      lower: exactly on target        | 20    | 20       | 10%       | -     | -     | GREEN
      lower: Croydon caseload 20.2    | 20.2  | 20       | 10%       | -     | -     | AMBER
      lower: on relative edge         | 22    | 20       | 10%       | -     | -     | AMBER
      lower: past relative edge       | 22.1  | 20       | 10%       | -     | -     | RED
      lower: Croydon caseload 25 of 16| 25    | 16       | 10%       | -     | -     | RED
      lower: on pp edge               | 24    | 22       | 2pp       | -     | -     | AMBER
      lower: past pp edge             | 24.1  | 22       | 2pp       | -     | -     | RED
      lower: on units edge            | 3     | 2        | 1         | -     | -     | AMBER
      lower: past units edge          | 3.5   | 2        | 1         | -     | -     | RED
      lower: explicit ceiling on      | 77    | 75.2     | -         | -     | 77    | AMBER
      lower: explicit ceiling past    | 77.1  | 75.2     | -         | -     | 77    | RED
      range: inside band              | 10    | 8% to 12%| 2pp       | -     | -     | GREEN
      range: on low edge of band      | 8     | 8% to 12%| 2pp       | -     | -     | GREEN
      range: on high edge of band     | 12    | 8% to 12%| 2pp       | -     | -     | GREEN
      range: below band within tol    | 6     | 8% to 12%| 2pp       | -     | -     | AMBER
      range: below band past tol      | 5.9   | 8% to 12%| 2pp       | -     | -     | RED
      range: above band within tol    | 14    | 8% to 12%| 2pp       | -     | -     | AMBER
      range: above band past tol      | 14.1  | 8% to 12%| 2pp       | -     | -     | RED
      range: levels as band inside    | 76    | 76       | 1         | 75    | 77    | GREEN
      range: levels as band above     | 78    | 76       | 1         | 75    | 77    | AMBER
      range: levels as band far below | 73    | 76       | 1         | 75    | 77    | RED
      """)
  void rates(
      String name,
      String value,
      String target,
      String tolerance,
      String lower,
      String upper,
      Rating expected) {
    Polarity p =
        name.startsWith("higher")
            ? Polarity.HIGHER_IS_BETTER
            : name.startsWith("lower") ? Polarity.LOWER_IS_BETTER : Polarity.WITHIN_RANGE;
    Target t = RuleText.target(target);
    Tolerance tol = tolerance == null ? null : RuleText.tolerance(tolerance);
    Rag.Rule rule = new Rag.Rule(p, t, tol, dec(lower), dec(upper));
    assertThat(Rag.rate(new BigDecimal(value), rule)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"HIGHER_IS_BETTER", "LOWER_IS_BETTER", "WITHIN_RANGE"})
  void aRuleWithoutTargetCannotRate(Polarity p) {
    assertThat(Rag.hasTarget(new Rag.Rule(p, null, null, null, null))).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"95", "0"})
  void notRatedIsGrey(String value) {
    Rag.Rule rule =
        new Rag.Rule(Polarity.NOT_RATED, new Target.Point(BigDecimal.TEN), null, null, null);
    assertThat(Rag.rate(new BigDecimal(value), rule)).isEqualTo(Rating.GREY);
  }

  private static BigDecimal dec(String s) {
    return s == null ? null : new BigDecimal(s);
  }
}
