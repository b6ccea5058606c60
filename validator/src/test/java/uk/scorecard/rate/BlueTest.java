package uk.scorecard.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.scorecard.model.Blue;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Rating;
import uk.scorecard.model.RuleText;
import uk.scorecard.model.Target;

/** Blue (BRAG): a Green at or beyond the workbook's Blue margin or level, never otherwise. */
class BlueTest {

  @ParameterizedTest(name = "{0}: {1} against {2}, blue {3} is {5}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      # case                          | value | target | blue margin        | blue level | rating
      higher: on the relative margin  | 99.75 | 95     | 5% beyond target   | -          | BLUE
      higher: short of the margin     | 99.7  | 95     | 5% beyond target   | -          | GREEN
      higher: on the pp margin        | 97    | 95     | 2pp                | -          | BLUE
      higher: on target, not beyond   | 95    | 95     | 2pp                | -          | GREEN
      higher: missing target is Amber | 94    | 95     | 2pp                | -          | AMBER
      higher: at a Blue level         | 98    | 95     | -                  | 98         | BLUE
      higher: under a Blue level      | 97.9  | 95     | -                  | 98         | GREEN
      lower: beyond by the margin     | 18    | 20     | 10% below target   | -          | BLUE
      lower: short of the margin      | 18.1  | 20     | 10% below target   | -          | GREEN
      lower: over target is not Blue  | 21    | 20     | 10% below target   | -          | AMBER
      """)
  void ratesBlueOnlyWhereTheWorkbookSaysHow(
      String name,
      BigDecimal value,
      BigDecimal target,
      String margin,
      BigDecimal level,
      Rating expected) {
    Polarity p = name.startsWith("higher") ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER;
    Blue blue = new Blue(margin == null ? null : RuleText.blueMargin(margin), level);
    Rag.Rule rule =
        new Rag.Rule(p, new Target.Point(target), RuleText.tolerance("10%"), null, null, blue);
    assertThat(Rag.rate(value, rule)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} reads as a Blue margin")
  @CsvSource(
      textBlock =
          """
      5% beyond target
      5% above the target
      2pp
      3 better than target
      """)
  void readsTheWaysCouncilsWriteABlueMargin(String text) {
    assertThat(RuleText.blueMargin(text)).isNotNull();
  }
}
